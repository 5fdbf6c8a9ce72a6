package org.sezflow.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.sezflow.proposal.ApiClient.get;
import static org.sezflow.proposal.ApiClient.post;
import static org.sezflow.proposal.ProposalRequests.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sezflow.TestUsers;
import org.sezflow.identity.Groups;
import org.sezflow.zone.PipelineStage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The proposal API over real HTTP: every endpoint, every answer it documents and every error,
 * as an external system (the investor portal), an official and a stranger see them. Tests make
 * their own users and proposals, compare counts before and after (the database may be shared),
 * and withdraw every proposal they started so that the land is left as it was found.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProposalApiTest {

  static final String PROPOSALS = "/api/v1/proposals";
  static final String ZONE = "AIIC";
  static final String REFERENCE_PATTERN = "JV-\\d{4}-\\d{6}";

  @RegisterExtension
  final ApiFixture fixture = new ApiFixture("proposal-api");

  @Autowired
  IdentityService identityService;

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcClient jdbc;

  ApiClient api;
  ProcessDriver driver;
  TestUsers.Credentials portal;
  TestUsers.Credentials otherPortal;
  TestUsers.Credentials pmu;
  TestUsers.Credentials jwg;
  TestUsers.Credentials stranger;

  /** Every proposal a test started, withdrawn afterwards if still running (by the fixture). */
  final List<String> started = fixture.proposals();

  @BeforeEach
  void setUp() {
    api = fixture.api();
    portal = fixture.portal();
    otherPortal = fixture.user("portal-2", Groups.EXTERNAL_SYSTEMS);
    pmu = fixture.pmu();
    jwg = fixture.jwg();
    stranger = fixture.user("stranger");
    driver = fixture.driver();
  }

  // --- POST /api/v1/proposals --------------------------------------------------------------

  @Test
  void aSubmissionIsAnswered201WithItsLocationAndTheProposalAtScreening() {
    ApiClient.Response response = submit(portal, imagingJv(ZONE, 3), null);

    assertThat(response.status()).as(response.describe()).isEqualTo(201);
    assertThat(response.contentType()).startsWith("application/json");
    JsonNode proposal = response.json();
    String reference = proposal.path("reference").asText();
    assertThat(reference).matches(REFERENCE_PATTERN);
    Instant submittedAt = Instant.parse(proposal.path("submittedAt").asText());
    assertThat(reference).startsWith("JV-" + submittedAt.atZone(ZoneOffset.UTC).getYear() + "-");
    assertThat(response.header("Location")).endsWith(PROPOSALS + "/" + reference);
    assertThat(response.header("Idempotent-Replayed")).isEqualTo("false");

    assertThat(proposal.path("stage").asText()).isEqualTo("SCREENING");
    assertThat(proposal.path("status").asText()).isEqualTo("IN_PROGRESS");
    JsonNode eligibility = proposal.path("eligibility");
    assertThat(eligibility.path("eligible").isBoolean()).as("eligibility.eligible").isTrue();
    assertThat(eligibility.path("reason").asText("")).isNotBlank();
    assertThat(eligibility.path("incentives").asText("")).isNotBlank();

    JsonNode tasks = proposal.path("openTasks");
    assertThat(tasks.size()).isEqualTo(1);
    JsonNode screening = tasks.get(0);
    assertThat(screening.path("name").asText()).isEqualTo("Screen proposal");
    assertThat(screening.path("candidateGroup").asText()).isEqualTo("boi-pmu");
    assertThat(screening.path("id").asText("")).isNotBlank();
    assertThat(screening.path("due").isTextual()).as("due date").isTrue();
    assertThat(Instant.parse(screening.path("due").asText()))
        .isAfter(Instant.parse(screening.path("created").asText()));

    // The location answers with the same proposal; exactly one process carries the reference.
    JsonNode read = api.send(get(response.header("Location")).as(portal)).json();
    assertThat(read.path("reference").asText()).isEqualTo(reference);
    assertThat(driver.runningInstances(reference)).isEqualTo(1);
  }

  @Test
  void theProposalIsReadWithEveryDocumentedField() {
    JsonNode submitted = submitted(portal, imagingJv(ZONE, 3));
    String reference = submitted.path("reference").asText();

    ApiClient.Response response = api.send(get(PROPOSALS + "/" + reference).as(portal));

    assertThat(response.status()).as(response.describe()).isEqualTo(200);
    assertThat(response.contentType()).startsWith("application/json");
    JsonNode p = response.json();
    assertThat(fieldNames(p)).containsExactlyInAnyOrder("reference", "title", "sector", "smartSezRequested", "zoneCode",
        "acresRequested", "investmentUsd", "fdiSharePct", "jobsPlanned", "powerDemandMw", "waterDemandM3PerDay",
        "sponsorName", "sponsorEmail", "sponsorPhone", "partners", "stage", "status", "eligibility", "openTasks",
        "committee", "land", "mou", "allotment", "decisions", "submittedAt", "stageEnteredAt", "updatedAt", "closedAt",
        "clocks");
    assertThat(p.path("title").asText()).isEqualTo("Sino-Pakistan Advanced Imaging Technologies");
    assertThat(p.path("sector").asText()).isEqualTo("medical imaging");
    assertThat(p.path("smartSezRequested").asBoolean()).isTrue();
    assertThat(p.path("zoneCode").asText()).isEqualTo(ZONE);
    assertThat(p.path("acresRequested").decimalValue()).isEqualByComparingTo("3");
    assertThat(p.path("investmentUsd").decimalValue()).isEqualByComparingTo("45000000");
    assertThat(p.path("fdiSharePct").decimalValue()).isEqualByComparingTo("49");
    assertThat(p.path("jobsPlanned").asInt()).isEqualTo(650);
    assertThat(p.path("powerDemandMw").decimalValue()).isEqualByComparingTo("4.5");
    assertThat(p.path("waterDemandM3PerDay").decimalValue()).isEqualByComparingTo("300");
    assertThat(p.path("sponsorName").asText()).isEqualTo("Dynamic Engineering Automation");
    assertThat(p.path("sponsorEmail").asText()).isEqualTo("projects@dea.example.pk");
    assertThat(p.path("sponsorPhone").asText()).isEqualTo("+92 51 1234567");
    assertThat(p.path("partners").size()).isEqualTo(2);
    assertThat(fieldNames(p.path("partners").get(0))).containsExactlyInAnyOrder("name", "country", "registrationNo",
        "equityPct", "nameInOwnScript", "language", "email");
    assertThat(p.path("partners").get(0).path("nameInOwnScript").asText()).isEqualTo("ڈائنامک انجینئرنگ آٹومیشن");
    assertThat(p.path("partners").get(0).path("language").asText()).isEqualTo("UR");
    assertThat(p.path("partners").get(1).path("nameInOwnScript").asText()).isEqualTo("东软医疗系统股份有限公司");
    assertThat(p.path("partners").get(1).path("language").asText()).isEqualTo("ZH");
    assertThat(p.path("partners").get(1).path("email").asText()).isEqualTo("cpec@neusoftmedical.example.cn");
    assertThat(p.path("partners").get(1).path("name").asText()).isEqualTo("Neusoft Medical Systems Co., Ltd. 东软医疗");
    assertThat(p.path("partners").get(1).path("country").asText()).isEqualTo("CN");
    assertThat(p.path("partners").get(1).path("equityPct").decimalValue()).isEqualByComparingTo("49");
    assertThat(p.path("stage").asText()).isEqualTo("SCREENING");
    assertThat(p.path("status").asText()).isEqualTo("IN_PROGRESS");
    assertThat(fieldNames(p.path("eligibility"))).containsExactlyInAnyOrder("eligible", "reason", "incentives");
    assertThat(fieldNames(p.path("openTasks").get(0))).containsExactlyInAnyOrder("id", "name", "candidateGroup",
        "assignee", "created", "due", "priority");
    assertThat(p.path("openTasks").get(0).path("priority").asInt()).isEqualTo(50);
    assertThat(p.path("land").isNull()).as("no land held at screening").isTrue();
    assertThat(p.path("mou").isNull()).isTrue();
    assertThat(p.path("allotment").isNull()).isTrue();
    assertThat(p.path("closedAt").isNull()).isTrue();
    assertThat(p.path("committee").isNull()).as("waits for no committee at screening").isTrue();
    for (String instant : List.of("submittedAt", "stageEnteredAt", "updatedAt")) {
      assertThat(Instant.parse(p.path(instant).asText())).as(instant).isNotNull();
    }
    assertThat(fieldNames(p.path("decisions").get(0))).containsExactlyInAnyOrder("step", "outcome", "reason",
        "decidedBy", "decidedAt");
    assertThat(fieldNames(p.path("clocks"))).containsExactlyInAnyOrder("governmentWorkingDays", "sponsorDays",
        "withNow");
    assertThat(p.path("clocks").path("withNow").asText()).isEqualTo("GOVERNMENT");
    assertThat(decisions(p)).contains(tuple("SUBMISSION", "SUBMITTED", portal.userId()));
    assertThat(decisions(p)).extracting(t -> t.toList().get(0)).contains("ELIGIBILITY");
  }

  @Test
  void aClientMayGiveItsOwnReference() {
    String reference = uniqueReference("PORTAL");
    ObjectNode body = imagingJv(ZONE, 3).put("reference", reference);

    ApiClient.Response first = submit(portal, body, null);
    assertThat(first.status()).as(first.describe()).isEqualTo(201);
    assertThat(first.json().path("reference").asText()).isEqualTo(reference);
    assertThat(first.header("Location")).endsWith(PROPOSALS + "/" + reference);
    assertThat(first.header("Idempotent-Replayed")).isEqualTo("false");

    // The same request again is the same proposal.
    ApiClient.Response again = submit(portal, body, null);
    assertThat(again.status()).as(again.describe()).isEqualTo(201);
    assertThat(again.json().path("reference").asText()).isEqualTo(reference);
    assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(driver.runningInstances(reference)).isEqualTo(1);

    // The reference reused for another request is a conflict, whoever sends it.
    long proposals = count("sez_proposal");
    ObjectNode other = body.deepCopy().put("acresRequested", 4);
    submit(portal, other, null).assertFieldProblem(409, "reference");
    submit(otherPortal, other, null).assertFieldProblem(409, "reference");
    assertThat(count("sez_proposal")).isEqualTo(proposals);
    assertThat(driver.runningInstances(reference)).isEqualTo(1);
    assertThat(proposal(reference).path("acresRequested").decimalValue()).isEqualByComparingTo("3");

    // Not a reference: lower case, spaces or markup.
    for (String bad : List.of("portal-1", "P", "PORTAL 1", "<script>", "X".repeat(41))) {
      submit(portal, imagingJv(ZONE, 3).put("reference", bad), null).assertFieldProblem(400, "reference");
    }
  }

  @Test
  void theSameRequestTwiceUnderOneIdempotencyKeyIsOneProposal() {
    String key = uniqueKey();
    ObjectNode body = imagingJv(ZONE, 3);
    long proposals = count("sez_proposal");

    ApiClient.Response first = submit(portal, body, key);
    ApiClient.Response second = submit(portal, body, key);
    // Same JSON with its keys in another order and other spacing: the same request.
    String reordered = reversedKeys(body);
    ApiClient.Response third = api.send(post(PROPOSALS).as(portal).body(reordered, "application/json")
        .header("Idempotency-Key", key));

    assertThat(first.status()).as(first.describe()).isEqualTo(201);
    String reference = first.json().path("reference").asText();
    assertThat(first.header("Idempotent-Replayed")).isEqualTo("false");
    for (ApiClient.Response replay : List.of(second, third)) {
      assertThat(replay.status()).as(replay.describe()).isEqualTo(201);
      assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
      assertThat(replay.json().path("reference").asText()).isEqualTo(reference);
      assertThat(replay.header("Location")).isEqualTo(first.header("Location"));
    }
    assertThat(driver.runningInstances(reference)).isEqualTo(1);
    assertThat(count("sez_proposal")).isEqualTo(proposals + 1);
  }

  @Test
  void aDifferentRequestUnderAUsedIdempotencyKeyIs409() {
    String key = uniqueKey();
    ApiClient.Response first = submit(portal, imagingJv(ZONE, 3), key);
    assertThat(first.status()).as(first.describe()).isEqualTo(201);
    String reference = first.json().path("reference").asText();
    long proposals = count("sez_proposal");
    long requests = count("sez_api_request");

    ApiClient.Response conflict = submit(portal, imagingJv(ZONE, 4), key);

    conflict.assertFieldProblem(409, "Idempotency-Key");
    assertThat(conflict.json().path("errors").get(0).path("field").asText()).isEqualTo("Idempotency-Key");
    assertThat(count("sez_proposal")).isEqualTo(proposals);
    assertThat(count("sez_api_request")).isEqualTo(requests);
    assertThat(driver.runningInstances(reference)).isEqualTo(1);
  }

  @Test
  void anIdempotencyKeyBelongsToTheClientThatSentIt() {
    String key = uniqueKey();
    ObjectNode body = imagingJv(ZONE, 3);

    String mine = submitted(portal, body, key).path("reference").asText();
    ApiClient.Response theirs = submit(otherPortal, body, key);

    assertThat(theirs.status()).as(theirs.describe()).isEqualTo(201);
    assertThat(theirs.header("Idempotent-Replayed")).isEqualTo("false");
    assertThat(theirs.json().path("reference").asText()).isNotEqualTo(mine);
  }

  @Test
  void anIdempotencyKeyThatIsNotOneTo100VisibleAsciiCharactersIs400() {
    long proposals = count("sez_proposal");
    for (String bad : List.of("x".repeat(101), "two words", "tab\tkey", " ")) {
      ApiClient.Response response = submit(portal, imagingJv(ZONE, 3), bad);
      assertThat(response.status()).as("Idempotency-Key '%s': %s", bad, response.describe()).isEqualTo(400);
      response.assertFieldProblem(400, "Idempotency-Key");
    }
    assertThat(count("sez_proposal")).isEqualTo(proposals);
  }

  @Test
  void aPmuOfficialMayAlsoSubmit() {
    JsonNode submitted = submitted(pmu, textilesJv(ZONE, 2));
    assertThat(decisions(submitted)).contains(tuple("SUBMISSION", "SUBMITTED", pmu.userId()));
  }

  // --- GET /api/v1/proposals/{ref} and /timeline ------------------------------------------

  @Test
  void anUnknownReferenceIs404NamingTheReference() {
    for (String path : List.of(PROPOSALS + "/JV-1999-999999", PROPOSALS + "/JV-1999-999999/timeline")) {
      ApiClient.Response response = api.send(get(path).as(portal)).assertProblem(404);
      assertThat(response.json().path("errors").get(0).path("field").asText()).as(path).isEqualTo("reference");
      assertThat(response.json().path("detail").asText()).contains("JV-1999-999999");
    }
  }

  @Test
  void theTimelineListsProcessStepsDecisionsAndZoneChangesOldestFirst() {
    String reference = submitted(portal, imagingJv(ZONE, 3)).path("reference").asText();
    driver.screen(reference, "CLARIFY");
    event(portal, reference, "clarification-answered", clarificationAnswered("Cotton from Punjab ginners")).status();

    ApiClient.Response response = api.send(get(PROPOSALS + "/" + reference + "/timeline").as(portal));

    assertThat(response.status()).as(response.describe()).isEqualTo(200);
    List<JsonNode> timeline = list(response.json());
    assertThat(timeline).allSatisfy(entry -> {
      assertThat(fieldNames(entry)).containsExactlyInAnyOrder("source", "step", "started", "ended", "actor", "outcome",
          "detail");
      assertThat(entry.path("source").asText()).isIn("process", "decision", "zone", "clock", "agenda");
    });
    assertThat(timeline).extracting(e -> e.path("source").asText()).contains("process", "decision", "zone", "clock");
    List<Instant> times = timeline.stream().map(e -> Instant.parse(e.path("started").asText())).toList();
    assertThat(times).isSorted();

    assertThat(timeline).filteredOn(e -> e.path("source").asText().equals("process"))
        .extracting(e -> e.path("step").asText())
        .contains("Proposal received", "Register proposal", "Assess eligibility", "Screen proposal",
            "Request clarification", "Clarification answered", "Record clarification");
    assertThat(timeline).filteredOn(e -> e.path("source").asText().equals("process"))
        .filteredOn(e -> e.path("step").asText().equals("Register proposal")).singleElement()
        .satisfies(e -> assertThat(e.path("ended").isTextual()).isTrue());
    assertThat(timeline).filteredOn(e -> e.path("source").asText().equals("decision"))
        .extracting(e -> e.path("step").asText(), e -> e.path("outcome").asText())
        .contains(tuple("SUBMISSION", "SUBMITTED"), tuple("ELIGIBILITY", "ELIGIBLE"), tuple("SCREENING", "CLARIFY"),
            tuple("CLARIFICATION", "ANSWERED"));
    assertThat(timeline).filteredOn(e -> e.path("source").asText().equals("decision"))
        .filteredOn(e -> e.path("step").asText().equals("SUBMISSION")).singleElement()
        .satisfies(e -> assertThat(e.path("actor").asText()).isEqualTo(portal.userId()));
    assertThat(timeline).filteredOn(e -> e.path("source").asText().equals("zone"))
        .allSatisfy(e -> assertThat(e.path("detail").asText()).startsWith(ZONE))
        .extracting(e -> e.path("outcome").asText()).contains("PIPELINE_CHANGED");
  }

  // --- GET /api/v1/proposals?zone=&stage=&status=&page=&size= --------------------------------

  @Test
  void theSearchFiltersByZoneStageAndStatusAndPages() {
    String zone = "MQSEZ";
    String filter = PROPOSALS + "?zone=" + zone + "&stage=SCREENING&status=IN_PROGRESS";
    long screeningBefore = page(filter + "&size=1").path("total").asLong();
    long withdrawnBefore = page(PROPOSALS + "?zone=" + zone + "&status=WITHDRAWN&size=1").path("total").asLong();

    List<String> mine = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      mine.add(submitted(portal, textilesJv(zone, 1 + i)).path("reference").asText());
    }

    JsonNode all = page(filter + "&size=100");
    long total = all.path("total").asLong();
    assertThat(total).isEqualTo(screeningBefore + 3);
    assertThat(all.path("page").asInt()).isZero();
    assertThat(all.path("size").asInt()).isEqualTo(100);
    List<JsonNode> items = list(all.path("items"));
    // Newest first: the three just submitted lead the list.
    assertThat(items).extracting(p -> p.path("reference").asText()).startsWith(mine.get(2), mine.get(1), mine.get(0));
    assertThat(items).allSatisfy(p -> {
      assertThat(p.path("zoneCode").asText()).isEqualTo(zone);
      assertThat(p.path("stage").asText()).isEqualTo("SCREENING");
      assertThat(p.path("status").asText()).isEqualTo("IN_PROGRESS");
    });

    // Pages of two are slices of the same order.
    JsonNode first = page(filter + "&page=0&size=2");
    assertThat(first.path("page").asInt()).isZero();
    assertThat(first.path("size").asInt()).isEqualTo(2);
    assertThat(first.path("total").asLong()).isEqualTo(total);
    assertThat(list(first.path("items"))).extracting(p -> p.path("reference").asText())
        .containsExactly(mine.get(2), mine.get(1));
    JsonNode second = page(filter + "&page=1&size=2");
    assertThat(second.path("page").asInt()).isEqualTo(1);
    assertThat(list(second.path("items"))).extracting(p -> p.path("reference").asText()).first().isEqualTo(mine.get(0));
    JsonNode beyond = page(filter + "&page=" + (total / 2 + 1) + "&size=2");
    assertThat(beyond.path("items").size()).isZero();
    assertThat(beyond.path("total").asLong()).isEqualTo(total);

    // Defaults: page 0 of 20.
    JsonNode defaults = page(PROPOSALS);
    assertThat(defaults.path("page").asInt()).isZero();
    assertThat(defaults.path("size").asInt()).isEqualTo(20);
    assertThat(defaults.path("items").size()).isBetween(3, 20);

    // Withdrawn: out of the in-progress filter, into the withdrawn one.
    event(portal, mine.get(0), "withdrawal", withdrawal("Test of the status filter"));
    assertThat(page(filter + "&size=1").path("total").asLong()).isEqualTo(screeningBefore + 2);
    JsonNode withdrawn = page(PROPOSALS + "?zone=" + zone + "&status=WITHDRAWN&size=5");
    assertThat(withdrawn.path("total").asLong()).isEqualTo(withdrawnBefore + 1);
    assertThat(list(withdrawn.path("items"))).first().satisfies(p -> {
      assertThat(p.path("reference").asText()).isEqualTo(mine.get(0));
      assertThat(p.path("status").asText()).isEqualTo("WITHDRAWN");
    });
    assertThat(list(page(PROPOSALS + "?zone=" + zone + "&stage=WITHDRAWN&size=100").path("items")))
        .extracting(p -> p.path("reference").asText()).contains(mine.get(0)).doesNotContain(mine.get(1));
    assertThat(list(page(PROPOSALS + "?status=IN_PROGRESS&size=100").path("items")))
        .allSatisfy(p -> assertThat(p.path("status").asText()).isEqualTo("IN_PROGRESS"));
  }

  @Test
  void eachSearchTotalIsTheNumberOfProposalsItsFiltersMatch() {
    // Totals come from the zones' pipeline counts, kept with every move; they must match the rows.
    String withdrawn = submitted(portal, textilesJv("MQSEZ", 2)).path("reference").asText();
    event(portal, withdrawn, "withdrawal", withdrawal("Test of the search totals"));
    driver.toMou(submitted(portal, textilesJv("DSEZ", 2)).path("reference").asText());
    List<Map.Entry<String, Predicate<Map<String, Object>>>> filters = List.of(
        Map.entry("", row -> true),
        Map.entry("zone=MQSEZ", row -> row.get("zone_code").equals("MQSEZ")),
        Map.entry("stage=MOU", row -> row.get("stage").equals("MOU")),
        Map.entry("status=IN_PROGRESS", row -> !statusOf(row).isClosed()),
        Map.entry("zone=MQSEZ&status=WITHDRAWN", row -> row.get("zone_code").equals("MQSEZ")
            && statusOf(row) == ProposalStatus.WITHDRAWN),
        Map.entry("zone=DSEZ&stage=MOU&status=IN_PROGRESS", row -> row.get("zone_code").equals("DSEZ")
            && row.get("stage").equals("MOU")),
        Map.entry("stage=MOU&status=WITHDRAWN", row -> false));
    List<Map<String, Object>> rows = jdbc.sql("SELECT zone_code, stage FROM sez_proposal").query().listOfRows();
    for (Map.Entry<String, Predicate<Map<String, Object>>> filter : filters) {
      long matching = rows.stream().map(ProposalApiTest::lowerKeys).filter(filter.getValue()).count();
      assertThat(page(PROPOSALS + "?size=1&" + filter.getKey()).path("total").asLong()).as(filter.getKey())
          .isEqualTo(matching);
    }
  }

  private static ProposalStatus statusOf(Map<String, Object> row) {
    return ProposalStatus.of(PipelineStage.valueOf((String) row.get("stage")));
  }

  private static Map<String, Object> lowerKeys(Map<String, Object> row) {
    Map<String, Object> lower = new HashMap<>();
    row.forEach((key, value) -> lower.put(key.toLowerCase(Locale.ROOT), value));
    return lower;
  }

  @Test
  void eachItemOfAPageIsTheProposalsOwnView() {
    // A page reads tasks, land and decisions for all its proposals at once; each item must still
    // be exactly what GET /proposals/{ref} answers, whatever stage the proposal is at.
    String zone = "DSEZ";
    String atScreening = submitted(portal, textilesJv(zone, 1)).path("reference").asText();
    String atMou = submitted(portal, textilesJv(zone, 2)).path("reference").asText();
    driver.toMou(atMou);
    String atJcc = submitted(portal, textilesJv(zone, 3)).path("reference").asText();
    driver.toJcc(atJcc);
    String withdrawn = submitted(portal, textilesJv(zone, 4)).path("reference").asText();
    event(portal, withdrawn, "withdrawal", withdrawal("Test of the page's views"));

    Map<String, JsonNode> items = new HashMap<>();
    list(page(PROPOSALS + "?zone=" + zone + "&size=100").path("items"))
        .forEach(item -> items.put(item.path("reference").asText(), item));
    for (String reference : List.of(atScreening, atMou, atJcc, withdrawn)) {
      assertThat(items.get(reference)).as(reference).isEqualTo(proposal(reference));
    }
    assertThat(items.get(atScreening).path("openTasks")).hasSize(1);
    assertThat(items.get(atMou).path("land").path("status").asText()).isEqualTo("RESERVED");
    assertThat(items.get(atJcc).path("decisions").size()).isGreaterThan(items.get(atMou).path("decisions").size());
    assertThat(items.get(withdrawn).path("openTasks")).isEmpty();
    assertThat(items.get(withdrawn).path("status").asText()).isEqualTo("WITHDRAWN");
  }

  @Test
  void invalidSearchParametersAre400NamingEachField() {
    Map<String, String> cases = Map.of(
        "zone=XYZ", "zone",
        "zone=aiic", "zone",
        "stage=FOO", "stage",
        "stage=screening", "stage",
        "status=DONE", "status",
        "page=-1", "page",
        "page=abc", "page",
        "size=0", "size",
        "size=101", "size",
        "size=1.5", "size");
    cases.forEach((query, field) -> {
      ApiClient.Response response = api.send(get(PROPOSALS + "?" + query).as(portal)).assertFieldProblem(400, field);
      assertThat(response.errorFields()).as(query).containsExactly(field);
    });
    ApiClient.Response allWrong =
        api.send(get(PROPOSALS + "?zone=XYZ&stage=FOO&status=DONE&page=-1&size=0").as(portal));
    allWrong.assertFieldProblem(400, "zone", "stage", "status", "page", "size");
  }

  // --- POST /api/v1/proposals/{ref}/events/{type} ----------------------------------------------

  @Test
  void clarificationAnsweredAfterThePmuAsked() {
    String reference = submitted(portal, textilesJv(ZONE, 2)).path("reference").asText();
    driver.screen(reference, "CLARIFY");
    JsonNode asked = proposal(reference);
    assertThat(asked.path("stage").asText()).isEqualTo("CLARIFICATION");
    assertThat(asked.path("openTasks").size()).isZero();

    ApiClient.Response response = event(portal, reference, "clarification-answered",
        clarificationAnswered("The denim mill will source cotton from Punjab ginners."));

    assertThat(response.status()).as(response.describe()).isEqualTo(200);
    JsonNode answered = response.json();
    assertThat(answered.path("stage").asText()).isEqualTo("SCREENING");
    assertThat(taskNames(answered)).containsExactly("Screen proposal");
    assertThat(list(answered.path("decisions"))).filteredOn(d -> d.path("step").asText().equals("CLARIFICATION"))
        .singleElement().satisfies(d -> {
          assertThat(d.path("outcome").asText()).isEqualTo("ANSWERED");
          assertThat(d.path("reason").asText()).isEqualTo("The denim mill will source cotton from Punjab ginners.");
          assertThat(d.path("decidedBy").asText()).isEqualTo(portal.userId());
        });
    assertThat(proposal(reference)).isEqualTo(answered);
  }

  @Test
  void mouSignedAtTheMouStageAndInvalidSigningDataIsRefusedWithoutChange() {
    JsonNode landBefore = zoneLand(ZONE);
    String reference = submitted(portal, textilesJv(ZONE, 2)).path("reference").asText();
    driver.toMou(reference);
    JsonNode atMou = proposal(reference);
    assertThat(atMou.path("stage").asText()).isEqualTo("MOU");
    assertThat(taskNames(atMou)).containsExactly("Prepare MoU");
    assertThat(atMou.path("land").path("status").asText()).isEqualTo("RESERVED");

    // A future date and an unknown venue: refused by the step, naming both; nothing moves.
    ObjectNode bad = mouSigned(today().plusDays(3), "ON_THE_MOON");
    ApiClient.Response refused = event(portal, reference, "mou-signed", bad);
    refused.assertFieldProblem(400, "signedOn", "venue");
    assertThat(proposal(reference)).isEqualTo(atMou);
    assertThat(driver.single(reference, "PrepareMou")).isNotNull();

    ApiClient.Response signed = event(portal, reference, "mou-signed", mouSigned(today(), "BOTH"));

    assertThat(signed.status()).as(signed.describe()).isEqualTo(200);
    JsonNode p = signed.json();
    assertThat(p.path("stage").asText()).isEqualTo("JWG_REVIEW");
    assertThat(p.path("mou").path("signedOn").asText()).isEqualTo(today().toString());
    assertThat(p.path("mou").path("venue").asText()).isEqualTo("BOTH");
    assertThat(p.path("mou").path("draftReference").asText()).isEqualTo("BOI/MOU/2026/17");
    assertThat(p.path("mou").path("witnesses").asText()).contains("Secretary BOI");
    assertThat(list(p.path("openTasks"))).hasSize(4).allSatisfy(t -> {
      assertThat(t.path("name").asText()).isEqualTo("Consult ministries");
      assertThat(t.path("candidateGroup").asText()).isEqualTo("jwg-secretariat");
    });
    assertThat(decisions(p)).contains(tuple("MOU_SIGNING", "SIGNED", portal.userId()));

    event(portal, reference, "withdrawal", withdrawal("The partners dissolved the JV"));
    assertLandEquals(zoneLand(ZONE), landBefore);
  }

  @Test
  void theRetiredJccDecisionEventIs410AndChangesNothing() {
    String reference = submitted(portal, textilesJv(ZONE, 2)).path("reference").asText();
    driver.toJcc(reference);
    JsonNode atJcc = proposal(reference);
    long decisions = count("sez_proposal_decision");

    ApiClient.Response retired = event(portal, reference, "jcc-decision", jccDecision("APPROVE", null))
        .assertProblem(410);

    assertThat(retired.errorFields()).containsExactly("type");
    assertThat(retired.json().path("detail").asText()).contains("/api/v1/committee-sessions/{id}/decisions");
    assertThat(proposal(reference)).isEqualTo(atJcc);
    assertThat(count("sez_proposal_decision")).isEqualTo(decisions);
    assertThat(driver.waitsAt(reference, "JccSessionDecided")).isTrue();
  }

  @Test
  void withdrawalEndsTheProposalAndGivesBackItsLand() {
    JsonNode landBefore = zoneLand(ZONE);
    String reference = submitted(portal, textilesJv(ZONE, 2)).path("reference").asText();
    driver.toMou(reference);

    ApiClient.Response response = event(portal, reference, "withdrawal", withdrawal("The partners dissolved the JV"));

    assertThat(response.status()).as(response.describe()).isEqualTo(200);
    JsonNode p = response.json();
    assertThat(p.path("stage").asText()).isEqualTo("WITHDRAWN");
    assertThat(p.path("status").asText()).isEqualTo("WITHDRAWN");
    assertThat(p.path("closedAt").isTextual()).isTrue();
    assertThat(p.path("openTasks").size()).isZero();
    assertThat(driver.runningInstances(reference)).isZero();
    JsonNode last = p.path("decisions").get(p.path("decisions").size() - 1);
    assertThat(last.path("step").asText()).isEqualTo("CLOSURE");
    assertThat(last.path("outcome").asText()).isEqualTo("WITHDRAWN");
    assertThat(last.path("reason").asText()).contains("The partners dissolved the JV");
    assertLandEquals(zoneLand(ZONE), landBefore);

    // A closed proposal waits for nothing.
    ApiClient.Response again = event(portal, reference, "withdrawal", withdrawal(null)).assertProblem(409);
    assertThat(again.json().path("detail").asText()).contains("WITHDRAWN");
    assertThat(proposal(reference)).isEqualTo(p);
  }

  @Test
  void anEventTheProposalDoesNotWaitForIs409WithItsStageAndChangesNothing() {
    String reference = submitted(portal, textilesJv(ZONE, 2)).path("reference").asText();
    JsonNode before = proposal(reference);
    long decisions = count("sez_proposal_decision");

    for (Map.Entry<String, ObjectNode> event : Map.of(
        "mou-signed", mouSigned(today(), "BOTH"),
        "clarification-answered", clarificationAnswered("Nobody asked")).entrySet()) {
      ApiClient.Response response = event(portal, reference, event.getKey(), event.getValue()).assertProblem(409);
      assertThat(response.json().path("detail").asText()).as(event.getKey()).contains("SCREENING");
    }

    assertThat(proposal(reference)).isEqualTo(before);
    assertThat(count("sez_proposal_decision")).isEqualTo(decisions);
    assertThat(driver.single(reference, "ScreenProposal")).isNotNull();
  }

  @Test
  void malformedEventsAreRefused() {
    String reference = submitted(portal, textilesJv(ZONE, 2)).path("reference").asText();
    JsonNode before = proposal(reference);

    ApiClient.Response unknownType = event(portal, reference, "mou-unsigned", withdrawal(null)).assertProblem(404);
    assertThat(unknownType.errorFields()).containsExactly("type");
    event(portal, "JV-1999-999999", "withdrawal", withdrawal("x")).assertFieldProblem(404, "reference");
    event(portal, reference, "withdrawal", withdrawal("x").put("colour", "red")).assertFieldProblem(400, "colour");
    event(portal, reference, "mou-signed", mouSigned(today(), "BOTH").put("signedAt", "noon"))
        .assertFieldProblem(400, "signedAt");
    event(portal, reference, "withdrawal", object().put("reason", 42)).assertFieldProblem(400, "reason");
    ObjectNode arrayResponse = object();
    arrayResponse.putArray("response").add("yes");
    event(portal, reference, "clarification-answered", arrayResponse).assertFieldProblem(400, "response");
    api.send(
        post(PROPOSALS + "/" + reference + "/events/withdrawal").as(portal).body("[\"reason\"]", "application/json"))
        .assertFieldProblem(400, "body");
    api.send(
        post(PROPOSALS + "/" + reference + "/events/withdrawal").as(portal).body("{\"reason\": ", "application/json"))
        .assertFieldProblem(400, "body");
    api.send(post(PROPOSALS + "/" + reference + "/events/withdrawal").as(portal).body("reason=gone", "text/plain"))
        .assertProblem(415);

    assertThat(proposal(reference)).isEqualTo(before);
  }

  @Test
  void onlyExternalSystemsSendEvents() {
    String reference = submitted(portal, textilesJv(ZONE, 2)).path("reference").asText();
    JsonNode before = proposal(reference);

    event(pmu, reference, "withdrawal", withdrawal("The PMU may not")).assertProblem(403);
    event(jwg, reference, "withdrawal", withdrawal("The JWG may not")).assertProblem(403);
    event(stranger, reference, "withdrawal", withdrawal("Strangers may not")).assertProblem(403);
    event(null, reference, "withdrawal", withdrawal("Nobody may")).assertProblem(401);

    assertThat(proposal(reference)).isEqualTo(before);
    assertThat(driver.runningInstances(reference)).isEqualTo(1);
  }

  // --- errors ------------------------------------------------------------------------------

  @Test
  void malformedJsonIs400() {
    long proposals = count("sez_proposal");
    for (String malformed : List.of("{\"title\": ", "not json", "{\"title\": 'single quotes'}", "")) {
      api.send(post(PROPOSALS).as(portal).body(malformed, "application/json")).assertFieldProblem(400, "body");
    }
    ApiClient.Response wrongType = submit(portal, imagingJv(ZONE, 3).put("acresRequested", "twenty"), null);
    wrongType.assertFieldProblem(400, "acresRequested");
    assertThat(count("sez_proposal")).isEqualTo(proposals);
  }

  @Test
  void anUnknownFieldInASubmissionIs400NamingIt() {
    // ProposalRequest and PartnerRequest declare ignoreUnknown = false, and the handler names the field.
    long proposals = count("sez_proposal");
    submit(portal, imagingJv(ZONE, 3).put("colour", "red"), null).assertFieldProblem(400, "colour");
    ObjectNode partnerExtra = imagingJv(ZONE, 3);
    ((ObjectNode) partnerExtra.path("partners").get(0)).put("nickname", "DEA");
    submit(portal, partnerExtra, null).assertFieldProblem(400, "partners[0].nickname");
    assertThat(count("sez_proposal")).isEqualTo(proposals);
  }

  @Test
  void withoutCredentialsTheApiAnswers401() {
    List<ApiClient.Response> responses = List.of(
        submit(null, imagingJv(ZONE, 3), null),
        api.send(get(PROPOSALS)),
        api.send(get(PROPOSALS + "/JV-1999-999999")),
        api.send(get(PROPOSALS + "/JV-1999-999999/timeline")),
        api.send(post(PROPOSALS).body("x".repeat(70_000), "application/json")));
    for (ApiClient.Response response : responses) {
      response.assertProblem(401);
      assertThat(response.header("WWW-Authenticate")).as(response.describe()).startsWith("Basic");
    }
    TestUsers.ensure(identityService, "proposal-api-mistyper", "external-systems");
    api.send(post(PROPOSALS).as(new TestUsers.Credentials("proposal-api-mistyper", "wrong"))
        .json(imagingJv(ZONE, 3))).assertProblem(401);
  }

  @Test
  void groupsThatMayNotSubmitAre403AndNothingIsCreated() {
    long proposals = count("sez_proposal");
    long instances =
        engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("jv-proposal").count();

    submit(jwg, imagingJv(ZONE, 3), null).assertProblem(403);
    submit(jwg, imagingJv(ZONE, 3), uniqueKey()).assertProblem(403);
    submit(stranger, imagingJv(ZONE, 3), null).assertProblem(403);
    api.send(get(PROPOSALS).as(stranger)).assertProblem(403);

    assertThat(count("sez_proposal")).isEqualTo(proposals);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("jv-proposal").count())
        .isEqualTo(instances);
  }

  @Test
  void aBodyThatIsNotJsonIs415() {
    long proposals = count("sez_proposal");
    String json = imagingJv(ZONE, 3).toString();
    for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded")) {
      api.send(post(PROPOSALS).as(portal).body(json, type)).assertProblem(415);
    }
    api.send(post(PROPOSALS).as(portal).body(json.getBytes(), null)).assertProblem(415);
    assertThat(count("sez_proposal")).isEqualTo(proposals);
  }

  @Test
  void aBodyOver64KiBIs413() {
    long proposals = count("sez_proposal");
    ObjectNode big = imagingJv(ZONE, 3).put("title", "A".repeat(65 * 1024));

    api.send(post(PROPOSALS).as(portal).json(big)).assertProblem(413);
    api.send(post(PROPOSALS).as(portal).json(big).chunked()).assertProblem(413);
    // Just under the limit the body is read, and the title refused for its length.
    ObjectNode justUnder = imagingJv(ZONE, 3).put("title", "A".repeat(60 * 1024));
    api.send(post(PROPOSALS).as(portal).json(justUnder)).assertFieldProblem(400, "title");
    assertThat(count("sez_proposal")).isEqualTo(proposals);
  }

  @Test
  void aNumberWithAMillionDecimalsIsRefusedWithoutEchoingIt() {
    // A 300-byte request must not cost seconds of arithmetic and a reply of megabytes.
    ObjectNode body = imagingJv(ZONE, 3);
    ((ObjectNode) body.path("partners").get(0)).put("equityPct", new BigDecimal("1E-1000000"));

    ApiClient.Response response = submit(portal, body, null);

    response.assertProblem(400);
    assertThat(response.errorFields()).anySatisfy(field -> assertThat(field).startsWith("partners"));
    assertThat(response.body().length()).as("length of the problem").isLessThan(16 * 1024);
  }

  @Test
  void aProposalWithTheLongestAllowedSponsorNameAndEmailCanStillBeClosed() {
    // 200 characters each are allowed; the notifications to the sponsor must still fit.
    ObjectNode body = textilesJv(ZONE, 2)
        .put("sponsorName", "Dynamic Engineering Automation " + "X".repeat(200 - 31))
        .put("sponsorEmail", "p".repeat(64) + "@" + "d".repeat(200 - 64 - 1 - 3) + ".pk");
    assertThat(body.path("sponsorName").asText()).hasSize(200);
    assertThat(body.path("sponsorEmail").asText()).hasSize(200);
    String reference = submitted(portal, body).path("reference").asText();

    ApiClient.Response response = event(portal, reference, "withdrawal", withdrawal("The partners dissolved the JV"));

    assertThat(response.status()).as(response.describe()).isEqualTo(200);
    assertThat(response.json().path("status").asText()).isEqualTo("WITHDRAWN");
  }

  // --- helpers -----------------------------------------------------------------------------

  ApiClient.Response submit(TestUsers.Credentials user, ObjectNode body, String idempotencyKey) {
    ApiClient.Call call = post(PROPOSALS).as(user).json(body);
    if (idempotencyKey != null) {
      call.header("Idempotency-Key", idempotencyKey);
    }
    ApiClient.Response response = api.send(call);
    if (response.status() == 201) {
      started.add(response.json().path("reference").asText());
    }
    return response;
  }

  JsonNode submitted(TestUsers.Credentials user, ObjectNode body) {
    return submitted(user, body, null);
  }

  JsonNode submitted(TestUsers.Credentials user, ObjectNode body, String idempotencyKey) {
    ApiClient.Response response = submit(user, body, idempotencyKey);
    assertThat(response.status()).as(response.describe()).isEqualTo(201);
    return response.json();
  }

  ApiClient.Response event(TestUsers.Credentials user, String reference, String type, ObjectNode body) {
    return api.send(post(PROPOSALS + "/" + reference + "/events/" + type).as(user).json(body));
  }

  JsonNode proposal(String reference) {
    ApiClient.Response response = api.send(get(PROPOSALS + "/" + reference).as(portal));
    assertThat(response.status()).as(response.describe()).isEqualTo(200);
    return response.json();
  }

  JsonNode page(String path) {
    ApiClient.Response response = api.send(get(path).as(portal));
    assertThat(response.status()).as(response.describe()).isEqualTo(200);
    assertThat(fieldNames(response.json())).containsExactlyInAnyOrder("items", "page", "size", "total");
    return response.json();
  }

  JsonNode zoneLand(String zone) {
    ApiClient.Response response = api.send(get("/api/v1/zones/" + zone).as(portal));
    assertThat(response.status()).as(response.describe()).isEqualTo(200);
    return response.json().path("land");
  }

  static void assertLandEquals(JsonNode actual, JsonNode expected) {
    for (String account : List.of("leasableAcres", "reservedAcres", "allocatedAcres", "freeAcres")) {
      assertThat(actual.path(account).decimalValue()).as(account)
          .isEqualByComparingTo(expected.path(account).decimalValue());
    }
  }

  long count(String table) {
    return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
  }

  static List<JsonNode> list(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).toList();
  }

  static List<String> fieldNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  static List<String> taskNames(JsonNode proposal) {
    return list(proposal.path("openTasks")).stream().map(t -> t.path("name").asText()).toList();
  }

  static List<org.assertj.core.groups.Tuple> decisions(JsonNode proposal) {
    return list(proposal.path("decisions")).stream()
        .map(d -> tuple(d.path("step").asText(), d.path("outcome").asText(), d.path("decidedBy").asText()))
        .toList();
  }

  /** The body's JSON with its top-level keys in reverse order and generous spacing. */
  static String reversedKeys(ObjectNode body) {
    List<String> names = fieldNames(body);
    StringBuilder json = new StringBuilder("{\n");
    for (int i = names.size() - 1; i >= 0; i--) {
      json.append("   \"").append(names.get(i)).append("\" :  ").append(body.get(names.get(i)).toString());
      json.append(i > 0 ? ",\n" : "\n");
    }
    return json.append("}").toString();
  }
}
