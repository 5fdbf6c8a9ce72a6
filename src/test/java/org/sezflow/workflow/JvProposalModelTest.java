package org.sezflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.sezflow.variables.ProcessVariables.*;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sezflow.legacy.MinistryOpinionsSummaryListener;
import org.sezflow.sla.SlaPolicy;

/**
 * The fast process test: {@code processes/jv-proposal.bpmn} and the tables it calls, on a plain
 * in-memory engine (H2, no Spring), with every delegate and bean the model names replaced by a
 * Mockito mock registered under that name ({@link Mocks}). The business rule tasks evaluate the
 * real tables of the same deployment; the mocks record what the model hands them. The Spring
 * tests ({@code JvProposalProcessTest} and others) check the delegates and the records.
 */
@Deployment(resources = {"processes/jv-proposal.bpmn", "processes/jv-eligibility.dmn"})
class JvProposalModelTest {

  @RegisterExtension
  static final ProcessEngineExtension EXTENSION =
      ProcessEngineExtension.builder().useProcessEngine(ModelTestEngines.inMemory("jv-proposal-model-test")).build();

  /** The "Reject proposal" task on each rejecting step's path. */
  static final Map<String, String> REJECT_TASK =
      Map.of("ZONE_CHOICE", "RejectAtZoneChoice", "JWG_REVIEW", "RejectAtJwg",
          "JCC_DECISION", "RejectAtJcc");

  /** The zone's sectors as "Register proposal" passes them: AIIC, a Smart SEZ that lists textiles. */
  static final String AIIC_SECTORS = "textiles; pharma; information technology; chemicals; automobile";

  /** Set by the extension. */
  ProcessEngine engine;

  final JavaDelegate registerProposal = mock(JavaDelegate.class);
  final ExecutionListener recordEligibility = mock(ExecutionListener.class);
  final JavaDelegate reserveLand = mock(JavaDelegate.class);
  final JavaDelegate storeMouSigning = mock(JavaDelegate.class);
  final JavaDelegate allocatePlot = mock(JavaDelegate.class);
  final JavaDelegate recordAllotmentLetter = mock(JavaDelegate.class);
  final JavaDelegate notifyPartners = mock(JavaDelegate.class);
  final JavaDelegate rejectProposal = mock(JavaDelegate.class);
  final JavaDelegate waitForSession = mock(JavaDelegate.class);
  final JavaDelegate recordSessionDecision = mock(JavaDelegate.class);
  final SlaPolicy slaPolicy = mock(SlaPolicy.class);
  final JwgConsultation jwgConsultation = mock(JwgConsultation.class);

  /** What "Register proposal" adds for the eligibility table; a test may change it before the start. */
  final Map<String, Object> eligibilityInputs = new HashMap<>();
  /** The incentive codes "Determine incentives" handed to the recording listener. */
  final List<Object> incentivesRecorded = new ArrayList<>();
  /** The step each "Reject proposal" task run was given, in order. */
  final List<String> rejectingSteps = new ArrayList<>();
  /** The committee each "Wait for ... session" and "Record ... decision" was given, in order. */
  final List<String> committeesWaitedFor = new ArrayList<>();
  final List<String> committeesRecorded = new ArrayList<>();

  @BeforeEach
  void registerMocks() throws Exception {
    BpmnAwareTests.init(engine);
    eligibilityInputs.putAll(Map.of(ZONE_SECTORS, AIIC_SECTORS, ZONE_IS_SMART_SEZ, true, PAKISTANI_EQUITY_PCT, 51.0,
        CHINESE_EQUITY_PCT, 49.0));
    doAnswer(call -> {
      DelegateExecution execution = call.getArgument(0);
      execution.setVariable(PROPOSAL_REF, execution.getProcessBusinessKey());
      execution.setVariables(eligibilityInputs);
      return null;
    }).when(registerProposal).execute(any());
    doAnswer(call -> {
      DelegateExecution execution = call.getArgument(0);
      incentivesRecorded.addAll(((DmnDecisionResult) execution.getVariableLocal(DECISION_RESULT))
          .collectEntries("incentiveCode"));
      return null;
    }).when(recordEligibility).notify(any());
    doAnswer(call -> {
      DelegateExecution execution = call.getArgument(0);
      rejectingSteps.add((String) execution.getVariableLocal(REJECTING_STEP));
      return null;
    }).when(rejectProposal).execute(any());
    doAnswer(call -> committeesWaitedFor.add((String) call.<DelegateExecution>getArgument(0).getVariableLocal(
        COMMITTEE))).when(waitForSession).execute(any());
    doAnswer(call -> committeesRecorded.add((String) call.<DelegateExecution>getArgument(0).getVariableLocal(
        COMMITTEE))).when(recordSessionDecision).execute(any());
    Date due = new Date(System.currentTimeMillis() + 30L * 24 * 3600 * 1000);
    when(slaPolicy.taskDue(anyString())).thenReturn(due);
    when(slaPolicy.mouSigningDeadline()).thenReturn(due);
    when(jwgConsultation.ministries()).thenReturn(List.of("Ministry of Commerce", "Ministry of Finance"));

    Mocks.register("registerProposalDelegate", registerProposal);
    Mocks.register("recordEligibilityListener", recordEligibility);
    Mocks.register("reserveLandDelegate", reserveLand);
    Mocks.register("storeMouSigningDelegate", storeMouSigning);
    Mocks.register("allocatePlotDelegate", allocatePlot);
    Mocks.register("recordAllotmentLetterDelegate", recordAllotmentLetter);
    Mocks.register("notifyPartnersDelegate", notifyPartners);
    Mocks.register("rejectProposalDelegate", rejectProposal);
    Mocks.register("waitForSessionDelegate", waitForSession);
    Mocks.register("recordSessionDecisionDelegate", recordSessionDecision);
    Mocks.register("slaPolicy", slaPolicy);
    Mocks.register("jwgConsultation", jwgConsultation);
    Mocks.register("recordDecisionListener", mock(RecordDecisionListener.class));
    Mocks.register("ministryOpinionsSummaryListener", mock(MinistryOpinionsSummaryListener.class));
  }

  @AfterEach
  void resetMocks() {
    Mocks.reset();
  }

  @AfterAll
  static void closeEngine() {
    BpmnAwareTests.reset();
    EXTENSION.getProcessEngine().close();
  }

  // --- eligibility, decided by the real tables --------------------------------------------------

  @Test
  void anEligibleProposalTakesTheHappyPathToLandAllocation() throws Exception {
    ProcessInstance pi = start(textilesJv());

    assertThat(pi).isWaitingAt("ScreenProposal").hasPassedInOrder("RegisterProposal", "AssessEligibility",
        "DetermineIncentives");
    assertThat(pi).variables().containsEntry(ELIGIBLE, true)
        .containsEntry(ELIGIBILITY_REASON, "Meets the zone's sector, investment and equity rules");
    assertThat(incentivesRecorded).containsExactly("CUSTOMS_DUTY_EXEMPTION", "INCOME_TAX_EXEMPTION_10Y");
    assertThat(task()).hasCandidateGroup("boi-pmu");

    complete(task(), withVariables(SCREENING_DECISION, "ACCEPT", SCREENING_REASON, "Within the SEZ rules"));
    assertThat(pi).isWaitingAt("PrepareMou").hasPassed("ReserveLand");
    complete(task(), withVariables(MOU_DRAFT_REFERENCE, "BOI/MOU/2026/17"));
    assertThat(pi).isWaitingAt("RecordMouSigning");
    complete(task());
    assertThat(pi).isWaitingAt("ConsultMinistry").hasPassed("StoreMouSigning");
    List<Task> consultations = taskQuery().processInstanceId(pi.getId()).list();
    assertThat(consultations).hasSize(2);
    consultations.forEach(consultation -> complete(consultation, withVariables(MINISTRY_OPINION, "SUPPORT")));
    assertThat(pi).isWaitingAt("JwgSessionDecided").hasPassed("WaitForJwgSession");
    assertThat(taskQuery().processInstanceId(pi.getId()).count()).isZero();
    sessionDecides(pi, "JWG", "ENDORSE");
    assertThat(pi).isWaitingAt("JccSessionDecided").hasPassed("RecordJwgDecision", "WaitForJccSession");
    sessionDecides(pi, "JCC", "APPROVE");
    assertThat(committeesWaitedFor).containsExactly("JWG", "JCC");
    assertThat(committeesRecorded).containsExactly("JWG", "JCC");

    assertThat(pi).isWaitingAt("IssueAllotmentLetter").hasPassed("AllocatePlot");
    assertThat(task()).hasCandidateGroup("sez-authority");
    complete(task());
    assertThat(pi).isEnded().hasPassedInOrder("RecordAllotmentLetter", "NotifyPartners", "ZoneEnterpriseEstablished");
    for (JavaDelegate delegate : List.of(registerProposal, reserveLand, storeMouSigning, allocatePlot,
        recordAllotmentLetter, notifyPartners)) {
      verify(delegate).execute(any());
    }
    verify(rejectProposal, never()).execute(any());

    // Both tables were evaluated from this process version's own deployment.
    String deploymentId = repositoryService().getProcessDefinition(pi.getProcessDefinitionId()).getDeploymentId();
    List<HistoricDecisionInstance> evaluated = historyService().createHistoricDecisionInstanceQuery()
        .processInstanceId(pi.getId()).list();
    assertThat(evaluated).extracting(HistoricDecisionInstance::getDecisionDefinitionKey,
        HistoricDecisionInstance::getActivityId).containsExactlyInAnyOrder(
            tuple("jv-eligibility", "AssessEligibility"), tuple("jv-incentives", "DetermineIncentives"));
    assertThat(evaluated).allSatisfy(decision -> assertThat(repositoryService()
        .getDecisionDefinition(decision.getDecisionDefinitionId()).getDeploymentId()).isEqualTo(deploymentId));
  }

  @Test
  void theTablesResultsStayInsideTheirTasks() {
    // The engine hands each business rule task's whole result to the model in a transient
    // variable; only the mapped outputs become the proposal's variables, also for a client that
    // starts it with the variables in return.
    Map<String, Object> variables =
        runtimeService().createProcessInstanceByKey(PROCESS_KEY).businessKey("JV-TEST-RESULT")
            .setVariables(textilesJv()).executeWithVariablesInReturn().getVariables();

    assertThat(variables).containsKeys(ELIGIBLE, ELIGIBILITY_REASON).doesNotContainKey(DECISION_RESULT);
    assertThat(incentivesRecorded).containsExactly("CUSTOMS_DUTY_EXEMPTION", "INCOME_TAX_EXEMPTION_10Y");
  }

  @Test
  void anIneligibleProposalIsScreenedWithTheTablesReasonAndNoIncentives() {
    eligibilityInputs.put(PAKISTANI_EQUITY_PCT, 95.0);
    eligibilityInputs.put(CHINESE_EQUITY_PCT, 5.0);

    ProcessInstance pi = start(textilesJv());

    assertThat(pi).isWaitingAt("ScreenProposal");
    assertThat(pi).variables().containsEntry(ELIGIBLE, false)
        .containsEntry(ELIGIBILITY_REASON, "Chinese partners hold less than 10 % of the equity");
    assertThat(incentivesRecorded).containsExactly("NONE");
  }

  @Test
  void aSectorTheZoneDoesNotListIsNotEligible() {
    eligibilityInputs.put(ZONE_SECTORS, "steel; cement; chemicals; garments; logistics; pharma");
    eligibilityInputs.put(ZONE_IS_SMART_SEZ, false);

    ProcessInstance pi = start(textilesJv());

    assertThat(pi).variables().containsEntry(ELIGIBLE, false)
        .containsEntry(ELIGIBILITY_REASON, "The sector is not among the zone's target sectors");
  }

  @Test
  void aStartWithoutTheOptionalSmartSezBoxIsAssessedAsNotRequested() {
    // The start form's checkbox is optional: a REST start may leave it out.
    Map<String, Object> variables = textilesJv();
    variables.remove(SMART_SEZ_REQUESTED);

    ProcessInstance pi = start(variables);

    assertThat(pi).variables().containsEntry(ELIGIBLE, true)
        .containsEntry(ELIGIBILITY_REASON, "Meets the zone's sector, investment and equity rules");
  }

  // --- rejections: each path passes its own step ------------------------------------------------

  @Test
  void aScreeningRejectionPassesTheScreeningStepToTheRejectTask() throws Exception {
    ProcessInstance pi = start(textilesJv());

    assertThat(pi).isWaitingAt("ScreenProposal");
    complete(task(), withVariables(SCREENING_DECISION, "REJECT", SCREENING_REASON, "Out of scope"));

    assertThat(pi).isEnded().hasPassedInOrder("ScreenProposal", "RejectAtScreening", "RejectedAtScreening");
    assertThat(rejectingSteps).containsExactly("SCREENING");
    verify(reserveLand, never()).execute(any());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ZONE_CHOICE", "JWG_REVIEW", "JCC_DECISION"})
  void everyLaterRejectionPassesItsOwnStep(String step) throws Exception {
    if (step.equals("ZONE_CHOICE")) {
      doThrow(new BpmnError(ERROR_INSUFFICIENT_LAND)).when(reserveLand).execute(any());
    }
    ProcessInstance pi = start(textilesJv());
    assertThat(pi).isWaitingAt("ScreenProposal");
    complete(task(), withVariables(SCREENING_DECISION, "ACCEPT", SCREENING_REASON, "Within the SEZ rules"));
    switch (step) {
      case "ZONE_CHOICE" -> {
        assertThat(pi).isWaitingAt("ChooseZoneOrArea");
        complete(task(), withVariables(ZONE_CHOICE_DECISION, "REJECT", ZONE_CHOICE_REASON, "No land anywhere"));
      }
      case "JWG_REVIEW" -> {
        toJwgSession(pi);
        sessionDecides(pi, "JWG", "REJECT");
      }
      default -> {
        toJwgSession(pi);
        sessionDecides(pi, "JWG", "ENDORSE");
        sessionDecides(pi, "JCC", "REJECT");
      }
    }

    assertThat(pi).isEnded().hasPassed(REJECT_TASK.get(step));
    assertThat(rejectingSteps).containsExactly(step);
  }

  // --- helpers ---------------------------------------------------------------------------------

  private void toJwgSession(ProcessInstance pi) {
    assertThat(pi).isWaitingAt("PrepareMou");
    complete(task());
    complete(task());
    taskQuery().processInstanceId(pi.getId()).list()
        .forEach(consultation -> complete(consultation, withVariables(MINISTRY_OPINION, "SUPPORT")));
    assertThat(pi).isWaitingAt("JwgSessionDecided");
  }

  /** What a session's close delivers (CorrelatedSessionDecisions): its decision on the proposal, by message. */
  private static void sessionDecides(ProcessInstance pi, String committee, String decision) {
    assertThat(pi).isWaitingAt(committee.equals("JWG") ? "JwgSessionDecided" : "JccSessionDecided");
    runtimeService().createMessageCorrelation(committee.equals("JWG") ? MESSAGE_JWG_SESSION_DECISION
        : MESSAGE_JCC_SESSION_DECISION).processInstanceId(pi.getId())
        .setVariables(Map.of(committee.equals("JWG") ? JWG_DECISION : JCC_DECISION, decision,
            DECIDING_SESSION, "5th " + committee, MINUTES_REF, "Minutes, item 3", AGENDA_ITEM_ID, 3L))
        .correlate();
  }

  @Test
  void aJccDeferralWaitsForTheNextSessionAndASendBackGoesToRevisionAndBackToTheJwg() throws Exception {
    ProcessInstance pi = start(textilesJv());
    assertThat(pi).isWaitingAt("ScreenProposal");
    complete(task(), withVariables(SCREENING_DECISION, "ACCEPT", SCREENING_REASON, "Within the SEZ rules"));
    toJwgSession(pi);
    sessionDecides(pi, "JWG", "SEND_BACK");
    assertThat(pi).isWaitingAt("ReviseProposal");
    complete(task(), withVariables(REVISION_NOTES, "Power demand revised"));
    taskQuery().processInstanceId(pi.getId()).list()
        .forEach(consultation -> complete(consultation, withVariables(MINISTRY_OPINION, "SUPPORT")));
    sessionDecides(pi, "JWG", "ENDORSE");
    sessionDecides(pi, "JCC", "DEFER");
    // Back to the JCC's wait: the next session's agenda gathers it.
    assertThat(pi).isWaitingAt("JccSessionDecided");
    sessionDecides(pi, "JCC", "APPROVE");
    assertThat(pi).isWaitingAt("IssueAllotmentLetter");
    assertThat(committeesWaitedFor).containsExactly("JWG", "JWG", "JCC", "JCC");
    assertThat(committeesRecorded).containsExactly("JWG", "JWG", "JCC", "JCC");
  }

  private static ProcessInstance start(Map<String, Object> variables) {
    return runtimeService().startProcessInstanceByKey(PROCESS_KEY, "JV-TEST-" + UUID.randomUUID().toString()
        .substring(0, 8).toUpperCase(), variables);
  }

  /** The submission's own values the eligibility table reads (the rest are the mocks' business). */
  private static Map<String, Object> textilesJv() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(ZONE_CODE, "AIIC");
    variables.put(SECTOR, "textiles");
    variables.put(SMART_SEZ_REQUESTED, false);
    variables.put(INVESTMENT_USD, 45_000_000L);
    return variables;
  }
}
