package org.sezflow.workflow;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.sezflow.variables.OlderModels.*;
import static org.sezflow.variables.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.sezflow.proposal.ProposalSteps;
import org.sezflow.proposal.StepContext;
import org.sezflow.zone.PipelineStage;

/**
 * Who rejected a proposal comes from the model (the input parameter {@code rejectingStep} of each
 * "Reject proposal" task), not from whichever decision variable happens to say REJECT; instances of
 * older model versions, whose tasks pass no step, are told apart by the task they are at. A
 * committee's rejection cites the session that decided it (version 2.0, {@code decidingSession} and
 * {@code minutesRef} delivered by the session's close); version 1.0's instances, which reach the
 * rejection from their "Review at JWG" / "Decide at JCC" task with no session, keep the comments or
 * minutes that task took.
 */
class RejectProposalDelegateTest {

  final ProposalSteps proposals = mock(ProposalSteps.class);
  final RejectProposalDelegate delegate = new RejectProposalDelegate(proposals);

  @Test
  void theStepTheModelPassesNamesTheRejecterWhateverOtherDecisionsSay() {
    DelegateExecution execution = execution("RejectAtJwg", "JWG_REVIEW");
    decidedBySession(execution, "9th JWG", "JWG-9/4");
    // A decision variable of another body saying REJECT does not change who rejected.
    when(execution.getVariable(JCC_DECISION)).thenReturn("REJECT");
    when(execution.getVariable(JCC_MINUTES)).thenReturn("Minutes of another session");

    delegate.execute(execution);

    verify(proposals).close(eq("JV-2026-000001"), eq(PipelineStage.REJECTED),
        eq("Rejected by the 9th JWG, minutes JWG-9/4"), any(StepContext.class));
  }

  @Test
  void eachRejectingStepGivesItsBodysReason() {
    assertReason("SCREENING", SCREENING_REASON, "Rejected by the PMU at screening: Out of scope");
    assertReason("ZONE_CHOICE", ZONE_CHOICE_REASON, "Rejected by the PMU for lack of land: Out of scope");
  }

  @Test
  void aCommitteesRejectionCitesTheSessionAndItsMinutes() {
    assertSessionReason("JWG_REVIEW", "9th JWG", "JWG-9/4", "Rejected by the 9th JWG, minutes JWG-9/4");
    assertSessionReason("JCC_DECISION", "14th JCC", "JCC-14/3", "Rejected by the 14th JCC, minutes JCC-14/3");
  }

  @Test
  void theSessionIsCitedRatherThanCommentsAVersion1TaskLeftBehind() {
    // An instance migrated or restarted with 1.0's comments still set: the session decided, it is cited.
    DelegateExecution execution = execution("RejectAtJcc", "JCC_DECISION");
    decidedBySession(execution, "14th JCC", "JCC-14/3");
    when(execution.getVariable(JCC_MINUTES)).thenReturn("Minutes typed into the old task");

    delegate.execute(execution);

    verify(proposals).close(eq("JV-2026-000001"), eq(PipelineStage.REJECTED),
        eq("Rejected by the 14th JCC, minutes JCC-14/3"), any(StepContext.class));
  }

  @Test
  void aVersion1InstanceWithNoSessionKeepsItsCommitteesCommentsOrMinutes() {
    // Version 1.0: "Review at JWG" took comments, "Decide at JCC" the minutes; no decidingSession.
    assertReason("JWG_REVIEW", JWG_COMMENTS, "Rejected by the JWG: Out of scope");
    assertReason("JCC_DECISION", JCC_MINUTES, "Rejected by the JCC: Out of scope");

    // ...and its older reject tasks, which pass no step, are told apart by their ids.
    DelegateExecution execution = execution("RejectAtJcc", null);
    when(execution.getVariable(JCC_MINUTES)).thenReturn("Minutes of the 13th JCC, item 2");
    delegate.execute(execution);
    verify(proposals).close(eq("JV-2026-000001"), eq(PipelineStage.REJECTED),
        eq("Rejected by the JCC: Minutes of the 13th JCC, item 2"), any(StepContext.class));
  }

  @Test
  void anInstanceOfAnOlderModelIsToldApartByItsRejectTask() {
    DelegateExecution execution = execution("RejectAtZoneChoice", null);
    when(execution.getVariable(ZONE_CHOICE_REASON)).thenReturn("No land anywhere");

    delegate.execute(execution);

    verify(proposals).close(eq("JV-2026-000001"), eq(PipelineStage.REJECTED),
        eq("Rejected by the PMU for lack of land: No land anywhere"), any(StepContext.class));
  }

  @Test
  void aStepThatCannotRejectOrNoStepAtAllFailsTheTask() {
    assertThatThrownBy(() -> delegate.execute(execution("RejectAtJwg", "REVISION")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("REVISION");
    assertThatThrownBy(() -> delegate.execute(execution("SomeNewRejectTask", null)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("SomeNewRejectTask");
    verifyNoInteractions(proposals);
  }

  private void assertReason(String step, String reasonVariable, String reason) {
    ProposalSteps proposals = mock(ProposalSteps.class);
    DelegateExecution execution = execution("Reject" + step, step);
    when(execution.getVariable(reasonVariable)).thenReturn("Out of scope");

    new RejectProposalDelegate(proposals).execute(execution);

    verify(proposals).close(eq("JV-2026-000001"), eq(PipelineStage.REJECTED), eq(reason), any(StepContext.class));
  }

  private static void assertSessionReason(String step, String session, String minutes, String reason) {
    ProposalSteps proposals = mock(ProposalSteps.class);
    DelegateExecution execution = execution("Reject" + step, step);
    decidedBySession(execution, session, minutes);

    new RejectProposalDelegate(proposals).execute(execution);

    verify(proposals).close(eq("JV-2026-000001"), eq(PipelineStage.REJECTED), eq(reason), any(StepContext.class));
  }

  /** What a session's close delivers with its decision (CorrelatedSessionDecisions). */
  private static void decidedBySession(DelegateExecution execution, String session, String minutes) {
    when(execution.hasVariable(DECIDING_SESSION)).thenReturn(true);
    // The session's close delivers them as plain strings; the delegate reads them as checked text.
    when(execution.getVariableTyped(DECIDING_SESSION, false)).thenReturn(Variables.stringValue(session));
    when(execution.getVariableTyped(MINUTES_REF, false)).thenReturn(Variables.stringValue(minutes));
  }

  private static DelegateExecution execution(String activityId, String rejectingStep) {
    DelegateExecution execution = mock(DelegateExecution.class, RETURNS_DEEP_STUBS);
    when(execution.getProcessBusinessKey()).thenReturn("JV-2026-000001");
    when(execution.getProcessInstanceId()).thenReturn("pi-1");
    when(execution.getCurrentActivityId()).thenReturn(activityId);
    when(execution.getCurrentActivityName()).thenReturn("Reject proposal");
    when(execution.getVariableLocal(REJECTING_STEP)).thenReturn(rejectingStep);
    when(execution.getVariable(any())).thenReturn(null);
    return execution;
  }
}
