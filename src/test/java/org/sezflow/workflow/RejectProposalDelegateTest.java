package org.sezflow.workflow;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.sezflow.workflow.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import org.sezflow.proposal.ProposalSteps;
import org.sezflow.proposal.StepContext;
import org.sezflow.zone.PipelineStage;

/**
 * Who rejected a proposal comes from the model (the input parameter {@code rejectingStep} of each
 * "Reject proposal" task), not from whichever decision variable happens to say REJECT; instances of
 * older model versions, whose tasks pass no step, are told apart by the task they are at.
 */
class RejectProposalDelegateTest {

  final ProposalSteps proposals = mock(ProposalSteps.class);
  final RejectProposalDelegate delegate = new RejectProposalDelegate(proposals);

  @Test
  void theStepTheModelPassesNamesTheRejecterWhateverOtherDecisionsSay() {
    DelegateExecution execution = execution("RejectAtJwg", "JWG_REVIEW");
    // A decision variable of another body saying REJECT does not change who rejected.
    when(execution.getVariable(JCC_DECISION)).thenReturn("REJECT");
    when(execution.getVariable(JCC_MINUTES)).thenReturn("Minutes of another session");
    when(execution.getVariable(JWG_COMMENTS)).thenReturn("Ministries object to the site");

    delegate.execute(execution);

    verify(proposals).close(eq("JV-2026-000001"), eq(PipelineStage.REJECTED),
        eq("Rejected by the JWG: Ministries object to the site"), any(StepContext.class));
  }

  @Test
  void eachRejectingStepGivesItsBodysReason() {
    assertReason("SCREENING", SCREENING_REASON, "Rejected by the PMU at screening: Out of scope");
    assertReason("ZONE_CHOICE", ZONE_CHOICE_REASON, "Rejected by the PMU for lack of land: Out of scope");
    assertReason("JWG_REVIEW", JWG_COMMENTS, "Rejected by the JWG: Out of scope");
    assertReason("JCC_DECISION", JCC_MINUTES, "Rejected by the JCC: Out of scope");
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
