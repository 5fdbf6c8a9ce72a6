package org.sezflow.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sezflow.proposal.ProposalRequests.textilesJv;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sezflow.TestUsers;
import org.sezflow.committee.Committee;
import org.sezflow.committee.SessionDriver;
import org.sezflow.committee.SessionFixtures;
import org.sezflow.variables.SessionVariables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 21: the administrator's way out of a session that cannot close by itself, and the flag on
 * a session open past its date. The close, through the API or Tasklist's start form, hands over
 * what was decided, sends the undecided back to waiting, ends the session's process and records
 * who and why; no one but an administrator may do it. The health indicator and the metric flag the
 * session while it is open past its date.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionClosureTest {

  @RegisterExtension
  final ApiFixture fixture = new ApiFixture("closure");

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcClient jdbc;

  ApiClient api;
  ProcessDriver driver;
  SessionDriver sessions;
  TestUsers.Credentials portal;
  TestUsers.Credentials jcc;
  TestUsers.Credentials manager;
  TestUsers.Credentials admin;
  final List<String> references = fixture.proposals();
  final List<Long> sessionIds = new ArrayList<>();

  @BeforeEach
  void users() {
    api = fixture.api();
    portal = fixture.portal();
    jcc = fixture.jcc();
    manager = fixture.manager();
    admin = fixture.admin();
    driver = fixture.driver();
    sessions = new SessionDriver(engine);
  }

  @AfterEach
  void cleanUp() {
    SessionFixtures.end(engine, jdbc, sessionIds); // then the fixture withdraws the proposals
  }

  @Test
  void aStuckSessionIsFlaggedAndOnlyAnAdministratorClosesItHandingOverWhatWasDecided() {
    String approved = submit();
    String undecided = submit();
    driver.toJcc(approved);
    driver.toJcc(undecided);
    long session = sessions.frozenWith(Committee.JCC, approved, undecided);
    sessionIds.add(session);
    long approvedItem = sessions.itemOf(session, approved);
    decide(session, approvedItem);
    String sessionProcess = sessions.instanceOf(session);
    String reference = jdbc.sql("SELECT CONCAT(committee, '-', session_number) FROM sez_committee_session WHERE id = ?")
        .param(session).query(String.class).single();
    // The meeting was yesterday, and the session is still open: flagged in the health and the metrics.
    jdbc.sql("UPDATE sez_committee_session SET session_date = session_date - INTERVAL '1' DAY, "
        + "agenda_cut_off = agenda_cut_off - INTERVAL '1' DAY WHERE id = ?").param(session).update();
    JsonNode health = api.send(ApiClient.get("/actuator/health").as(manager)).json();
    assertThat(health.path("status").asText()).isEqualTo("OVERDUE");
    assertThat(health.path("components").path("committeeSessions").path("details").path("openPastTheirDate")
        .findValuesAsText("session")).contains(reference);
    assertThat(api.send(ApiClient.get("/actuator/health")).json().path("components").isMissingNode())
        .as("no details for anonymous callers").isTrue();
    assertThat(scrape()).containsPattern("sezflow_committee_sessions_past_date\\{committee=\"JCC\"[^}]*} [1-9]");

    // No one but an administrator; a reason is required; nothing changes on a refusal.
    for (TestUsers.Credentials refused : List.of(jcc, manager, portal)) {
      assertThat(close(session, "{\"reason\": \"Stuck\"}", refused).status()).as(refused.userId()).isEqualTo(403);
    }
    close(session, "{}", admin).assertFieldProblem(400, "reason");
    close(session, "{\"reason\": \"  \"}", admin).assertFieldProblem(400, "reason");
    assertThat(status(session)).isEqualTo("AGENDA_FROZEN");
    assertThat(api.send(ApiClient.post("/engine-rest/process-definition/key/" + SessionVariables.CLOSE_PROCESS_KEY
        + "/start").as(jcc).body("{\"variables\": {\"sessionReference\": {\"value\": \"" + reference + "\"}, "
            + "\"closeReason\": {\"value\": \"Stuck\"}}}", "application/json"))
        .status())
        .as("a secretariat does not even see the definition").isIn(403, 404);

    String reason = "The session's minutes were adopted on paper; item 2 is deferred to the next session";
    ApiClient.Response closed = close(session, "{\"reason\": \"" + reason + "\"}", admin);
    assertThat(closed.status()).as(closed.describe()).isEqualTo(200);
    JsonNode summary = closed.json().path("session");
    assertThat(summary.path("status").asText()).isEqualTo("CLOSED");
    assertThat(summary.path("closedBy").asText()).isEqualTo(admin.userId());
    assertThat(summary.path("closeReason").asText()).isEqualTo(reason);
    assertThat(jdbc.sql("SELECT closed_by FROM sez_committee_session WHERE id = ?").param(session).query(String.class)
        .single()).isEqualTo(admin.userId());
    assertThat(jdbc.sql("SELECT close_reason FROM sez_committee_session WHERE id = ?").param(session)
        .query(String.class).single()).isEqualTo(reason);
    // What was decided reached its proposal; the undecided waits for the next session, taken off with the reason.
    assertThat(driver.waitsAt(approved, "IssueAllotmentLetter") || driver.tasks(approved, "IssueAllotmentLetter")
        .size() == 1).isTrue();
    assertThat(jdbc.sql("SELECT removed_reason FROM sez_agenda_item WHERE session_id = ? AND proposal_ref = ?")
        .params(session, undecided).query(String.class).single()).contains("administrator").contains(reason);
    assertThat(driver.waitsAt(undecided, "JccSessionDecided")).isTrue();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM sez_committee_waiting WHERE proposal_ref = ? AND committee = 'JCC'")
        .param(undecided).query(Long.class).single()).isEqualTo(1);
    // The session's process ended with the reason; the close itself is an instance Cockpit shows.
    HistoricProcessInstance ended = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(sessionProcess).singleResult();
    assertThat(ended.getEndTime()).isNotNull();
    assertThat(ended.getDeleteReason()).contains(admin.userId()).contains(reason);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(SessionVariables.CLOSE_PROCESS_KEY).processInstanceBusinessKey(reference)
        .startedBy(admin.userId()).count()).isEqualTo(1);
    assertThat(api.send(ApiClient.get("/actuator/health").as(manager)).json().path("components")
        .path("committeeSessions").path("details").path("openPastTheirDate").findValuesAsText("session"))
        .doesNotContain(reference);

    close(session, "{\"reason\": \"Again\"}", admin).assertProblem(409);
  }

  @Test
  void anAdministratorClosesASessionFromTasklistsStartForm() {
    String waiting = submit();
    driver.toJcc(waiting);
    long session = sessions.scheduledWith(Committee.JCC, List.of(waiting));
    sessionIds.add(session);
    String reference = jdbc.sql("SELECT CONCAT(committee, '-', session_number) FROM sez_committee_session WHERE id = ?")
        .param(session).query(String.class).single();
    String start = "/engine-rest/process-definition/key/" + SessionVariables.CLOSE_PROCESS_KEY + "/submit-form";

    ApiClient.Response unknown = api.send(ApiClient.post(start).as(admin).body("{\"variables\": {\"sessionReference\": "
        + "{\"value\": \"JCC-9999\"}, \"closeReason\": {\"value\": \"Stuck\"}}}", "application/json"));
    assertThat(unknown.status()).as(unknown.describe()).isEqualTo(400);
    assertThat(unknown.errorFields()).containsExactly("sessionReference");
    ApiClient.Response submitted = api.send(ApiClient.post(start).as(admin).body("{\"variables\": "
        + "{\"sessionReference\": {\"value\": \"" + reference + "\"}, \"closeReason\": {\"value\": \"Scheduled by "
        + "mistake\"}}}", "application/json"));
    assertThat(submitted.status()).as(submitted.describe()).isEqualTo(200);

    assertThat(status(session)).isEqualTo("CLOSED");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM sez_agenda_item WHERE session_id = ? AND removed_at IS NOT NULL")
        .param(session).query(Long.class).single()).isEqualTo(1);
    assertThat(driver.waitsAt(waiting, "JccSessionDecided")).isTrue();
  }

  private void decide(long session, long item) {
    ApiClient.Response decided = api.send(ApiClient.post("/api/v1/committee-sessions/" + session + "/decisions")
        .as(jcc).body("{\"decisions\": [{\"itemId\": " + item + ", \"decision\": \"APPROVE\", \"minutesRef\": "
            + "\"Minutes, item 1\"}]}", "application/json"));
    assertThat(decided.status()).as(decided.describe()).isEqualTo(200);
  }

  private ApiClient.Response close(long session, String body, TestUsers.Credentials user) {
    return api.send(ApiClient.post("/api/v1/committee-sessions/" + session + "/close").as(user)
        .body(body, "application/json"));
  }

  private String status(long session) {
    return jdbc.sql("SELECT status FROM sez_committee_session WHERE id = ?").param(session).query(String.class)
        .single();
  }

  private String scrape() {
    ApiClient.Response response = api.send(ApiClient.get("/actuator/prometheus").as(manager));
    assertThat(response.status()).as(response.describe()).isEqualTo(200);
    return response.body();
  }

  private String submit() {
    ApiClient.Response response = api.send(ApiClient.post("/api/v1/proposals").as(portal).json(textilesJv("AIIC", 1)));
    assertThat(response.status()).as(response.describe()).isEqualTo(201);
    references.add(response.text("reference"));
    return response.text("reference");
  }
}
