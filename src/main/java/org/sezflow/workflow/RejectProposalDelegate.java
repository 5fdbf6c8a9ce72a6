package org.sezflow.workflow;

import static org.sezflow.variables.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sezflow.proposal.DecisionStep;
import org.sezflow.proposal.ProposalSteps;
import org.sezflow.variables.CurrentStep;
import org.sezflow.variables.OlderModels;
import org.sezflow.variables.VariableValues;
import org.sezflow.zone.PipelineStage;
import org.springframework.stereotype.Component;

/**
 * "Reject proposal": ends the proposal as rejected and releases its land. The model says which
 * decision rejected it: each path into a rejection passes its step as the input parameter
 * {@code rejectingStep} of its own "Reject proposal" task.
 */
@Component
public class RejectProposalDelegate implements JavaDelegate {

  private final ProposalSteps proposals;

  RejectProposalDelegate(ProposalSteps proposals) {
    this.proposals = proposals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DecisionStep rejectingStep = rejectingStep(execution);
    proposals.close(CurrentStep.reference(execution), PipelineStage.REJECTED, reason(execution, rejectingStep),
        CurrentStep.of(execution));
  }

  private static DecisionStep rejectingStep(DelegateExecution execution) {
    Object fromModel = execution.getVariableLocal(REJECTING_STEP);
    DecisionStep step = fromModel != null ? DecisionStep.valueOf(fromModel.toString())
        : OlderModels.STEP_BY_REJECT_ACTIVITY.get(execution.getCurrentActivityId());
    if (step == null || !step.outcomes().contains("REJECT")) {
      throw new IllegalStateException("Activity " + execution.getCurrentActivityId()
          + " passes no step that rejects (" + REJECTING_STEP + ": " + fromModel + ")");
    }
    return step;
  }

  /** The session that rejected it, with its minutes; version 1.0's task gave a committee's comments instead. */
  private static String bySession(DelegateExecution execution, String olderModelsReason) {
    return execution.hasVariable(DECIDING_SESSION) ? RecordSessionDecisionDelegate.grounds(execution)
        : (olderModelsReason.equals(OlderModels.JWG_COMMENTS) ? "JWG: " : "JCC: ") + VariableValues.string(execution,
            olderModelsReason);
  }

  /** The reason given with the rejecting decision, by the body that took it. */
  private static String reason(DelegateExecution execution, DecisionStep rejectingStep) {
    return switch (rejectingStep) {
      case SCREENING -> "Rejected by the PMU at screening: " + VariableValues.string(execution, SCREENING_REASON);
      case ZONE_CHOICE -> "Rejected by the PMU for lack of land: "
          + VariableValues.string(execution, ZONE_CHOICE_REASON);
      case JWG_REVIEW -> "Rejected by the " + bySession(execution, OlderModels.JWG_COMMENTS);
      case JCC_DECISION -> "Rejected by the " + bySession(execution, OlderModels.JCC_MINUTES);
      default -> throw new IllegalStateException(rejectingStep + " does not reject");
    };
  }
}
