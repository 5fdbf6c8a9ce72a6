package org.sezflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.sezflow.variables.EnterpriseVariables.*;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The fast process test of {@code processes/zone-enterprise.bpmn}: the model on a plain in-memory
 * engine (H2, no Spring), each delegate it names a Mockito mock registered under that name
 * ({@link Mocks}) that records that it ran and sets what the real one sets from the record. Each
 * path segment is started at its first activity: the milestones to graduation, a milestone reported
 * by its system, an extension decided by the SEZ authority or at the JCC (deferred once), a default
 * restored after an answer, a default cancelled after a refusal, and a quarter's report reminded,
 * chased, queried and accepted. {@code ZoneEnterpriseApiTest} checks the delegates and the records.
 */
@Deployment(resources = "processes/zone-enterprise.bpmn")
class ZoneEnterpriseModelTest {

  @RegisterExtension
  static final ProcessEngineExtension EXTENSION =
      ProcessEngineExtension.builder().useProcessEngine(ModelTestEngines.inMemory("zone-enterprise-model-test"))
          .build();

  static final String REFERENCE = "JV-2026-000042";
  static final List<String> DELEGATES = List.of("openNextMilestoneDelegate", "storeMilestoneReportDelegate",
      "recordMilestoneVerificationDelegate", "graduateEnterpriseDelegate", "storeExtensionRequestDelegate",
      "recordExtensionDecisionDelegate", "waitForSessionDelegate", "recordJccExtensionDecisionDelegate",
      "recordDefaultDelegate", "storeShowCauseAnswerDelegate", "recordDefaultDecisionDelegate",
      "recordCancellationDecisionDelegate", "openNextReportDelegate", "remindEnterpriseDelegate",
      "escalateMissingReportDelegate", "recordReportChaseDelegate", "storeProgressReportDelegate",
      "recordReportReviewDelegate", "storeQueryAnswerDelegate");

  /** Set by the extension. */
  ProcessEngine engine;

  /** The delegates that ran, by name, in order. */
  final List<String> ran = new ArrayList<>();
  /** The milestones "Open next milestone" finds in the record, one per run; none left: graduation. */
  final List<String> milestonesLeft = new ArrayList<>();
  /** What the mocks set beyond recording that they ran, by delegate. */
  final Map<String, Consumer<DelegateExecution>> sets = new LinkedHashMap<>();

  @BeforeEach
  void registerMocks() throws Exception {
    BpmnAwareTests.init(engine);
    Date later = new Date(System.currentTimeMillis() + 90L * 24 * 3600 * 1000);
    sets.put("openNextMilestoneDelegate", execution -> {
      String next = milestonesLeft.isEmpty() ? null : milestonesLeft.remove(0);
      execution.setVariable(MILESTONE, next);
      execution.setVariable(MILESTONE_DUE_AT, next == null ? null : later);
      execution.setVariable(GRADUATION_AT, next == null ? later : null);
    });
    sets.put("openNextReportDelegate", execution -> {
      execution.setVariable(REPORT_PERIOD, "2027-Q1");
      execution.setVariable(REPORT_REMINDER_AT, later);
      execution.setVariable(REPORT_ESCALATION_AT, later);
    });
    sets.put("recordDefaultDelegate", execution -> execution.setVariable(REPLY_DUE_AT, later));
    for (String name : DELEGATES) {
      JavaDelegate delegate = mock(JavaDelegate.class);
      doAnswer(call -> {
        ran.add(name);
        sets.getOrDefault(name, execution -> {}).accept(call.getArgument(0));
        return null;
      }).when(delegate).execute(any());
      Mocks.register(name, delegate);
    }
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void theMilestonesAreRecordedAndVerifiedThenTheMonitoredYearsEndInGraduation() {
    milestonesLeft.addAll(List.of("SUB_LEASE", "COMMERCIAL_OPERATIONS"));
    ProcessInstance enterprise = startAt("OpenNextMilestone", Map.of());
    assertThat(enterprise).isWaitingAt("RecordMilestone");
    complete(task(enterprise), withVariables(REACHED_ON, "2027-01-10", EVIDENCE_REF, "Deed 7"));
    assertThat(enterprise).isWaitingAt("VerifyMilestone");
    complete(task(enterprise), withVariables(VERIFICATION, "VERIFY"));
    assertThat(enterprise).isWaitingAt("RecordMilestone");
    correlate(enterprise, MESSAGE_MILESTONE_REPORTED); // the second, reported by the enterprise's system
    complete(task("VerifyMilestone", enterprise), withVariables(VERIFICATION, "VERIFY"));
    assertThat(enterprise).isWaitingAt("MonitoredYearsOver");
    execute(job("MonitoredYearsOver", enterprise));
    assertThat(enterprise).isEnded().hasPassed("GraduateEnterprise");
    assertThat(ran).containsExactly("openNextMilestoneDelegate", "storeMilestoneReportDelegate",
        "recordMilestoneVerificationDelegate", "openNextMilestoneDelegate", "storeMilestoneReportDelegate",
        "recordMilestoneVerificationDelegate", "openNextMilestoneDelegate", "graduateEnterpriseDelegate");
  }

  @Test
  void anExtensionWithinTheAuthoritysPowerIsDecidedInTasklist() {
    milestonesLeft.addAll(List.of("SUB_LEASE", "SUB_LEASE"));
    sets.put("storeExtensionRequestDelegate", execution -> execution.setVariable(EXTENSION_AT_JCC, false));
    ProcessInstance enterprise = startAt("OpenNextMilestone", Map.of());
    correlate(enterprise, MESSAGE_EXTENSION_REQUESTED);
    assertThat(enterprise).isWaitingAt("DecideExtension");
    complete(task(enterprise), withVariables(EXTENSION_DECISION, "GRANT", EXTENSION_DECISION_REASON, "Deed pending"));
    assertThat(enterprise).isWaitingAt("RecordMilestone");
    assertThat(ran).containsExactly("openNextMilestoneDelegate", "storeExtensionRequestDelegate",
        "recordExtensionDecisionDelegate", "openNextMilestoneDelegate");
  }

  @Test
  void anExtensionBeyondItWaitsForTheJccWhoseDeferralWaitsForItsNextSession() {
    milestonesLeft.add("SUB_LEASE");
    List<Object> committees = new ArrayList<>();
    sets.put("storeExtensionRequestDelegate", execution -> execution.setVariable(EXTENSION_AT_JCC, true));
    sets.put("waitForSessionDelegate", execution -> committees.add(execution.getVariableLocal("committee")));
    ProcessInstance enterprise = startAt("StoreExtensionRequest", Map.of());
    assertThat(enterprise).isWaitingAt("JccExtensionDecided");
    correlate(enterprise, "JccSessionDecision", Map.of(JCC_DECISION, "DEFER"));
    assertThat(enterprise).isWaitingAt("JccExtensionDecided");
    correlate(enterprise, "JccSessionDecision", Map.of(JCC_DECISION, "APPROVE"));
    assertThat(enterprise).isWaitingAt("RecordMilestone");
    assertThat(committees).containsExactly("JCC", "JCC");
    assertThat(ran).containsExactly("storeExtensionRequestDelegate", "waitForSessionDelegate",
        "recordJccExtensionDecisionDelegate", "waitForSessionDelegate", "recordJccExtensionDecisionDelegate",
        "openNextMilestoneDelegate");
  }

  @Test
  void aMissedDeadlineIsADefaultThatAnAnswerAndTheAuthorityRestore() {
    milestonesLeft.addAll(List.of("SUB_LEASE", "SUB_LEASE"));
    ProcessInstance enterprise = startAt("OpenNextMilestone", Map.of());
    execute(job("MilestoneDeadlinePassed", enterprise));
    assertThat(enterprise).isWaitingAt("RecordShowCauseReply");
    correlate(enterprise, MESSAGE_SHOW_CAUSE_ANSWERED);
    assertThat(enterprise).isWaitingAt("DecideOnDefault");
    complete(task(enterprise), withVariables(DEFAULT_DECISION, "RESTORE", DEFAULT_DECISION_REASON, "Answered"));
    assertThat(enterprise).isWaitingAt("RecordMilestone");
    assertThat(ran).containsExactly("openNextMilestoneDelegate", "recordDefaultDelegate",
        "storeShowCauseAnswerDelegate", "recordDefaultDecisionDelegate", "openNextMilestoneDelegate");
  }

  @Test
  void anUnansweredDefaultIsCancelledOnlyWhenASecondOfficialConfirmsAndThatEndsTheMonitoring() {
    ProcessInstance enterprise = startAt("RecordDefault", Map.of());
    execute(job("ReplyWindowClosed", enterprise));
    assertThat(enterprise).isWaitingAt("DecideOnDefault");
    complete(task(enterprise), withVariables(DEFAULT_DECISION, "PROPOSE_CANCELLATION"));
    complete(task("ConfirmCancellation", enterprise), withVariables(CANCELLATION_DECISION, "REFUSE"));
    assertThat(enterprise).isWaitingAt("DecideOnDefault");
    complete(task(enterprise), withVariables(DEFAULT_DECISION, "PROPOSE_CANCELLATION"));
    complete(task("ConfirmCancellation", enterprise), withVariables(CANCELLATION_DECISION, "CONFIRM"));
    assertThat(enterprise).isEnded().hasPassed("EnterpriseCancelled").hasNotPassed("StoreShowCauseAnswer");
    assertThat(ran).containsExactly("recordDefaultDelegate", "recordDefaultDecisionDelegate",
        "recordCancellationDecisionDelegate", "recordDefaultDecisionDelegate", "recordCancellationDecisionDelegate");
  }

  @Test
  void aLateReportIsRemindedThenChasedAndTheReportEndsTheChaseThenAQueryIsAnsweredAndTheNextQuarterOpens() {
    ProcessInstance enterprise = startAt("OpenNextReport", Map.of());
    assertThat(enterprise).isWaitingAt("AwaitProgressReport");
    execute(job("ReminderDue", enterprise));
    execute(job("EscalationDue", enterprise));
    assertThat(enterprise).isWaitingAt("AwaitProgressReport", "ChaseProgressReport");
    complete(task("ChaseProgressReport", enterprise), withVariables(REPORT_CHASE_NOTE, "Called"));
    correlate(enterprise, MESSAGE_PROGRESS_REPORT_SUBMITTED);
    assertThat(enterprise).isWaitingAt("ReviewProgressReport");
    complete(task(enterprise), withVariables(REPORT_REVIEW, "QUERY", REPORT_QUESTION, "Why no exports?"));
    assertThat(enterprise).isWaitingAt("AwaitQueryAnswer");
    correlate(enterprise, MESSAGE_REPORT_QUERY_ANSWERED);
    complete(task("ReviewProgressReport", enterprise), withVariables(REPORT_REVIEW, "ACCEPT"));
    assertThat(enterprise).isWaitingAt("AwaitProgressReport");
    assertThat(ran).containsExactly("openNextReportDelegate", "remindEnterpriseDelegate",
        "escalateMissingReportDelegate", "recordReportChaseDelegate", "storeProgressReportDelegate",
        "recordReportReviewDelegate", "storeQueryAnswerDelegate", "recordReportReviewDelegate",
        "openNextReportDelegate");
  }

  @Test
  void aReportThatComesBeforeItIsChasedEndsTheQuartersWaitWithNoChase() {
    ProcessInstance enterprise = startAt("OpenNextReport", Map.of());
    execute(job("EscalationDue", enterprise));
    correlate(enterprise, MESSAGE_PROGRESS_REPORT_SUBMITTED);
    assertThat(enterprise).isWaitingAt("ReviewProgressReport").hasNotPassed("RecordReportChase");
    assertThat(task("ChaseProgressReport", enterprise)).as("the chase ends with the quarter's wait").isNull();
  }

  private ProcessInstance startAt(String activity, Map<String, Object> variables) {
    return runtimeService().createProcessInstanceByKey(PROCESS_KEY).businessKey(REFERENCE)
        .startBeforeActivity(activity).setVariable(PROPOSAL_REF, REFERENCE).setVariables(variables).execute();
  }

  private static void correlate(ProcessInstance enterprise, String message) {
    correlate(enterprise, message, Map.of());
  }

  private static void correlate(ProcessInstance enterprise, String message, Map<String, Object> values) {
    runtimeService().createMessageCorrelation(message).processInstanceId(enterprise.getId()).setVariables(values)
        .correlateWithResult();
  }
}
