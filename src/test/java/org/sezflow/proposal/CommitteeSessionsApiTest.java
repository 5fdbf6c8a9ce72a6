package org.sezflow.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sezflow.proposal.ApiClient.get;
import static org.sezflow.proposal.ApiClient.post;
import static org.sezflow.proposal.ProposalRequests.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sezflow.TestUsers;
import org.sezflow.committee.SessionFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Proposals flowing through the JCC's sessions over HTTP only, as the JCC secretariat's system and
 * the investor portal see it: the session is scheduled, its agenda kept, frozen and decided by API;
 * the proposals show their session, agenda item and decision; the land and the zone's records
 * follow each decision; withdrawal takes a proposal off an agenda; bad decisions change nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CommitteeSessionsApiTest {

  static final String ZONE = "AIIC";

  @RegisterExtension
  final ApiFixture fixture = new ApiFixture("sessions-api");

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcClient jdbc;

  ApiClient api;
  ProcessDriver driver;
  SessionsOverHttp sessions;
  TestUsers.Credentials portal;
  TestUsers.Credentials jcc;

  final List<String> started = fixture.proposals();
  final List<Long> scheduled = new ArrayList<>();

  @BeforeEach
  void setUp() {
    api = fixture.api();
    portal = fixture.portal();
    jcc = fixture.jcc();
    driver = fixture.driver();
    sessions = new SessionsOverHttp(api, jcc, "JCC");
  }

  @AfterEach
  void cleanUp() {
    SessionFixtures.end(engine, jdbc, scheduled); // then the fixture withdraws the proposals
  }

  @Test
  void theJccApprovesOneEndorsedProposalAndDefersTheOtherToItsNextSessionWhichApprovesIt() {
    JsonNode landBefore = zoneLand();
    String first = endorsed(2);
    String second = endorsed(3);
    // Both wait for the JCC, with no task of their own and no session yet.
    for (String reference : List.of(first, second)) {
      JsonNode waiting = proposal(reference);
      assertThat(waiting.path("stage").asText()).isEqualTo("JCC_DECISION");
      assertThat(waiting.path("openTasks").size()).isZero();
      assertThat(waiting.path("committee").path("committee").asText()).isEqualTo("JCC");
      assertThat(waiting.path("committee").path("session").isNull()).as("no session yet").isTrue();
    }
    assertLand(landBefore, 5, 0);

    // The 1st session: its agenda gathers both; the secretariat freezes it and records the decisions.
    long session = schedule();
    keepOnly(session, first, second);
    JsonNode onAgenda = proposal(first).path("committee");
    assertThat(onAgenda.path("session").path("id").asLong()).isEqualTo(session);
    assertThat(onAgenda.path("agendaItemId").asLong()).isEqualTo(itemOf(session, first).path("id").asLong());
    assertThat(onAgenda.path("due").asText()).as("the deadline is the session's date")
        .isEqualTo(onAgenda.path("session").path("date").asText());
    freeze(session);
    ApiClient.Response decided = decide(session, Map.of(first, "APPROVE", second, "DEFER"));
    assertThat(decided.status()).as(decided.describe()).isEqualTo(200);
    assertThat(decided.json().path("session").path("status").asText()).isEqualTo("CLOSED");
    String citation = decided.json().path("session").path("citation").asText();

    JsonNode approved = proposal(first);
    assertThat(approved.path("stage").asText()).isEqualTo("ALLOCATION");
    assertThat(approved.path("land").path("status").asText()).isEqualTo("ALLOCATED");
    assertThat(ProposalApiTest.taskNames(approved)).containsExactly("Issue allotment letter");
    assertThat(approved.path("committee").isNull()).as("it waits for no committee").isTrue();
    JsonNode approval = lastDecision(approved, "JCC_DECISION");
    assertThat(approval.path("outcome").asText()).isEqualTo("APPROVE");
    assertThat(approval.path("decidedBy").asText()).isEqualTo(jcc.userId());
    assertThat(approval.path("reason").asText())
        .isEqualTo(citation + ", minutes " + minutes(first) + ": " + reasons(first));
    JsonNode deferred = proposal(second);
    assertThat(deferred.path("stage").asText()).isEqualTo("JCC_DECISION");
    assertThat(deferred.path("land").path("status").asText()).isEqualTo("RESERVED");
    assertThat(lastDecision(deferred, "JCC_DECISION").path("outcome").asText()).isEqualTo("DEFER");
    assertThat(deferred.path("committee").path("session").isNull()).as("waiting for the next session").isTrue();
    assertThat(timeline(second).stream().filter(e -> e.path("source").asText().equals("agenda")
        && e.path("outcome").asText().equals("DEFER")).map(e -> e.path("detail").asText()))
        .singleElement().asString().contains(minutes(second));
    assertLand(landBefore, 3, 2);

    // The 2nd session gathers the deferred proposal by itself, not the approved one, and approves it.
    long next = schedule();
    assertThat(onAgenda(next)).contains(second).doesNotContain(first);
    keepOnly(next, second);
    freeze(next);
    assertThat(decide(next, Map.of(second, "APPROVE")).status()).isEqualTo(200);
    assertThat(proposal(second).path("stage").asText()).isEqualTo("ALLOCATION");
    assertThat(list(proposal(second).path("decisions")).stream()
        .filter(d -> d.path("step").asText().equals("JCC_DECISION")).map(d -> d.path("outcome").asText()))
        .containsExactly("DEFER", "APPROVE");
    assertLand(landBefore, 0, 5);
    assertThat(zoneEvents(first)).containsExactly("LAND_RESERVED", "LAND_ALLOCATED");
    assertThat(zoneEvents(second)).containsExactly("LAND_RESERVED", "LAND_ALLOCATED");

    driver.withdrawAllRunning(List.of(first, second));
    assertLand(landBefore, 0, 0);
  }

  @Test
  void aWithdrawnProposalLeavesTheAgendaAndTheSessionDecidesTheRest() {
    JsonNode landBefore = zoneLand();
    String staying = endorsed(2);
    String leaving = endorsed(2);
    String leavingFrozen = endorsed(2);
    long session = schedule();
    keepOnly(session, staying, leaving, leavingFrozen);

    // Withdrawn while the agenda is open: the item shows it, the agenda no longer holds it.
    withdraw(leaving);
    JsonNode item = itemOf(session, leaving);
    assertThat(item.path("onAgenda").asBoolean()).isFalse();
    assertThat(item.path("withdrawnAt").isTextual()).isTrue();
    freeze(session);
    assertThat(recordDecisionTasks(session)).isEqualTo(2);

    // Withdrawn once frozen: its "Record decision" task closes without a decision.
    withdraw(leavingFrozen);
    assertThat(recordDecisionTasks(session)).isEqualTo(1);
    ApiClient.Response refused = decide(session, Map.of(leavingFrozen, "APPROVE")).assertProblem(409);
    assertThat(refused.json().path("detail").asText()).contains(leavingFrozen);
    assertThat(itemOf(session, leavingFrozen).path("decision").isNull()).isTrue();

    ApiClient.Response closed = decide(session, Map.of(staying, "REJECT"));
    assertThat(closed.status()).as(closed.describe()).isEqualTo(200);
    assertThat(closed.json().path("session").path("status").asText()).isEqualTo("CLOSED");
    assertThat(proposal(staying).path("status").asText()).isEqualTo("REJECTED");
    for (String withdrawn : List.of(leaving, leavingFrozen)) {
      assertThat(proposal(withdrawn).path("status").asText()).isEqualTo("WITHDRAWN");
      assertThat(timeline(withdrawn).stream().filter(e -> e.path("source").asText().equals("agenda"))
          .map(e -> e.path("outcome").asText())).contains("WITHDRAWN");
    }
    assertLand(landBefore, 0, 0);
  }

  @Test
  void badDecisionsAndAgendaChangesAreRefusedAndChangeNothing() {
    String first = endorsed(2);
    String other = endorsed(2);
    long earlier = schedule();
    keepOnly(earlier, other);
    long session = schedule();
    keepOnly(session, first);
    long earlierItem = itemOf(earlier, other).path("id").asLong();
    long item = itemOf(session, first).path("id").asLong();

    // Before the freeze, no decision.
    decide(session, Map.of(first, "APPROVE")).assertProblem(409);
    // Agenda changes: a proposal not on it, one that does not wait, a removal without a reason, nothing at all.
    assertThat(agenda(session, "{\"removeProposalRefs\": [\"JV-1999-000001\"], \"removeReason\": \"x\"}")
        .assertProblem(400).errorFields()).containsExactly("removeProposalRefs[0]");
    assertThat(agenda(session, "{\"addProposalRefs\": [\"" + other + "\"], \"addReason\": \"Urgent\"}")
        .assertProblem(400).errorFields()).containsExactly("addProposalRefs[0]");
    assertThat(agenda(session, "{\"removeProposalRefs\": [\"" + first + "\"]}").assertProblem(400).errorFields())
        .containsExactly("removeReason");
    // The single reference of earlier clients still counts, as a list of one.
    assertThat(agenda(session, "{\"removeProposalRef\": \"JV-1999-000001\", \"removeReason\": \"x\"}")
        .assertProblem(400).errorFields()).containsExactly("removeProposalRefs[0]");
    assertThat(agenda(session, "{\"removeProposalRefs\": \"" + first + "\", \"removeReason\": \"x\"}")
        .assertProblem(400).errorFields()).containsExactly("removeProposalRefs");
    assertThat(agenda(session, "{}").assertProblem(400).errorFields()).containsExactly("freeze");
    assertThat(agenda(session, "{\"freeze\": \"soon\"}").assertProblem(400).errorFields()).containsExactly("freeze");
    assertThat(onAgenda(session)).containsExactly(first);
    freeze(session);
    JsonNode frozen = session(session);

    // An unknown item, another session's item, a decision the JCC does not take: 400, nothing recorded.
    assertThat(decisions(session, "{\"decisions\": [{\"itemId\": 999999999, \"decision\": \"APPROVE\", "
        + "\"minutesRef\": \"M\"}]}").assertProblem(400).errorFields()).containsExactly("decisions[0].itemId");
    assertThat(decisions(session, decisionsJson(earlierItem, "APPROVE")).assertProblem(400).errorFields())
        .containsExactly("decisions[0].itemId");
    assertThat(decisions(session, decisionsJson(item, "ENDORSE")).assertProblem(400).errorFields())
        .containsExactly("decisions[0].decision");
    assertThat(decisions(session, "{\"decisions\": [" + decisionJson(item, "APPROVE") + ", "
        + decisionJson(item, "REJECT") + "]}").assertProblem(400).errorFields()).contains("decisions[1].itemId");
    assertThat(agenda(session, "{\"freeze\": true}").assertProblem(409).status()).isEqualTo(409);
    assertThat(session(session)).isEqualTo(frozen);
    assertThat(proposal(first).path("stage").asText()).isEqualTo("JCC_DECISION");

    // Decided once; twice is 409 and the first decision stands.
    assertThat(decisions(session, decisionsJson(item, "REJECT")).status()).isEqualTo(200);
    decisions(session, decisionsJson(item, "APPROVE")).assertProblem(409);
    assertThat(itemOf(session, first).path("decision").asText()).isEqualTo("REJECT");
    assertThat(proposal(first).path("status").asText()).isEqualTo("REJECTED");
  }

  /**
   * Issue 21, item 4: the committee's reasons are required to send back, defer or reject, through
   * the API and the task alike; stored with the decision, they are what the PMU reads on "Revise
   * proposal" and what the proposal's decisions and timeline show.
   */
  @Test
  void theCommitteesReasonsAreRequiredStoredAndShownToWhoeverActsNext() {
    TestUsers.Credentials jwg = fixture.jwg();
    TestUsers.Credentials pmu = fixture.pmu();
    SessionsOverHttp jwgSessions = new SessionsOverHttp(api, jwg, "JWG");
    ApiClient.Response submittedProposal = api.send(post("/api/v1/proposals").as(portal).json(textilesJv(ZONE, 2)));
    assertThat(submittedProposal.status()).as(submittedProposal.describe()).isEqualTo(201);
    String reference = submittedProposal.text("reference");
    started.add(reference);
    driver.toJwgSession(reference);
    long session = jwgSessions.schedule();
    scheduled.add(session);
    jwgSessions.keepOnly(session, reference);
    jwgSessions.freeze(session);
    long item = jwgSessions.itemOf(session, reference).path("id").asLong();
    String withoutReasons = "{\"decisions\": [{\"itemId\": " + item + ", \"decision\": \"SEND_BACK\", "
        + "\"minutesRef\": \"JWG minutes, item 2\"%s}]}";

    // The API: none, blank or too long is 400 naming the field, and nothing is recorded.
    assertThat(jwgSessions.decisions(session, withoutReasons.formatted("")).assertProblem(400).errorFields())
        .containsExactly("decisions[0].reason");
    assertThat(jwgSessions.decisions(session, withoutReasons.formatted(", \"reason\": \"  \"")).assertProblem(400)
        .errorFields()).containsExactly("decisions[0].reason");
    assertThat(jwgSessions.decisions(session, withoutReasons.formatted(", \"reason\": \"" + "r".repeat(1001) + "\""))
        .assertProblem(400).errorFields()).containsExactly("decisions[0].reason");
    // The task (Tasklist's submit-form): the form's field is named.
    String task = recordDecisionTaskOf(session);
    ApiClient.Response submitted = api.send(post("/engine-rest/task/" + task + "/submit-form").as(jwg).body(
        "{\"variables\": {\"jwgItemDecision\": {\"value\": \"SEND_BACK\"}, \"minutesRef\": {\"value\": \"M-2\"}}}",
        "application/json"));
    assertThat(submitted.status()).as(submitted.describe()).isEqualTo(400);
    assertThat(submitted.errorFields()).containsExactly("decisionReason");
    assertThat(jwgSessions.itemOf(session, reference).path("decision").isNull()).isTrue();

    String reasons = "The Ministry of Finance asks for the water demand to be confirmed by WAPDA";
    ApiClient.Response decided = jwgSessions.decisions(session, withoutReasons.formatted(", \"reason\": \""
        + reasons + "\""));
    assertThat(decided.status()).as(decided.describe()).isEqualTo(200);
    assertThat(jwgSessions.itemOf(session, reference).path("decisionReason").asText()).isEqualTo(reasons);

    // The PMU reads them on "Revise proposal", as Tasklist loads the form.
    String revise = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference)
        .taskDefinitionKey("ReviseProposal").singleResult().getId();
    ApiClient.Response form = api.send(get("/engine-rest/task/" + revise + "/form-variables").as(pmu));
    assertThat(form.status()).as(form.describe()).isEqualTo(200);
    assertThat(form.json().path("committeeReason").path("value").asText()).isEqualTo(reasons);
    // The proposal's decisions and timeline give them with the session and the minutes.
    assertThat(lastDecision(proposal(reference), "JWG_REVIEW").path("reason").asText()).endsWith(": " + reasons)
        .contains("JWG minutes, item 2");
    assertThat(timeline(reference).stream().filter(e -> e.path("source").asText().equals("agenda")
        && e.path("outcome").asText().equals("SEND_BACK")).map(e -> e.path("detail").asText()))
        .singleElement().asString().contains(reasons);
  }

  /**
   * Issue 21, item 5: the "Prepare agenda" form loads the agenda as it is whenever it is opened, not
   * as it was when the task was created or claimed; its checklists offer the items on it and the
   * waiting proposals, and one completion takes several off and adds several, as Tasklist submits them.
   */
  @Test
  void thePrepareAgendaFormShowsTheAgendaAsItIsAndTakesSeveralChangesAtOnce() {
    String first = endorsed(1);
    String second = endorsed(1);
    org.sezflow.committee.SessionDriver drivers = new org.sezflow.committee.SessionDriver(engine);
    long session = drivers.scheduledWith(org.sezflow.committee.Committee.JCC, List.of(first, second));
    scheduled.add(session);
    String task = drivers.prepareAgendaTask(session).getId();
    assertThat(api.send(post("/engine-rest/task/" + task + "/claim").as(jcc)
        .body("{\"userId\": \"" + jcc.userId() + "\"}", "application/json")).status()).isEqualTo(204);

    // After the claim, a third proposal starts waiting and the second is withdrawn: the form shows both.
    String third = endorsed(1);
    driver.withdrawIfRunning(second);
    JsonNode form = formVariables(task);
    assertThat(form.path("agendaSummary").path("value").asText()).contains(first, third, "On the agenda (2)")
        .contains(second + " · ").contains("withdrawn by the sponsor");
    assertThat(options(form, "agendaItemOptions")).containsExactly(first, third);
    assertThat(form.path("agendaItemOptions").path("valueInfo").path("serializationDataFormat").asText())
        .isEqualTo("application/json");
    assertThat(options(form, "waitingProposalOptions")).doesNotContain(first, second, third);

    // The withdrawn proposal cannot be taken off again: 400 naming the entry, nothing changed.
    ApiClient.Response refused = submitForm(task, "\"removeProposalRefs\": " + checklist(second)
        + ", \"removeReason\": {\"value\": \"Not ready\"}");
    assertThat(refused.status()).as(refused.describe()).isEqualTo(400);
    assertThat(refused.errorFields()).containsExactly("removeProposalRefs[0]");
    assertThat(onAgenda(session)).containsExactlyInAnyOrder(first, third);

    // Both taken off in one completion, as Tasklist submits a checklist (a JSON list in an object value).
    ApiClient.Response removed = submitForm(task, "\"removeProposalRefs\": " + checklist(first, third)
        + ", \"removeReason\": {\"value\": \"The ministries asked for more time\"}, \"addProposalRefs\": "
        + checklist() + ", \"freezeAgenda\": {\"value\": false}");
    assertThat(removed.status()).as(removed.describe()).isEqualTo(204);
    assertThat(onAgenda(session)).isEmpty();
    String next = drivers.prepareAgendaTask(session).getId();
    assertThat(options(formVariables(next), "waitingProposalOptions")).contains(first, third);
    ApiClient.Response added = submitForm(next, "\"addProposalRefs\": " + checklist(third, first)
        + ", \"addReason\": {\"value\": \"The partners answered the ministries\"}");
    assertThat(added.status()).as(added.describe()).isEqualTo(204);
    assertThat(onAgenda(session)).containsExactlyInAnyOrder(first, third);
    assertThat(itemOf(session, first).path("addedReason").asText()).isEqualTo("The partners answered the ministries");
  }

  private JsonNode formVariables(String task) {
    ApiClient.Response response = api.send(get("/engine-rest/task/" + task + "/form-variables?deserializeValues=false")
        .as(jcc));
    assertThat(response.status()).as(response.describe()).isEqualTo(200);
    return response.json();
  }

  /** The option values of a checklist's options variable, as Tasklist reads them. */
  private static List<String> options(JsonNode form, String name) {
    try {
      JsonNode options = ApiClient.JSON.readTree(form.path(name).path("value").asText());
      return StreamSupport.stream(options.spliterator(), false).map(o -> o.path("value").asText()).toList();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A checklist's value as Tasklist submits it: its options variable's type, the list as JSON. */
  private static String checklist(String... references) {
    String list = java.util.Arrays.stream(references).map(r -> "\\\"" + r + "\\\"")
        .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
    return "{\"type\": \"Object\", \"value\": \"" + list + "\", \"valueInfo\": {\"objectTypeName\": "
        + "\"java.util.ArrayList\", \"serializationDataFormat\": \"application/json\"}}";
  }

  private ApiClient.Response submitForm(String task, String variables) {
    return api.send(post("/engine-rest/task/" + task + "/submit-form").as(jcc)
        .body("{\"variables\": {" + variables + "}}", "application/json"));
  }

  private String recordDecisionTaskOf(long session) {
    String instance = jdbc.sql("SELECT process_instance_id FROM sez_committee_session WHERE id = ?").param(session)
        .query(String.class).single();
    return engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey("RecordDecision")
        .singleResult().getId();
  }

  // --- helpers ---------------------------------------------------------------------------------

  /** A submitted proposal the JWG has endorsed: it waits for the JCC. */
  String endorsed(int acres) {
    ApiClient.Response response = api.send(post("/api/v1/proposals").as(portal).json(textilesJv(ZONE, acres)));
    assertThat(response.status()).as(response.describe()).isEqualTo(201);
    String reference = response.json().path("reference").asText();
    started.add(reference);
    driver.toJcc(reference);
    return reference;
  }

  /** A JCC session for today, scheduled by the secretariat's system; its id. */
  long schedule() {
    long id = sessions.schedule();
    scheduled.add(id);
    return id;
  }

  void keepOnly(long session, String... references) {
    sessions.keepOnly(session, references);
  }

  void freeze(long session) {
    sessions.freeze(session);
  }

  ApiClient.Response agenda(long session, String body) {
    return sessions.agenda(session, body);
  }

  ApiClient.Response decide(long session, Map<String, String> decisionByReference) {
    List<String> decisions = new ArrayList<>();
    decisionByReference.forEach((reference, decision) -> decisions.add(decisionJson(itemOf(session, reference)
        .path("id").asLong(), decision)));
    return decisions(session, "{\"decisions\": [" + String.join(", ", decisions) + "]}");
  }

  ApiClient.Response decisions(long session, String body) {
    return sessions.decisions(session, body);
  }

  String decisionJson(long itemId, String decision) {
    String reference = jdbc.sql("SELECT proposal_ref FROM sez_agenda_item WHERE id = ?").param(itemId)
        .query(String.class).optional().orElse("none");
    return "{\"itemId\": " + itemId + ", \"decision\": \"" + decision + "\", \"minutesRef\": \"" + minutes(reference)
        + "\", \"reason\": \"" + reasons(reference) + "\"}";
  }

  String decisionsJson(long itemId, String decision) {
    return "{\"decisions\": [" + decisionJson(itemId, decision) + "]}";
  }

  static String minutes(String reference) {
    return "JCC minutes, item on " + reference;
  }

  static String reasons(String reference) {
    return "The JCC's reasons on " + reference;
  }

  JsonNode session(long session) {
    return sessions.session(session);
  }

  List<String> onAgenda(long session) {
    return sessions.onAgenda(session);
  }

  JsonNode itemOf(long session, String reference) {
    return sessions.itemOf(session, reference);
  }

  long recordDecisionTasks(long session) {
    String instance = jdbc.sql("SELECT process_instance_id FROM sez_committee_session WHERE id = ?").param(session)
        .query(String.class).single();
    return engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey("RecordDecision")
        .count();
  }

  void withdraw(String reference) {
    ObjectNode body = withdrawal("The Chinese partner left the venture");
    ApiClient.Response response = api.send(post("/api/v1/proposals/" + reference + "/events/withdrawal").as(portal)
        .json(body));
    assertThat(response.status()).as(response.describe()).isEqualTo(200);
  }

  JsonNode proposal(String reference) {
    ApiClient.Response response = api.send(get("/api/v1/proposals/" + reference).as(portal));
    assertThat(response.status()).as(response.describe()).isEqualTo(200);
    return response.json();
  }

  List<JsonNode> timeline(String reference) {
    ApiClient.Response response = api.send(get("/api/v1/proposals/" + reference + "/timeline").as(portal));
    assertThat(response.status()).as(response.describe()).isEqualTo(200);
    return list(response.json());
  }

  static JsonNode lastDecision(JsonNode proposal, String step) {
    return list(proposal.path("decisions")).stream().filter(d -> d.path("step").asText().equals(step))
        .reduce((a, b) -> b).orElseThrow();
  }

  JsonNode zoneLand() {
    return api.send(get("/api/v1/zones/" + ZONE).as(portal)).json().path("land");
  }

  /** The zone's land now differs from before by these acres reserved and allocated, the free land by their sum. */
  void assertLand(JsonNode before, int reserved, int allocated) {
    JsonNode now = zoneLand();
    assertThat(now.path("reservedAcres").decimalValue()).as("reserved")
        .isEqualByComparingTo(before.path("reservedAcres").decimalValue().add(BigDecimal.valueOf(reserved)));
    assertThat(now.path("allocatedAcres").decimalValue()).as("allocated")
        .isEqualByComparingTo(before.path("allocatedAcres").decimalValue().add(BigDecimal.valueOf(allocated)));
    assertThat(now.path("freeAcres").decimalValue()).as("free").isEqualByComparingTo(
        before.path("freeAcres").decimalValue().subtract(BigDecimal.valueOf(reserved + allocated)));
  }

  List<String> zoneEvents(String reference) {
    return jdbc.sql("SELECT event_type FROM sez_zone_event WHERE proposal_ref = ? AND event_type LIKE 'LAND_%' "
        + "ORDER BY id").param(reference).query(String.class).list();
  }

  static List<JsonNode> list(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).toList();
  }
}
