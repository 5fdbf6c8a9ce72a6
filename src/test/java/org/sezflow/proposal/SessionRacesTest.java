package org.sezflow.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sezflow.proposal.ProposalRequests.textilesJv;
import static org.sezflow.variables.SessionVariables.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sezflow.HeldTransaction;
import org.sezflow.TestUsers;
import org.sezflow.committee.Committee;
import org.sezflow.committee.SessionDriver;
import org.sezflow.committee.SessionFixtures;
import org.sezflow.variables.ProcessVariables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The races of the committees' sessions that two nodes ran into (issue 21), each played exactly:
 * one change is written and held uncommitted, as on another node, while the other runs. Every
 * change to a committee's sessions, agendas and waits takes the committee's lock first, so the
 * second waits for the first and then sees it; before, each decided on what the other had not
 * committed, and a session jammed, a proposal missed its session or a client got a wrong 400.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionRacesTest {

  /** How long the second change is given to finish while the first is held (it waits, once ordered). */
  static final long MEANWHILE_MS = 800;

  @RegisterExtension
  final ApiFixture fixture = new ApiFixture("races");

  @Autowired
  ProcessEngine engine;

  @Autowired
  PlatformTransactionManager transactions;

  @Autowired
  JdbcClient jdbc;

  ApiClient api;
  ProcessDriver driver;
  SessionDriver sessions;
  TestUsers.Credentials portal;
  TestUsers.Credentials jcc;
  final List<String> references = fixture.proposals();
  final List<Long> sessionIds = Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void users() {
    api = fixture.api();
    portal = fixture.portal();
    jcc = fixture.jcc();
    driver = fixture.driver();
    sessions = new SessionDriver(engine);
  }

  @AfterEach
  void cleanUp() {
    SessionFixtures.end(engine, jdbc, sessionIds); // then the fixture withdraws the proposals
  }

  /** Issue 21, item 1: the freeze used to create a "Record decision" for the withdrawn proposal, and the session jammed. */
  @Test
  void aWithdrawalCommittingWhileTheAgendaFreezesLeavesTheSessionNothingToDecideOnIt() {
    String reference = submit();
    driver.toJwgSession(reference);
    long session = track(sessions.scheduledWith(Committee.JWG, List.of(reference)));
    Task prepare = sessions.prepareAgendaTask(session);

    HeldTransaction withdrawal = HeldTransaction.start(transactions, () -> withdraw(reference));
    CompletableFuture<Void> freeze = meanwhile(() -> {
      engine.getTaskService().complete(prepare.getId(), Map.of(FREEZE_AGENDA, true));
      return null;
    });
    settle(withdrawal, freeze);

    // The agenda froze empty and the session closed by itself: nothing waits for a decision on it.
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(sessions.instanceOf(session))
        .taskDefinitionKey("RecordDecision").count()).isZero();
    assertThat(status(session)).isEqualTo("CLOSED");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM sez_agenda_item WHERE session_id = ? AND withdrawn_at IS NOT NULL")
        .param(session).query(Long.class).single()).isEqualTo(1);
  }

  /** Issue 21, item 2: the next session, scheduled while a close deferred the proposal, used to miss it. */
  @Test
  void aProposalDeferredWhileTheNextSessionIsScheduledIsOnThatSessionsAgenda() {
    String reference = submit();
    driver.toJcc(reference);
    long first = track(sessions.frozenWith(Committee.JCC, reference));
    Task decision = sessions.recordDecisionTask(first, reference);

    HeldTransaction close = HeldTransaction.start(transactions, () -> engine.getTaskService().complete(
        decision.getId(), Map.of(JCC_ITEM_DECISION, "DEFER", MINUTES_REF, "Minutes, item 1", DECISION_REASON,
            "The partners' financing plan is awaited")));
    CompletableFuture<Long> next = meanwhile(() -> track(scheduleJccSession()));
    long second = settle(close, next);

    assertThat(status(first)).isEqualTo("CLOSED");
    assertThat(openItemSession(reference)).as("the session that has the deferred proposal").isEqualTo(second);
  }

  /** Issue 21, item 3: the second of two schedules at once used to fail with 400 "already has a session numbered". */
  @Test
  void twoSessionsScheduledAtOnceTakeConsecutiveNumbers() {
    AtomicLong firstId = new AtomicLong();
    HeldTransaction first = HeldTransaction.start(transactions, () -> firstId.set(track(scheduleJccSession())));
    CompletableFuture<Long> second = meanwhile(() -> track(scheduleJccSession()));
    long secondId = settle(first, second);

    assertThat(number(secondId)).isEqualTo(number(firstId.get()) + 1);
  }

  /** Issue 21, item 3: a decision request racing a withdrawal used to answer 500 "No open task has the id". */
  @Test
  void aDecisionRequestRacingAWithdrawalIsAConflictAndTheRestIsDecidedAfter() {
    String withdrawn = submit();
    String kept = submit();
    driver.toJcc(withdrawn);
    driver.toJcc(kept);
    long session = track(sessions.frozenWith(Committee.JCC, withdrawn, kept));
    long withdrawnItem = sessions.itemOf(session, withdrawn);
    long keptItem = sessions.itemOf(session, kept);

    HeldTransaction withdrawal = HeldTransaction.start(transactions, () -> withdraw(withdrawn));
    CompletableFuture<ApiClient.Response> decisions = meanwhile(() -> decide(session,
        decision(withdrawnItem, "APPROVE") + ", " + decision(keptItem, "APPROVE")));
    ApiClient.Response refused = settle(withdrawal, decisions);

    refused.assertFieldProblem(409, "itemId");
    assertThat(refused.json().path("detail").asText()).contains(withdrawn).contains("withdrawn");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM sez_agenda_item WHERE session_id = ? AND decision IS NOT NULL")
        .param(session).query(Long.class).single()).as("all or none: nothing decided").isZero();
    ApiClient.Response decided = decide(session, decision(keptItem, "APPROVE"));
    assertThat(decided.status()).as(decided.describe()).isEqualTo(200);
    assertThat(decided.json().path("session").path("status").asText()).isEqualTo("CLOSED");
  }

  /**
   * A withdrawal that waited for another node's withdrawal of the same proposal is told the
   * proposal's state, 409, once the first committed; the proposal closed once.
   */
  @Test
  void aWithdrawalThatLostARaceIsToldTheProposalIsWithdrawn() {
    String reference = submit();
    driver.toJwgSession(reference);

    HeldTransaction first = HeldTransaction.start(transactions, () -> withdraw(reference));
    CompletableFuture<ApiClient.Response> second = meanwhile(() -> api.send(ApiClient.post("/api/v1/proposals/"
        + reference + "/events/withdrawal").as(portal).json(ProposalRequests.withdrawal("Sent by the portal too"))));
    ApiClient.Response lost = settle(first, second);

    lost.assertProblem(409);
    assertThat(lost.json().path("detail").asText()).contains("WITHDRAWN");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM sez_proposal_decision WHERE proposal_ref = ? AND step = 'CLOSURE'")
        .param(reference).query(Long.class).single()).isEqualTo(1);
  }

  /** Issue 21, items 3 and 8: a key given twice, a date with a time, a committee that is none: 400 naming the field. */
  @Test
  void looseInputIsRefusedNamingTheField() {
    String reference = submit();
    driver.toJcc(reference);
    long session = track(sessions.frozenWith(Committee.JCC, reference));
    long item = sessions.itemOf(session, reference);

    decide(session, "{\"itemId\": " + item + ", \"decision\": \"APPROVE\", \"decision\": \"REJECT\", "
        + "\"minutesRef\": \"M\"}").assertFieldProblem(400, "decisions[0].decision");
    api.send(ApiClient.post("/api/v1/proposals/" + reference + "/events/withdrawal").as(portal)
        .body("{\"reason\": \"gone\", \"reason\": 42}", "application/json")).assertFieldProblem(400, "reason");
    assertThat(
        jdbc.sql("SELECT COUNT(*) FROM sez_agenda_item WHERE id = ? AND decision IS NULL AND open_key IS NOT NULL")
            .param(item).query(Long.class).single())
        .as("the item is as it was").isEqualTo(1);

    String today = org.sezflow.system.PakistanTime.today(java.time.Clock.systemUTC()).toString();
    long before = jdbc.sql("SELECT COUNT(*) FROM sez_committee_session").query(Long.class).single();
    api.send(ApiClient.post("/api/v1/committee-sessions").as(jcc).body("{\"committee\": \"JCC\", \"date\": \""
        + today + "T10:00:00Z\", \"venue\": \"Islamabad\", \"agendaCutOff\": \"" + today + "\"}",
        "application/json")).assertFieldProblem(400, "date");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM sez_committee_session").query(Long.class).single()).isEqualTo(before);

    for (String committee : List.of("", "JCC%00", "jcc", "JCC%20")) {
      api.send(ApiClient.get("/api/v1/committee-sessions?committee=" + committee).as(jcc))
          .assertFieldProblem(400, "committee");
      api.send(ApiClient.get("/api/v1/committee-sessions/waiting?committee=" + committee).as(jcc))
          .assertFieldProblem(400, "committee");
    }
    assertThat(api.send(ApiClient.get("/api/v1/committee-sessions?committee=JCC").as(jcc)).status()).isEqualTo(200);
  }

  // --- helpers ---------------------------------------------------------------------------------

  private String submit() {
    ApiClient.Response response = api.send(ApiClient.post("/api/v1/proposals").as(portal).json(textilesJv("AIIC", 1)));
    assertThat(response.status()).as(response.describe()).isEqualTo(201);
    references.add(response.text("reference"));
    return response.text("reference");
  }

  private void withdraw(String reference) {
    engine.getRuntimeService().createMessageCorrelation(ProcessVariables.MESSAGE_PROPOSAL_WITHDRAWN)
        .processInstanceBusinessKey(reference).setVariable(ProcessVariables.WITHDRAWAL_REASON, "The race's withdrawal")
        .correlate();
  }

  private long scheduleJccSession() {
    String instance = engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY,
        SessionFixtures.start(Committee.JCC, 0, 0)).getId();
    return SessionFixtures.sessionOf(engine, instance);
  }

  private ApiClient.Response decide(long session, String decisions) {
    return api.send(ApiClient.post("/api/v1/committee-sessions/" + session + "/decisions").as(jcc)
        .body("{\"decisions\": [" + decisions + "]}", "application/json"));
  }

  private static String decision(long item, String decision) {
    return "{\"itemId\": " + item + ", \"decision\": \"" + decision + "\", \"minutesRef\": \"Minutes, item " + item
        + "\"}";
  }

  private long track(long sessionId) {
    sessionIds.add(sessionId);
    return sessionId;
  }

  private String status(long session) {
    return jdbc.sql("SELECT status FROM sez_committee_session WHERE id = ?").param(session).query(String.class)
        .single();
  }

  private int number(long session) {
    return jdbc.sql("SELECT session_number FROM sez_committee_session WHERE id = ?").param(session)
        .query(Integer.class).single();
  }

  private Long openItemSession(String reference) {
    return jdbc.sql("SELECT session_id FROM sez_agenda_item WHERE proposal_ref = ? AND open_key IS NOT NULL")
        .param(reference).query(Long.class).optional().orElse(null);
  }

  private static <T> CompletableFuture<T> meanwhile(Supplier<T> work) {
    return CompletableFuture.supplyAsync(work);
  }

  /**
   * Gives the second change time to run while the first is held (ordered, it waits for the first's
   * lock), then commits the first and returns what the second came to.
   */
  private static <T> T settle(HeldTransaction first, CompletableFuture<T> second) {
    try {
      second.get(MEANWHILE_MS, TimeUnit.MILLISECONDS);
    } catch (TimeoutException waitsForTheFirst) {
      // As it should once ordered: it runs when the first commits.
    } catch (Exception failedWhileTheFirstWasHeld) {
      // Reported by join() below.
    }
    first.commit();
    return second.orTimeout(120, TimeUnit.SECONDS).join();
  }
}
