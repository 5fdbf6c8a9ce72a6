package org.sezflow.workflow;

import static org.sezflow.workflow.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sezflow.proposal.ProposalSteps;
import org.sezflow.zone.PipelineStage;
import org.springframework.stereotype.Component;

/** "Reject proposal": ends the proposal as rejected, whoever rejected it, and releases its land. */
@Component
public class RejectProposalDelegate implements JavaDelegate {

  private final ProposalSteps proposals;

  RejectProposalDelegate(ProposalSteps proposals) {
    this.proposals = proposals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    proposals.close(CurrentStep.reference(execution), PipelineStage.REJECTED, rejectionReason(execution),
        CurrentStep.of(execution));
  }

  /** The reason given with the rejecting decision, from whichever body rejected. */
  private static String rejectionReason(DelegateExecution execution) {
    if ("REJECT".equals(execution.getVariable(JCC_DECISION))) {
      return "Rejected by the JCC: " + VariableValues.string(execution, JCC_MINUTES);
    }
    if ("REJECT".equals(execution.getVariable(JWG_DECISION))) {
      return "Rejected by the JWG: " + VariableValues.string(execution, JWG_COMMENTS);
    }
    if ("REJECT".equals(execution.getVariable(ZONE_CHOICE_DECISION))) {
      return "Rejected by the PMU for lack of land: " + VariableValues.string(execution, ZONE_CHOICE_REASON);
    }
    return "Rejected by the PMU at screening: " + VariableValues.string(execution, SCREENING_REASON);
  }
}
