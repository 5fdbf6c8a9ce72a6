package org.sezflow.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sezflow.proposal.ProposalRequests.textilesJv;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sezflow.HeldTransaction;
import org.sezflow.MutableClock;
import org.sezflow.TestUsers;
import org.sezflow.committee.Committee;
import org.sezflow.committee.SessionDriver;
import org.sezflow.enterprise.DefaultSteps;
import org.sezflow.enterprise.EnterpriseConflictException;
import org.sezflow.enterprise.EnterpriseEstablishment;
import org.sezflow.enterprise.FourEyesException;
import org.sezflow.enterprise.Milestone;
import org.sezflow.enterprise.ShowCauseNotice.CancellationConfirmation;
import org.sezflow.enterprise.ZoneEnterprises;
import org.sezflow.identity.Groups;
import org.sezflow.system.PakistanTime;
import org.sezflow.variables.EnterpriseVariables;
import org.sezflow.variables.ProcessVariables;
import org.sezflow.zone.LandAccountService;
import org.sezflow.zone.ZoneChangeCause;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.transaction.PlatformTransactionManager;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Issue 22: a zone enterprise after its allotment letter, through the enterprises' API and the SEZ
 * authority's tasks, on a clock the test moves (its own context, like ProposalClocksApiTest): the
 * way to operations and graduation with an extension and a returned report; a default restored; a
 * default cancelled by a second official, whose plot and its number go to the zone's next allocation.
 * Timers are run by the test when the clock has passed them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"camunda.bpm.process-engine-name=enterprises", "camunda.bpm.webapp.enabled=false"})
@DirtiesContext
class ZoneEnterpriseApiTest {

  static final String ZONE = "RSEZ";
  /** Camunda's REST API for this context's engine, which has a name of its own. */
  static final String ENGINE_REST = "/engine-rest/engine/enterprises";
  static final MutableClock CLOCK = new MutableClock(Instant.now());

  @TestBean
  Clock clock;

  static Clock clock() {
    return CLOCK;
  }

  @RegisterExtension
  final ApiFixture fixture = new ApiFixture("ent");

  @Autowired
  IdentityService identityService;

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  PlatformTransactionManager transactions;

  @Autowired
  DefaultSteps defaults;

  @Autowired
  EnterpriseEstablishment establishment;

  @Autowired
  ZoneEnterprises enterprises;

  @Autowired
  LandAccountService landAccounts;

  ApiClient api;
  ProcessDriver driver;
  SessionDriver sessions;
  TestUsers.Credentials portal;
  TestUsers.Credentials pmu;
  TestUsers.Credentials officer;
  TestUsers.Credentials secondOfficer;
  final List<String> references = fixture.proposals();

  @BeforeEach
  void users() {
    CLOCK.set(Instant.now());
    api = fixture.api();
    portal = fixture.portal();
    pmu = fixture.pmu();
    officer = fixture.user("officer", Groups.SEZ_AUTHORITY);
    secondOfficer = fixture.user("officer-2", Groups.SEZ_AUTHORITY);
    driver = fixture.driver();
    sessions = new SessionDriver(engine);
  }

  @AfterEach
  void cleanUp() {
    // The fixture withdraws the proposals after this; the enterprises' processes end here.
    for (String reference : references) {
      engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(EnterpriseVariables.PROCESS_KEY)
          .processInstanceBusinessKey(reference).list()
          .forEach(pi -> engine.getRuntimeService().deleteProcessInstance(pi.getId(), "Clean-up after the test"));
    }
  }

  @Test
  void fromAllotmentToOperationsAndGraduationWithAnExtensionAndAReturnedReport() {
    String ref = allot();
    JsonNode enterprise = enterprise(ref);
    assertThat(enterprise.path("status").asText()).isEqualTo("ON_TRACK");
    LocalDate allotted = today();
    assertThat(dueOn(enterprise, 0)).isEqualTo(allotted.plusMonths(3));
    assertThat(dueOn(enterprise, 1)).isEqualTo(allotted.plusMonths(6));
    assertThat(dueOn(enterprise, 2)).isEqualTo(allotted.plusMonths(24));
    assertThat(texts(enterprise.path("waitsFor"))).contains("MILESTONE_REPORTED", "EXTENSION_REQUESTED");
    assertThat(enterprise.path("clocks").path("daysWithAuthority").asLong()).isZero();
    assertThat(enterprise.path("clocks").path("waitingFor").isNull()).isTrue();
    // Established once: the record, the process and the timeline's first line.
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(EnterpriseVariables.PROCESS_KEY).processInstanceBusinessKey(ref).count()).isEqualTo(1);

    // An extension, granted by the SEZ authority with its reasons.
    LocalDate asked = allotted.plusMonths(5);
    ok(post(ref, "extension-requests", body("milestone", "SUB_LEASE", "requestedDueOn", asked.toString(), "reason",
        "The developer's title deed is pending"), null));
    advanceTo(today().plusDays(3));
    assertThat(enterprise(ref).path("clocks").path("waitingFor").asText()).isEqualTo("SEZ_AUTHORITY");
    complete(officer, task(ref, "DecideExtension"), Map.of("extensionDecision", "GRANT",
        "extensionDecisionReason", "The delay is the developer's"));
    VariablesAgainstRecord.checkEnterprise(engine, enterprises, ref);
    assertThat(engine.getFormService().getTaskFormVariables(task(ref, "RecordMilestone").getId())
        .get(EnterpriseVariables.MILESTONE_LABEL)).as("the milestone's name, from the record")
        .isEqualTo(Milestone.SUB_LEASE.label());
    enterprise = enterprise(ref);
    assertThat(enterprise.path("clocks").path("daysWithAuthority").asLong()).isEqualTo(3);
    assertThat(dueOn(enterprise, 0)).isEqualTo(asked);
    assertThat(enterprise.path("milestones").get(0).path("extensions").asInt()).isEqualTo(1);
    assertThat(enterprise.path("extensions").get(0).path("decidedBy").asText()).isEqualTo(officer.userId());

    // The sub-lease reported over REST, idempotently, then verified.
    ObjectNode report = body("milestone", "SUB_LEASE", "reachedOn", today().toString(), "evidenceRef",
        "RSEZ/SL/2027/041", "note", "Registered");
    ApiClient.Response first = post(ref, "milestone-reports", report, "sub-lease-1");
    assertThat(first.status()).as(first.describe()).isEqualTo(200);
    assertThat(first.header("Idempotent-Replayed")).isEqualTo("false");
    ApiClient.Response again = post(ref, "milestone-reports", report, "sub-lease-1");
    assertThat(again.status()).as(again.describe()).isEqualTo(200);
    assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    post(ref, "milestone-reports", body("milestone", "SUB_LEASE", "reachedOn", today().toString(), "evidenceRef",
        "OTHER"), "sub-lease-1").assertFieldProblem(409, "Idempotency-Key");
    complete(officer, task(ref, "VerifyMilestone"), Map.of("verification", "VERIFY"));

    // Construction start recorded by the SEZ authority in Tasklist; returned once with reasons.
    complete(officer, task(ref, "RecordMilestone"), Map.of("reachedOn", today().toString(), "evidenceRef",
        "Site visit 12"));
    assertThatThrownBy(() -> complete(officer, task(ref, "VerifyMilestone"), Map.of("verification", "RETURN")))
        .hasMessageContaining("verificationReason");
    complete(officer, task(ref, "VerifyMilestone"), Map.of("verification", "RETURN", "verificationReason",
        "The photos show no foundations"));
    assertThat(enterprise(ref).path("milestones").get(1).path("status").asText()).isEqualTo("PENDING");
    ok(post(ref, "milestone-reports", body("milestone", "CONSTRUCTION_START", "reachedOn", today().toString(),
        "evidenceRef", "Inspection 2027/7"), null));
    complete(officer, task(ref, "VerifyMilestone"), Map.of("verification", "VERIFY"));

    // Commercial operations: operating, monitored five years, then graduated.
    ok(post(ref, "milestone-reports", body("milestone", "COMMERCIAL_OPERATIONS", "reachedOn", today().toString(),
        "evidenceRef", "Commissioning certificate 88"), null));
    complete(officer, task(ref, "VerifyMilestone"), Map.of("verification", "VERIFY"));
    enterprise = enterprise(ref);
    assertThat(enterprise.path("status").asText()).isEqualTo("OPERATING");
    assertThat(enterprise.path("monitoringEndsOn").asText()).isEqualTo(today().plusYears(5).toString());
    advanceTo(today().plusYears(5));
    runTimer(ref, "MonitoredYearsOver");
    assertThat(enterprise(ref).path("status").asText()).isEqualTo("GRADUATED");
    assertThat(running(ref)).isZero();
    assertThat(pipelineMoves(ref)).containsSubsequence("ALLOCATION -> ZONE_ENTERPRISE",
        "ZONE_ENTERPRISE -> ENTERPRISE_OPERATING", "ENTERPRISE_OPERATING -> ENTERPRISE_GRADUATED");
    assertThat(types(ref)).containsSubsequence("ESTABLISHED", "EXTENSION_REQUESTED", "EXTENSION_GRANTED",
        "MILESTONE_REPORTED", "MILESTONE_VERIFIED", "MILESTONE_RETURNED", "OPERATING", "GRADUATED");
    VariablesAgainstRecord.checkEnterprise(engine, enterprises, ref);
  }

  @Test
  void aDefaultIsRestoredThenCancelledByASecondOfficialAndThePlotGoesToTheNextProposal() {
    String ref = allot();
    JsonNode enterprise = enterprise(ref);
    String plot = jdbc.sql("SELECT plot_number FROM sez_land_holding WHERE proposal_ref = ?").param(ref)
        .query(String.class).single();
    // Nothing reported by the deadline: default, show-cause notice, answered in time.
    advanceTo(dueOn(enterprise, 0).plusDays(1));
    runTimer(ref, "MilestoneDeadlinePassed");
    enterprise = enterprise(ref);
    assertThat(enterprise.path("status").asText()).isEqualTo("IN_DEFAULT");
    assertThat(enterprise.path("notices").get(0).path("replyDueOn").asText())
        .isEqualTo(today().plusDays(30).toString());
    post(ref, "milestone-reports", body("milestone", "SUB_LEASE", "reachedOn", today().toString(), "evidenceRef",
        "Late"), null).assertProblem(409);
    ok(post(ref, "show-cause-answers", body("answer", "The developer's title deed was pending"), null));
    post(ref, "show-cause-answers", body("answer", "Again"), null).assertProblem(409);
    // Restored, which needs the new date.
    assertThatThrownBy(() -> complete(officer, task(ref, "DecideOnDefault"), Map.of("defaultDecision", "RESTORE",
        "defaultDecisionReason", "Cause shown"))).hasMessageContaining("restoredDueOn");
    LocalDate restored = today().plusMonths(2);
    complete(officer, task(ref, "DecideOnDefault"), Map.of("defaultDecision", "RESTORE", "defaultDecisionReason",
        "Cause shown", "restoredDueOn", restored.toString()));
    enterprise = enterprise(ref);
    assertThat(enterprise.path("status").asText()).isEqualTo("ON_TRACK");
    assertThat(dueOn(enterprise, 0)).isEqualTo(restored);

    // Missed again, no answer in the window: the cancellation, proposed by one official, confirmed by another.
    advanceTo(restored.plusDays(1));
    runTimer(ref, "MilestoneDeadlinePassed");
    advanceTo(today().plusDays(31));
    runTimer(ref, "ReplyWindowClosed");
    complete(officer, task(ref, "DecideOnDefault"), Map.of("defaultDecision", "PROPOSE_CANCELLATION",
        "defaultDecisionReason", "No reply, no sub-lease after two deadlines"));
    assertThatThrownBy(() -> complete(officer, task(ref, "ConfirmCancellation"), Map.of("cancellationDecision",
        "CONFIRM", "cancellationDecisionReason", "Mine"))).isInstanceOf(FourEyesException.class);
    complete(secondOfficer, task(ref, "ConfirmCancellation"), Map.of("cancellationDecision", "REFUSE",
        "cancellationDecisionReason", "Ask the developer first"));
    assertThat(enterprise(ref).path("status").asText()).isEqualTo("IN_DEFAULT");
    complete(officer, task(ref, "DecideOnDefault"), Map.of("defaultDecision", "PROPOSE_CANCELLATION",
        "defaultDecisionReason", "The developer confirms no contact"));
    Map<String, Object> before = land();
    complete(secondOfficer, task(ref, "ConfirmCancellation"), Map.of("cancellationDecision", "CONFIRM",
        "cancellationDecisionReason", "Two deadlines missed"));
    assertThat(enterprise(ref).path("status").asText()).isEqualTo("CANCELLED");
    assertThat(running(ref)).isZero();
    Map<String, Object> after = land();
    assertThat(new BigDecimal(after.get("allocated_acres").toString()))
        .isEqualByComparingTo(new BigDecimal(before.get("allocated_acres").toString())
            .subtract(BigDecimal.valueOf(10)));
    assertThat(jdbc.sql("SELECT status FROM sez_land_holding WHERE proposal_ref = ?").param(ref).query(String.class)
        .single()).isEqualTo("RELEASED");
    assertThat(pipelineMoves(ref)).endsWith("ZONE_ENTERPRISE -> ENTERPRISE_CANCELLED");
    assertThat(types(ref)).containsSubsequence("DEFAULT", "SHOW_CAUSE_ANSWERED", "RESTORED", "DEFAULT",
        "CANCELLATION_PROPOSED", "CANCELLATION_REFUSED", "CANCELLATION_PROPOSED", "CANCELLED");
    VariablesAgainstRecord.checkEnterprise(engine, enterprises, ref);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM sez_zone_event WHERE proposal_ref = ? AND event_type = 'LAND_RETURNED'")
        .param(ref).query(Long.class).single()).isEqualTo(1);

    // The freed plot number goes to the zone's next allocation (the driver dates its steps today).
    CLOCK.set(Instant.now());
    String next = allot();
    assertThat(jdbc.sql("SELECT plot_number FROM sez_land_holding WHERE proposal_ref = ?").param(next)
        .query(String.class).single()).isEqualTo(plot);
  }

  @Test
  void aLateReportIsRemindedQueriedAndAcceptedAndAMissingOneIsChasedUntilItComes() {
    String ref = allot();
    JsonNode report = enterprise(ref).path("reports").get(0);
    String period = report.path("period").asText();
    LocalDate dueOn = LocalDate.parse(report.path("dueOn").asText());
    assertThat(report.path("status").asText()).isEqualTo("DUE");
    assertThat(texts(enterprise(ref).path("waitsFor"))).contains("PROGRESS_REPORT_SUBMITTED");
    if (today().isBefore(dueOn)) {
      post(ref, "progress-reports", figures(period, "0", 0), null).assertFieldProblem(409, "period");
    }
    // Late: reminded 15 days after the quarter, then sent, queried, answered and accepted.
    advanceTo(dueOn.plusDays(16));
    runTimer(ref, "ReminderDue");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM sez_notification WHERE proposal_ref = ? AND subject LIKE ?")
        .params(ref, "Progress report " + period + "%").query(Long.class).single()).isEqualTo(1);
    post(ref, "progress-reports", figures(period, "-1", 101), null).assertFieldProblem(400, "investmentUsd",
        "constructionPct");
    post(ref, "progress-reports", figures("1999-Q1", "1", 1), null).assertFieldProblem(409, "period");
    ok(post(ref, "progress-reports", figures(period, "2500000.50", 20), "q-" + period));
    assertThatThrownBy(() -> complete(officer, task(ref, "ReviewProgressReport"), Map.of("reportReview", "QUERY")))
        .hasMessageContaining("reportQuestion");
    complete(officer, task(ref, "ReviewProgressReport"), Map.of("reportReview", "QUERY", "reportQuestion",
        "Why no exports yet?"));
    ok(post(ref, "report-query-answers", body("answer", "The line starts in May"), null));
    complete(officer, task(ref, "ReviewProgressReport"), Map.of("reportReview", "ACCEPT"));
    JsonNode reports = enterprise(ref).path("reports");
    assertThat(reports.get(0).path("status").asText()).isEqualTo("ACCEPTED");
    assertThat(reports.get(0).path("investmentUsd").decimalValue()).isEqualByComparingTo("2500000.50");
    assertThat(reports.get(0).path("answer").asText()).isEqualTo("The line starts in May");
    String next = reports.get(1).path("period").asText();
    LocalDate nextDue = LocalDate.parse(reports.get(1).path("dueOn").asText());

    // Missing: reminded, escalated to the SEZ authority, chased; the report closes the chase when it comes.
    advanceTo(nextDue.plusDays(31));
    runTimer(ref, "ReminderDue");
    runTimer(ref, "EscalationDue");
    complete(officer, task(ref, "ChaseProgressReport"), Map.of("reportChaseNote", "Called the plant manager"));
    ok(post(ref, "progress-reports", figures(next, "3000000", 35), null));
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(ref)
        .taskDefinitionKey("ChaseProgressReport").count()).isZero();
    task(ref, "ReviewProgressReport");
    VariablesAgainstRecord.checkEnterprise(engine, enterprises, ref);
    assertThat(types(ref)).containsSubsequence("REPORT_REMINDED", "REPORT_SUBMITTED_LATE", "REPORT_QUERIED",
        "REPORT_QUERY_ANSWERED", "REPORT_ACCEPTED", "REPORT_REMINDED", "REPORT_ESCALATED", "REPORT_CHASED",
        "REPORT_SUBMITTED_LATE");
  }

  @Test
  void theEvaluationCountsEachEnterpriseByStandingWithItsFiguresForManagersOnly() {
    TestUsers.Credentials manager = TestUsers.ensure(identityService, "ent-manager", Groups.SEZ_MANAGERS);
    JsonNode before = zoneGroup(evaluation(manager));
    String onTrack = allot();
    String late = allot();
    ok(post(late, "extension-requests", body("milestone", "SUB_LEASE", "requestedDueOn",
        today().plusMonths(4).toString(), "reason", "Title deed pending"), null));
    complete(officer, task(late, "DecideExtension"), Map.of("extensionDecision", "GRANT",
        "extensionDecisionReason", "The developer's delay"));
    String inDefault = allot();
    String operating = allot();
    for (String milestone : List.of("SUB_LEASE", "CONSTRUCTION_START", "COMMERCIAL_OPERATIONS")) {
      ok(post(operating, "milestone-reports", body("milestone", milestone, "reachedOn", today().toString(),
          "evidenceRef", "E-" + milestone), null));
      complete(officer, task(operating, "VerifyMilestone"), Map.of("verification", "VERIFY"));
    }
    JsonNode due = enterprise(operating).path("reports").get(0);
    advanceTo(LocalDate.parse(due.path("dueOn").asText()));
    ok(post(operating, "progress-reports", figures(due.path("period").asText(), "5000000", 100), null));
    complete(officer, task(operating, "ReviewProgressReport"), Map.of("reportReview", "ACCEPT"));
    advanceTo(dueOn(enterprise(inDefault), 0).plusDays(1));
    runTimer(inDefault, "MilestoneDeadlinePassed");

    JsonNode evaluation = evaluation(manager);
    JsonNode after = zoneGroup(evaluation);
    assertThat(after.path("enterprises").asLong() - before.path("enterprises").asLong()).isEqualTo(4);
    for (String standing : List.of("ON_TRACK", "LATE", "IN_DEFAULT", "OPERATING")) {
      assertThat(after.path("standing").path(standing).asLong() - before.path("standing").path(standing).asLong())
          .as(standing).isEqualTo(1);
    }
    BigDecimal committed = new BigDecimal(textilesJv(ZONE, 10).path("investmentUsd").asText());
    assertThat(after.path("committedInvestmentUsd").decimalValue()
        .subtract(before.path("committedInvestmentUsd").decimalValue()))
        .isEqualByComparingTo(committed.multiply(BigDecimal.valueOf(4)));
    assertThat(after.path("realisedInvestmentUsd").decimalValue()
        .subtract(before.path("realisedInvestmentUsd").decimalValue())).isEqualByComparingTo("5000000");
    assertThat(after.path("jobsPakistani").asLong() - before.path("jobsPakistani").asLong()).isEqualTo(140);
    assertThat(after.path("jobsForeign").asLong() - before.path("jobsForeign").asLong()).isEqualTo(12);
    assertThat(after.path("reachedOperations").asLong() - before.path("reachedOperations").asLong()).isEqualTo(1);
    assertThat(evaluation.path("byPartnerCountry").findValuesAsText("key")).contains("PK", "CN");
    assertThat(onTrack).isNotEqualTo(late);
    // The same figures as Prometheus series, and for managers only.
    String scrape = api.send(ApiClient.get("/actuator/prometheus").as(manager)).body();
    assertThat(scrape).contains("sezflow_enterprises{standing=\"OPERATING\",zone=\"" + ZONE + "\"}");
    api.send(ApiClient.get("/api/v1/overview/enterprises").as(portal)).assertProblem(403);
    api.send(ApiClient.get("/api/v1/overview/enterprises").as(officer)).assertProblem(403);
  }

  @Test
  void aThirdExtensionIsDecidedAtAJccSessionDeferredOnceThenApproved() {
    String ref = allot();
    LocalDate due = dueOn(enterprise(ref), 0);
    for (int n = 1; n <= 2; n++) {
      due = due.plusMonths(1);
      ok(post(ref, "extension-requests", body("milestone", "SUB_LEASE", "requestedDueOn", due.toString(), "reason",
          "Delay " + n), null));
      complete(officer, task(ref, "DecideExtension"), Map.of("extensionDecision", "GRANT",
          "extensionDecisionReason", "Granted " + n));
    }
    LocalDate third = due.plusMonths(6);
    ok(post(ref, "extension-requests", body("milestone", "SUB_LEASE", "requestedDueOn", third.toString(), "reason",
        "The grid connection slipped a third time"), null));
    JsonNode enterprise = enterprise(ref);
    assertThat(enterprise.path("extensions").get(2).path("status").asText()).isEqualTo("AT_JCC");
    assertThat(texts(enterprise.path("waitsFor"))).as("no milestone report until the JCC decides")
        .doesNotContain("MILESTONE_REPORTED", "EXTENSION_REQUESTED");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(ref)
        .taskDefinitionKey("DecideExtension").count()).isZero();

    // The JCC's session defers it, with its reasons; its next session approves it.
    long deferring = sessions.frozenWith(Committee.JCC, ref);
    Task decision = sessions.recordDecisionTask(deferring, ref);
    assertThat(String.valueOf(engine.getFormService().getTaskFormVariables(decision.getId()).get("agendaMatter")))
        .contains("further extension", "SUB_LEASE", third.toString());
    sessions.record(deferring, Committee.JCC, Map.of(ref, "DEFER"));
    assertThat(enterprise(ref).path("extensions").get(2).path("status").asText()).isEqualTo("AT_JCC");
    sessions.decide(Committee.JCC, ref, "APPROVE");
    enterprise = enterprise(ref);
    assertThat(enterprise.path("extensions").get(2).path("status").asText()).isEqualTo("GRANTED");
    assertThat(enterprise.path("extensions").get(2).path("decidedBy").asText()).contains("JCC");
    assertThat(dueOn(enterprise, 0)).isEqualTo(third);
    assertThat(enterprise.path("milestones").get(0).path("extensions").asInt()).isEqualTo(3);
    assertThat(texts(enterprise.path("waitsFor"))).contains("MILESTONE_REPORTED");
    assertThat(types(ref)).containsSubsequence("EXTENSION_GRANTED", "EXTENSION_GRANTED", "EXTENSION_REQUESTED",
        "EXTENSION_DEFERRED", "EXTENSION_GRANTED");
    VariablesAgainstRecord.checkEnterprise(engine, enterprises, ref);
  }

  @Test
  void noRoleSkipsTheShowCauseConfirmsItsOwnCancellationMovesADeadlineOrUncancels() {
    TestUsers.Credentials jcc = TestUsers.ensure(identityService, "ent-jcc", Groups.JCC_SECRETARIAT);
    TestUsers.Credentials manager = TestUsers.ensure(identityService, "ent-doors-manager", Groups.SEZ_MANAGERS);
    String ref = allot();
    String pi = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(EnterpriseVariables.PROCESS_KEY).processInstanceBusinessKey(ref).singleResult().getId();
    // In default, its reply window open: nobody may decide on it yet, nor skip to a cancellation.
    advanceTo(dueOn(enterprise(ref), 0).plusDays(1));
    runTimer(ref, "MilestoneDeadlinePassed");
    JsonNode inDefault = enterprise(ref);
    List<String> timeline = types(ref);
    for (TestUsers.Credentials who : List.of(officer, secondOfficer, pmu, jcc, manager, portal)) {
      refused(who, "POST", ENGINE_REST + "/process-instance/" + pi + "/modification",
          "{\"instructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \"ConfirmCancellation\"}]}");
      refused(who, "PUT", ENGINE_REST + "/process-instance/" + pi + "/variables/restoredDueOn",
          "{\"value\": \"2030-01-01\"}");
      refused(who, "POST", ENGINE_REST + "/message", "{\"messageName\": \"ShowCauseAnswered\", \"businessKey\": \""
          + ref + "\", \"processVariables\": {\"showCauseAnswer\": {\"value\": \"forged\"}}}");
      refused(who, "POST", ENGINE_REST + "/job/" + timerJob(pi, "ReplyWindowClosed") + "/execute", "");
      refused(who, "DELETE", ENGINE_REST + "/process-instance/" + pi, null);
      refused(who, "POST", ENGINE_REST + "/process-definition/key/" + EnterpriseVariables.PROCESS_KEY + "/start",
          "{\"businessKey\": \"" + ref + "-2\"}");
    }
    for (TestUsers.Credentials who : List.of(pmu, jcc, manager, portal)) {
      refused(who, "POST", ENGINE_REST + "/task/" + task(ref, "RecordShowCauseReply").getId() + "/complete",
          "{\"variables\": {\"showCauseAnswer\": {\"value\": \"forged\"}}}");
    }
    assertThat(enterprise(ref)).isEqualTo(inDefault);
    assertThat(types(ref)).isEqualTo(timeline);

    // The proposer of a cancellation cannot confirm it through Camunda's REST API either.
    advanceTo(today().plusDays(31));
    runTimer(ref, "ReplyWindowClosed");
    complete(officer, task(ref, "DecideOnDefault"), Map.of("defaultDecision", "PROPOSE_CANCELLATION",
        "defaultDecisionReason", "No reply"));
    String confirm = task(ref, "ConfirmCancellation").getId();
    ApiClient.Response own = api.send(ApiClient.post(ENGINE_REST + "/task/" + confirm + "/complete").as(officer)
        .json(JsonNodeFactory.instance.objectNode().set("variables", JsonNodeFactory.instance.objectNode()
            .<ObjectNode>set("cancellationDecision", JsonNodeFactory.instance.objectNode().put("value", "CONFIRM"))
            .set("cancellationDecisionReason", JsonNodeFactory.instance.objectNode().put("value", "Mine")))));
    assertThat(own.status()).as(own.describe()).isEqualTo(403);
    assertThat(own.body()).contains("cancellationDecision");
    assertThat(enterprise(ref).path("status").asText()).isEqualTo("CANCELLATION_PROPOSED");
    complete(secondOfficer, task(ref, "ConfirmCancellation"), Map.of("cancellationDecision", "CONFIRM",
        "cancellationDecisionReason", "Confirmed"));
    // Cancelled for good: no role starts its monitoring again.
    for (TestUsers.Credentials who : List.of(officer, pmu, portal)) {
      refused(who, "POST", ENGINE_REST + "/process-definition/key/" + EnterpriseVariables.PROCESS_KEY + "/start",
          "{\"businessKey\": \"" + ref + "\"}");
    }
    assertThat(enterprise(ref).path("status").asText()).isEqualTo("CANCELLED");
  }

  /**
   * An enterprise whose process began before its inputs entered transient still stores what the
   * older code left in it (the last verification, the milestone's name): its steps go on, a stored
   * name is updated in place, and the forms show the record, not the leftover.
   */
  @Test
  void anEnterpriseStartedBeforeItsInputsEnteredTransientGoesOn() {
    String ref = allot();
    String instance = enterprises.get(ref).processInstanceId();
    engine.getRuntimeService().setVariables(instance, Map.of(EnterpriseVariables.VERIFICATION, "RETURN",
        EnterpriseVariables.MILESTONE_LABEL, "Left by the older code"));
    ok(post(ref, "milestone-reports", body("milestone", "SUB_LEASE", "reachedOn", today().toString(), "evidenceRef",
        "RSEZ/SL/2027/099"), null));
    Task verify = task(ref, "VerifyMilestone");
    assertThat(engine.getFormService().getTaskFormVariables(verify.getId()).get(EnterpriseVariables.MILESTONE_LABEL))
        .isEqualTo(Milestone.SUB_LEASE.label());
    complete(officer, verify, Map.of("verification", "VERIFY"));
    assertThat(enterprise(ref).path("milestones").get(0).path("status").asText()).isEqualTo("VERIFIED");
    assertThat(engine.getRuntimeService().getVariable(instance, EnterpriseVariables.VERIFICATION))
        .as("stored before, updated in place").isEqualTo("VERIFY");
    assertThat(engine.getRuntimeService().getVariable(instance, EnterpriseVariables.REACHED_ON))
        .as("entered transient: the record keeps it").isNull();
  }

  @Test
  void badRequestsAreNamedAndChangeNothing() {
    String ref = allot();
    JsonNode before = enterprise(ref);
    post(ref, "milestone-reports", body("milestone", "ROOF", "reachedOn", "2027-02-30"), null)
        .assertFieldProblem(400, "milestone", "reachedOn", "evidenceRef");
    post(ref, "milestone-reports", body("milestone", "SUB_LEASE", "reachedOn", today().plusDays(1).toString(),
        "evidenceRef", "X"), null).assertFieldProblem(400, "reachedOn");
    post(ref, "milestone-reports", body("milestone", "COMMERCIAL_OPERATIONS", "reachedOn", today().toString(),
        "evidenceRef", "X"), null).assertFieldProblem(409, "milestone");
    post(ref, "extension-requests", body("milestone", "SUB_LEASE", "requestedDueOn",
        today().plusMonths(20).toString(), "reason", "Long"), null).assertFieldProblem(400, "requestedDueOn");
    post(ref, "show-cause-answers", body("answer", "Nothing was asked"), null).assertProblem(409);
    post("JV-1999-000001", "milestone-reports", body("milestone", "SUB_LEASE", "reachedOn", today().toString(),
        "evidenceRef", "X"), null).assertProblem(404);
    api.send(ApiClient.post("/api/v1/enterprises/" + ref + "/milestone-reports").as(pmu).json(body("milestone",
        "SUB_LEASE", "reachedOn", today().toString(), "evidenceRef", "X"))).assertProblem(403);
    api.send(ApiClient.get("/api/v1/enterprises?status=LOST").as(pmu)).assertFieldProblem(400, "status");
    assertThat(enterprise(ref)).isEqualTo(before);
    assertThat(types(ref)).containsExactly("ESTABLISHED");
  }

  @Test
  void twoConfirmationsOfOneCancellationReturnTheLandOnceAndAReservationNeedingItWaitsForIt() throws Exception {
    String ref = allot();
    JsonNode enterprise = enterprise(ref);
    advanceTo(dueOn(enterprise, 0).plusDays(1));
    runTimer(ref, "MilestoneDeadlinePassed");
    advanceTo(today().plusDays(31));
    runTimer(ref, "ReplyWindowClosed");
    complete(officer, task(ref, "DecideOnDefault"), Map.of("defaultDecision", "PROPOSE_CANCELLATION",
        "defaultDecisionReason", "No sub-lease, no reply"));
    Map<String, Object> before = land();
    BigDecimal free = new BigDecimal(jdbc.sql(
        "SELECT leasable_acres - reserved_acres - allocated_acres FROM sez_zone WHERE code = ?").param(ZONE)
        .query(String.class).single());
    String needsTheReturnedAcres = "RACE-" + ref;
    ZoneChangeCause cause = new ZoneChangeCause(needsTheReturnedAcres, null,
        "Race test", "test");
    // One confirmation holds its transaction open: the enterprise, then the zone, locked.
    try (HeldTransaction first = HeldTransaction.start(transactions,
        () -> defaults.confirm(ref, CancellationConfirmation.CONFIRM,
            "First", secondOfficer.userId()))) {
      CompletableFuture<Object> second = CompletableFuture.supplyAsync(
          () -> defaults.confirm(ref, CancellationConfirmation.CONFIRM,
              "Second", "ent-officer-3"));
      CompletableFuture<Object> reservation = CompletableFuture
          .supplyAsync(() -> landAccounts.reserve(ZONE, needsTheReturnedAcres, free.add(BigDecimal.TEN),
              cause));
      Thread.sleep(500);
      assertThat(second).as("the second confirmation waits for the first").isNotDone();
      assertThat(reservation).as("the reservation waits for the returned acres").isNotDone();
      first.commit();
      assertThatThrownBy(() -> second.get(30, TimeUnit.SECONDS))
          .hasCauseInstanceOf(EnterpriseConflictException.class);
      assertThat(reservation.get(30, TimeUnit.SECONDS)).isNotNull();
    } finally {
      landAccounts.release(needsTheReturnedAcres, cause);
    }
    assertThat(jdbc.sql("SELECT COUNT(*) FROM sez_zone_event WHERE proposal_ref = ? AND event_type = 'LAND_RETURNED'")
        .param(ref).query(Long.class).single()).isEqualTo(1);
    assertThat(new BigDecimal(land().get("allocated_acres").toString()))
        .isEqualByComparingTo(new BigDecimal(before.get("allocated_acres").toString())
            .subtract(BigDecimal.TEN));
    assertThat(types(ref).stream().filter("CANCELLED"::equals).count()).isEqualTo(1);
  }

  @Test
  void aReportAndAnExtensionRacingTheCancellationAreRefusedAsConflictsAndNothingIsLeftHalfDone() throws Exception {
    String ref = allot();
    JsonNode report = enterprise(ref).path("reports").get(0);
    advanceTo(dueOn(enterprise(ref), 0).plusDays(1));
    runTimer(ref, "MilestoneDeadlinePassed");
    advanceTo(today().plusDays(31));
    runTimer(ref, "ReplyWindowClosed");
    complete(officer, task(ref, "DecideOnDefault"), Map.of("defaultDecision", "PROPOSE_CANCELLATION",
        "defaultDecisionReason", "No reply"));
    String confirm = task(ref, "ConfirmCancellation").getId();
    // The confirmation, through the task as Tasklist completes it, holds its transaction open.
    CompletableFuture<ApiClient.Response> reportSent;
    CompletableFuture<ApiClient.Response> extensionAsked;
    try (HeldTransaction confirmation = HeldTransaction.start(transactions, () -> {
      identityService.setAuthentication(secondOfficer.userId(), List.of(Groups.SEZ_AUTHORITY));
      try {
        engine.getFormService().submitTaskForm(confirm, Map.of("cancellationDecision", "CONFIRM",
            "cancellationDecisionReason", "Confirmed"));
      } finally {
        identityService.clearAuthentication();
      }
    })) {
      reportSent = CompletableFuture.supplyAsync(() -> post(ref, "progress-reports",
          figures(report.path("period").asText(), "1", 1), null));
      extensionAsked = CompletableFuture.supplyAsync(() -> post(ref, "extension-requests", body("milestone",
          "SUB_LEASE", "requestedDueOn", today().plusMonths(2).toString(), "reason", "Late"), null));
      Thread.sleep(500);
      assertThat(reportSent).as("the report waits for the cancellation").isNotDone();
      confirmation.commit();
    }
    assertThat(reportSent.get(30, TimeUnit.SECONDS).status()).isEqualTo(409);
    assertThat(extensionAsked.get(30, TimeUnit.SECONDS).status()).isEqualTo(409);
    JsonNode cancelled = enterprise(ref);
    assertThat(cancelled.path("status").asText()).isEqualTo("CANCELLED");
    assertThat(cancelled.path("reports").get(0).path("status").asText()).isEqualTo("DUE");
    assertThat(cancelled.path("extensions").size()).isZero();
    assertThat(running(ref)).isZero();
  }

  @Test
  void zoneEnterprisesFromBeforeMonitoringGetItOnceWhenTwoNodesStartAtOnce() throws Exception {
    String ref = allot();
    // As before this change: the proposal is a zone enterprise, with no record and no process.
    engine.getRuntimeService().deleteProcessInstance(enterprises.get(ref).processInstanceId(), "Before monitoring");
    for (String table : List.of("sez_enterprise_report", "sez_enterprise_event", "sez_enterprise_milestone",
        "sez_enterprise")) {
      jdbc.sql("DELETE FROM " + table + " WHERE proposal_ref = ?").param(ref).update();
    }
    CompletableFuture<Integer> one = CompletableFuture.supplyAsync(establishment::establishUnmonitored);
    CompletableFuture<Integer> other = CompletableFuture.supplyAsync(establishment::establishUnmonitored);
    assertThat(one.get(60, TimeUnit.SECONDS) + other.get(60, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(1);
    assertThat(running(ref)).isEqualTo(1);
    assertThat(enterprise(ref).path("milestones").size()).isEqualTo(3);
    assertThat(types(ref)).containsExactly("ESTABLISHED");
    assertThat(establishment.establishUnmonitored()).as("once: a restart establishes nothing again").isZero();
    assertThat(running(ref)).isEqualTo(1);
  }

  // --- helpers

  private String allot() {
    ApiClient.Response submitted = api.send(ApiClient.post("/api/v1/proposals").as(portal).json(textilesJv(ZONE, 10)));
    assertThat(submitted.status()).as(submitted.describe()).isEqualTo(201);
    String reference = submitted.text("reference");
    references.add(reference);
    driver.toAllotmentLetter(reference);
    engine.getTaskService().complete(driver.single(reference, "IssueAllotmentLetter").getId(), Map.of(
        ProcessVariables.ALLOTMENT_LETTER_NO, "SEZA/ALT/" + reference, ProcessVariables.ALLOTMENT_LETTER_DATE,
        today().toString()));
    return reference;
  }

  private JsonNode evaluation(TestUsers.Credentials manager) {
    ApiClient.Response response = api.send(ApiClient.get("/api/v1/overview/enterprises").as(manager));
    assertThat(response.status()).as(response.describe()).isEqualTo(200);
    return response.json();
  }

  private static JsonNode zoneGroup(JsonNode evaluation) {
    for (JsonNode group : evaluation.path("byZone")) {
      if (group.path("key").asText().equals(ZONE)) {
        return group;
      }
    }
    return JsonNodeFactory.instance.objectNode().put("enterprises", 0).put("committedInvestmentUsd", 0)
        .put("realisedInvestmentUsd", 0).put("jobsPakistani", 0).put("jobsForeign", 0).put("reachedOperations", 0);
  }

  private JsonNode enterprise(String reference) {
    ApiClient.Response response = api.send(ApiClient.get("/api/v1/enterprises/" + reference).as(portal));
    assertThat(response.status()).as(response.describe()).isEqualTo(200);
    return response.json();
  }

  private ApiClient.Response post(String reference, String what, ObjectNode body, String idempotencyKey) {
    ApiClient.Call call = ApiClient.post("/api/v1/enterprises/" + reference + "/" + what).as(portal).json(body);
    if (idempotencyKey != null) {
      call.header("Idempotency-Key", idempotencyKey);
    }
    return api.send(call);
  }

  private static void ok(ApiClient.Response response) {
    assertThat(response.status()).as(response.describe()).isEqualTo(200);
  }

  private static ObjectNode figures(String period, String investment, int constructionPct) {
    ObjectNode body = body("period", period);
    body.put("investmentUsd", new BigDecimal(investment));
    body.put("jobsPakistani", 140);
    body.put("jobsForeign", 12);
    body.put("exportsUsd", 0);
    body.put("constructionPct", constructionPct);
    return body;
  }

  private static ObjectNode body(String... namesAndValues) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      body.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return body;
  }

  private Task task(String reference, String key) {
    List<Task> found = engine.getTaskService().createTaskQuery().processDefinitionKey(EnterpriseVariables.PROCESS_KEY)
        .processInstanceBusinessKey(reference).taskDefinitionKey(key).list();
    assertThat(found).as("open %s of %s", key, reference).hasSize(1);
    return found.get(0);
  }

  private void complete(TestUsers.Credentials user, Task task, Map<String, Object> values) {
    identityService.setAuthentication(user.userId(), List.of(Groups.SEZ_AUTHORITY));
    try {
      engine.getFormService().submitTaskForm(task.getId(), values);
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** Runs the enterprise's timer job of this event, whose date the test's clock has passed. */
  private void runTimer(String reference, String timerEvent) {
    String instance = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(EnterpriseVariables.PROCESS_KEY).processInstanceBusinessKey(reference).singleResult()
        .getId();
    List<Job> timers = engine.getManagementService().createJobQuery().processInstanceId(instance).timers()
        .activityId(timerEvent).list();
    Job due = timers.stream().filter(job -> !job.getDuedate().toInstant().isAfter(CLOCK.instant())).findFirst()
        .orElseThrow(
            () -> new AssertionError("No timer " + timerEvent + " of " + reference + " is due at " + CLOCK.instant()
                + ": " + timers.stream().map(Job::getDuedate).toList()));
    engine.getManagementService().executeJob(due.getId());
  }

  private long running(String reference) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(EnterpriseVariables.PROCESS_KEY)
        .processInstanceBusinessKey(reference).count();
  }

  private List<String> types(String reference) {
    List<String> types = new ArrayList<>();
    api.send(ApiClient.get("/api/v1/enterprises/" + reference + "/timeline").as(portal)).json()
        .forEach(event -> types.add(event.path("type").asText()));
    return types;
  }

  private void refused(TestUsers.Credentials who, String method, String path, String body) {
    ApiClient.Call call = ApiClient.call(method, path).as(who);
    if (body != null) {
      call.body(body, "application/json");
    }
    ApiClient.Response response = api.send(call);
    assertThat(response.status()).as("%s: %s", who.userId(), response.describe()).isIn(403, 404);
  }

  private String timerJob(String processInstanceId, String timerEvent) {
    return engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).timers()
        .activityId(timerEvent).singleResult().getId();
  }

  private List<String> pipelineMoves(String reference) {
    return jdbc.sql("SELECT detail FROM sez_zone_event WHERE proposal_ref = ? AND event_type = 'PIPELINE_CHANGED' "
        + "ORDER BY id").param(reference).query(String.class).list();
  }

  private Map<String, Object> land() {
    return jdbc.sql("SELECT reserved_acres, allocated_acres FROM sez_zone WHERE code = ?").param(ZONE).query()
        .singleRow();
  }

  private static LocalDate today() {
    return PakistanTime.today(CLOCK);
  }

  private static void advanceTo(LocalDate day) {
    CLOCK.set(day.atTime(9, 0).atZone(PakistanTime.ZONE).toInstant());
  }

  private static LocalDate dueOn(JsonNode enterprise, int milestone) {
    return LocalDate.parse(enterprise.path("milestones").get(milestone).path("dueOn").asText());
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }
}
