package org.sezflow.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.sezflow.proposal.ApiClient.get;
import static org.sezflow.proposal.ApiClient.post;
import static org.sezflow.proposal.ProposalRequests.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sezflow.TestUsers;
import org.sezflow.mail.MailOutbox;
import org.sezflow.mail.MailStatus;
import org.sezflow.mail.OutgoingMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A proposal's whole life over HTTP only, each party with its own credentials: the investor
 * portal submits it and sends the MoU signing through the application's API; the officials
 * complete their tasks through Camunda's REST API, finding them by the proposal's reference; the
 * JWG's and the JCC's secretariats run a session each through the application's API (schedule,
 * keep the agenda, freeze it, record the decision), whose close hands the decision to the proposal. At the end the proposal is a zone enterprise with its plot, and the zone's
 * land account shows the acres allocated. (The plot stays allocated: that is the outcome.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HttpLifecycleTest {

  static final String ZONE = "AIIC";
  static final int ACRES = 2;

  @RegisterExtension
  final ApiFixture fixture = new ApiFixture("lifecycle");

  @Autowired
  ProcessEngine engine;

  @Autowired
  ProposalReads proposals;

  @Autowired
  MailOutbox outbox;

  ApiClient api;

  @Test
  void aProposalGoesFromSubmissionToZoneEnterpriseOverHttp() {
    api = fixture.api();
    TestUsers.Credentials portal = fixture.portal();
    TestUsers.Credentials pmu = fixture.pmu();
    TestUsers.Credentials jwg = fixture.jwg();
    TestUsers.Credentials jcc = fixture.jcc();
    TestUsers.Credentials authority = fixture.authority();
    LocalDate today = today();
    JsonNode landBefore = zone(portal).path("land");

    // The investor portal submits.
    ApiClient.Response submitted = api.send(post("/api/v1/proposals").as(portal).json(imagingJv(ZONE, ACRES))
        .header("Idempotency-Key", uniqueKey()));
    assertThat(submitted.status()).as(submitted.describe()).isEqualTo(201);
    String reference = submitted.json().path("reference").asText();
    assertThat(submitted.json().path("stage").asText()).isEqualTo("SCREENING");

    // The process keeps only what the model reads; the screening form loads the rest from the record.
    VariablesAgainstRecord.check(engine, proposals, reference);
    JsonNode screening = singleTask(pmu, reference, "Screen proposal");
    ApiClient.Response form = api.send(get("/engine-rest/task/" + screening.path("id").asText() + "/form-variables")
        .as(pmu));
    assertThat(form.status()).as(form.describe()).isEqualTo(200);
    assertThat(form.json().path("proposalTitle").path("value").asText())
        .isEqualTo(proposals.get(reference).submission().title());
    assertThat(form.json().path("acresRequested").path("value").asDouble()).isEqualTo(ACRES);
    assertThat(form.json().path("partnersSummary").path("value").asText()).contains("Neusoft");
    assertThat(form.json().path("zoneFreeAcres").path("value").isNumber()).isTrue();
    assertThat(form.json().path("incentives").path("value").asText()).isNotBlank();

    // The PMU claims and screens it, as in Tasklist.
    assertThat(screening.path("due").isTextual()).as("screening has a due date").isTrue();
    claim(pmu, screening);
    complete(pmu, screening, Map.of("screeningDecision", "ACCEPT",
        "screeningReason", "Smart SEZ imaging JV within AIIC's sectors; land available"));
    JsonNode atMou = proposal(portal, reference);
    assertThat(atMou.path("stage").asText()).isEqualTo("MOU");
    assertThat(atMou.path("land").path("status").asText()).isEqualTo("RESERVED");
    assertThat(atMou.path("land").path("acres").decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(ACRES));
    assertThat(zone(portal).path("land").path("reservedAcres").decimalValue())
        .isEqualByComparingTo(landBefore.path("reservedAcres").decimalValue().add(BigDecimal.valueOf(ACRES)));

    // The PMU prepares the MoU; the e-signature system reports the signing.
    complete(pmu, singleTask(pmu, reference, "Prepare MoU"), Map.of("mouDraftReference", "BOI/MOU/2026/17",
        "mouPlannedOn", today.plusDays(7).toString()));
    singleTask(pmu, reference, "Record MoU signing");
    ApiClient.Response signed = api.send(post("/api/v1/proposals/" + reference + "/events/mou-signed").as(portal)
        .json(mouSigned(today, "BOTH")));
    assertThat(signed.status()).as(signed.describe()).isEqualTo(200);
    assertThat(signed.json().path("stage").asText()).isEqualTo("JWG_REVIEW");
    assertThat(tasks(pmu, reference)).as("the PMU's signing task is gone").isEmpty();

    VariablesAgainstRecord.check(engine, proposals, reference);

    // The JWG secretariat consults the four ministries, then endorses.
    List<JsonNode> consultations = tasks(jwg, reference);
    assertThat(consultations).hasSize(4)
        .allSatisfy(t -> assertThat(t.path("name").asText()).isEqualTo("Consult ministries"));
    for (JsonNode consultation : consultations) {
      complete(jwg, consultation, Map.of("ministryOpinion", "SUPPORT",
          "ministryComments", "No objection from the ministry's side"));
    }
    // The proposal waits for the JWG: no task of its own; a JWG session endorses it.
    assertThat(tasks(jwg, reference)).isEmpty();
    assertThat(proposal(portal, reference).path("committee").path("committee").asText()).isEqualTo("JWG");
    sessionDecides(jwg, "JWG", reference, "ENDORSE");
    assertThat(proposal(portal, reference).path("stage").asText()).isEqualTo("JCC_DECISION");

    VariablesAgainstRecord.check(engine, proposals, reference);

    // A JCC session approves it.
    sessionDecides(jcc, "JCC", reference, "APPROVE");
    JsonNode approved = proposal(portal, reference);
    assertThat(approved.path("stage").asText()).isEqualTo("ALLOCATION");
    String plot = approved.path("land").path("plotNumber").asText();
    assertThat(plot).matches(ZONE + "-P\\d{4}");

    // The SEZ authority issues the allotment letter.
    String letterNo = "SEZA/ALT/" + today.getYear() + "/" + reference.substring(reference.length() - 6);
    JsonNode letter = singleTask(authority, reference, "Issue allotment letter");
    claim(authority, letter);
    complete(authority, letter, Map.of("allotmentLetterNo", letterNo, "allotmentLetterDate", today.toString()));

    // A zone enterprise, with its plot and its construction deadline; nothing but the kept variables
    // was ever stored.
    VariablesAgainstRecord.check(engine, proposals, reference);
    JsonNode done = proposal(portal, reference);
    assertThat(done.path("stage").asText()).isEqualTo("ZONE_ENTERPRISE");
    assertThat(done.path("status").asText()).isEqualTo("ZONE_ENTERPRISE");
    assertThat(done.path("closedAt").isTextual()).isTrue();
    assertThat(done.path("openTasks").size()).isZero();
    JsonNode allotment = done.path("allotment");
    assertThat(allotment.path("plotNumber").asText()).isEqualTo(plot);
    assertThat(allotment.path("letterNo").asText()).isEqualTo(letterNo);
    assertThat(allotment.path("letterDate").asText()).isEqualTo(today.toString());
    assertThat(allotment.path("constructionDeadline").asText()).isEqualTo(today.plusMonths(24).toString());
    // Each partner's mail, written to the outbox with the allotment, in the language it named.
    List<OutgoingMail> mail = outbox.of(reference);
    assertThat(mail).extracting(OutgoingMail::language, OutgoingMail::recipientName).containsExactly(
        tuple("UR", "ڈائنامک انجینئرنگ آٹومیشن"), tuple("ZH", "东软医疗系统股份有限公司"));
    assertThat(mail.get(0).subject()).contains("پلاٹ " + plot, "الاٹ");
    assertThat(mail.get(1).subject()).contains("第 " + plot + " 号地块已分配");
    assertThat(mail.get(1).recipientEmail()).isEqualTo("cpec@neusoftmedical.example.cn");
    assertThat(mail.get(1).body()).contains(letterNo, today.plusMonths(24).toString());
    assertThat(mail).extracting(OutgoingMail::status).containsOnly(MailStatus.PENDING);
    assertThat(done.path("land").path("status").asText()).isEqualTo("ALLOCATED");
    assertThat(done.path("land").path("plotNumber").asText()).isEqualTo(plot);
    assertThat(done.path("mou").path("signedOn").asText()).isEqualTo(today.toString());

    // The zone: the acres moved from reserved to allocated.
    JsonNode zone = zone(portal);
    JsonNode landAfter = zone.path("land");
    assertThat(landAfter.path("allocatedAcres").decimalValue())
        .isEqualByComparingTo(landBefore.path("allocatedAcres").decimalValue().add(BigDecimal.valueOf(ACRES)));
    assertThat(landAfter.path("reservedAcres").decimalValue())
        .isEqualByComparingTo(landBefore.path("reservedAcres").decimalValue());
    assertThat(landAfter.path("freeAcres").decimalValue())
        .isEqualByComparingTo(landBefore.path("freeAcres").decimalValue().subtract(BigDecimal.valueOf(ACRES)));
    assertThat(list(zone.path("latestEvents"))).filteredOn(e -> e.path("proposalRef").asText().equals(reference))
        .extracting(e -> e.path("type").asText()).contains("LAND_RESERVED", "LAND_ALLOCATED");

    // The timeline: every step, with who took it.
    ApiClient.Response timelineResponse = api.send(get("/api/v1/proposals/" + reference + "/timeline").as(portal));
    assertThat(timelineResponse.status()).as(timelineResponse.describe()).isEqualTo(200);
    List<JsonNode> timeline = list(timelineResponse.json());
    assertThat(timeline.stream().map(e -> e.path("started").asText()).map(java.time.Instant::parse).toList())
        .isSorted();
    assertThat(steps(timeline, "process")).containsSubsequence("Proposal received", "Register proposal",
        "Assess eligibility", "Screen proposal", "Reserve land", "Prepare MoU", "Store MoU signing",
        "Consult ministries", "Wait for JWG session", "JWG session decided", "Record JWG decision",
        "Wait for JCC session", "JCC session decided", "Record JCC decision", "Allocate plot",
        "Issue allotment letter", "Record allotment letter", "Notify partners", "Zone enterprise established");
    assertThat(steps(timeline, "process")).contains("MoU signed (e-signature)")
        .filteredOn("Consult ministries"::equals).hasSize(4);
    assertThat(actors(timeline, "process")).containsEntry("Proposal received", portal.userId())
        .containsEntry("Screen proposal", pmu.userId())
        .containsEntry("Consult ministries", jwg.userId())
        .containsEntry("Issue allotment letter", authority.userId());
    assertThat(timeline).filteredOn(e -> e.path("source").asText().equals("decision"))
        .extracting(e -> e.path("step").asText(), e -> e.path("outcome").asText(), e -> e.path("actor").asText())
        .containsSubsequence(
            tuple("SUBMISSION", "SUBMITTED", portal.userId()),
            tuple("SCREENING", "ACCEPT", pmu.userId()),
            tuple("MOU_PREPARATION", "PREPARED", pmu.userId()),
            tuple("MOU_SIGNING", "SIGNED", portal.userId()),
            tuple("JWG_REVIEW", "ENDORSE", jwg.userId()),
            tuple("JCC_DECISION", "APPROVE", jcc.userId()),
            tuple("ALLOTMENT", "LETTER_ISSUED", authority.userId()))
        .contains(tuple("MINISTRY_CONSULTATION", "SUPPORT", jwg.userId()));
    assertThat(timeline).filteredOn(e -> e.path("source").asText().equals("agenda"))
        .extracting(e -> e.path("outcome").asText()).contains("ENDORSE", "APPROVE");
    assertThat(steps(timeline, "decision")).contains("ELIGIBILITY", "LAND_RESERVATION", "ALLOCATION");
    assertThat(timeline).filteredOn(e -> e.path("source").asText().equals("zone"))
        .extracting(e -> e.path("outcome").asText())
        .contains("PIPELINE_CHANGED", "LAND_RESERVED", "LAND_ALLOCATED");
  }

  // --- Camunda's REST API, as each official ----------------------------------------------------

  private List<JsonNode> tasks(TestUsers.Credentials user, String reference) {
    ApiClient.Response response = api.send(get("/engine-rest/task?processInstanceBusinessKey=" + reference).as(user));
    assertThat(response.status()).as(response.describe()).isEqualTo(200);
    return list(response.json());
  }

  private JsonNode singleTask(TestUsers.Credentials user, String reference, String name) {
    List<JsonNode> tasks = tasks(user, reference);
    assertThat(tasks).as("%s's tasks for %s", user.userId(), reference).singleElement()
        .satisfies(t -> assertThat(t.path("name").asText()).isEqualTo(name));
    return tasks.get(0);
  }

  private void claim(TestUsers.Credentials user, JsonNode task) {
    ApiClient.Response response = api.send(post("/engine-rest/task/" + task.path("id").asText() + "/claim").as(user)
        .json(object().put("userId", user.userId())));
    assertThat(response.status()).as(response.describe()).isEqualTo(204);
  }

  private void complete(TestUsers.Credentials user, JsonNode task, Map<String, String> variables) {
    ObjectNode body = object();
    ObjectNode typed = body.putObject("variables");
    variables.forEach((name, value) -> typed.putObject(name).put("value", value));
    ApiClient.Response response = api.send(post("/engine-rest/task/" + task.path("id").asText() + "/complete")
        .as(user).json(body));
    assertThat(response.status()).as(response.describe()).isEqualTo(204);
  }

  // --- the application's API -------------------------------------------------------------------

  /**
   * The secretariat's system runs a session of its committee for today: schedules it, keeps only
   * this proposal on its agenda (others may wait too), freezes it and records the decision, which
   * closes the session and hands the decision to the proposal.
   */
  private void sessionDecides(TestUsers.Credentials secretariat, String committee, String reference,
      String decision) {
    SessionsOverHttp sessions = new SessionsOverHttp(api, secretariat, committee);
    long session = sessions.schedule();
    assertThat(sessions.onAgenda(session)).as("the session gathered the proposal").contains(reference);
    sessions.keepOnly(session, reference);
    sessions.freeze(session);
    long item = sessions.itemOf(session, reference).path("id").asLong();
    ApiClient.Response decided = sessions.decisions(session, "{\"decisions\": [{\"itemId\": " + item
        + ", \"decision\": \"" + decision + "\", \"minutesRef\": \"Minutes of the session, item " + item
        + "\", \"reason\": \"The committee's reasons on item " + item + "\"}]}");
    assertThat(decided.status()).as(decided.describe()).isEqualTo(200);
    assertThat(decided.json().path("session").path("status").asText()).isEqualTo("CLOSED");
  }

  private JsonNode proposal(TestUsers.Credentials user, String reference) {
    ApiClient.Response response = api.send(get("/api/v1/proposals/" + reference).as(user));
    assertThat(response.status()).as(response.describe()).isEqualTo(200);
    return response.json();
  }

  private JsonNode zone(TestUsers.Credentials user) {
    ApiClient.Response response = api.send(get("/api/v1/zones/" + ZONE).as(user));
    assertThat(response.status()).as(response.describe()).isEqualTo(200);
    return response.json();
  }

  private static List<JsonNode> list(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).toList();
  }

  private static List<String> steps(List<JsonNode> timeline, String source) {
    List<String> steps = new ArrayList<>();
    timeline.stream().filter(e -> e.path("source").asText().equals(source))
        .forEach(e -> steps.add(e.path("step").asText()));
    return steps;
  }

  /** The actor of each process step (the last one of that name). */
  private static Map<String, String> actors(List<JsonNode> timeline, String source) {
    Map<String, String> actors = new LinkedHashMap<>();
    timeline.stream().filter(e -> e.path("source").asText().equals(source))
        .forEach(e -> actors.put(e.path("step").asText(), e.path("actor").asText(null)));
    return actors;
  }
}
