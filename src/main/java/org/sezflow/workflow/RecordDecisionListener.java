package org.sezflow.workflow;

import static org.sezflow.workflow.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.sezflow.proposal.DecisionStep;
import org.sezflow.proposal.ProposalService;
import org.springframework.stereotype.Component;

/**
 * Records an official's decision in the proposal's decision log when the task completes (task
 * listener on "complete"; the BPMN names the step in the field {@code step}). An outcome the step
 * does not allow fails the completion, so the task stays open.
 */
@Component
public class RecordDecisionListener implements TaskListener {

  private final ProposalService proposals;

  /** Injected per task by the engine from the BPMN field; holds a {@link DecisionStep} name. */
  private Expression step;

  RecordDecisionListener(ProposalService proposals) {
    this.proposals = proposals;
  }

  @Override
  public void notify(DelegateTask task) {
    DecisionStep decisionStep = DecisionStep.valueOf(step.getValue(task).toString());
    String reference = task.getExecution().getProcessBusinessKey();
    proposals.recordDecision(reference, decisionStep, outcome(task, decisionStep), reason(task, decisionStep),
        task.getId(), StepContexts.of(task));
    if (decisionStep == DecisionStep.MINISTRY_CONSULTATION) {
      task.getExecution().getProcessInstance()
          .setVariable(MINISTRY_OPINIONS_SUMMARY, proposals.ministryOpinionsSummary(reference));
    }
  }

  private static String outcome(DelegateTask task, DecisionStep step) {
    return switch (step) {
      case SCREENING -> VariableValues.string(task, SCREENING_DECISION);
      case ZONE_CHOICE -> VariableValues.string(task, ZONE_CHOICE_DECISION);
      case MOU_PREPARATION -> "PREPARED";
      case MINISTRY_CONSULTATION -> VariableValues.string(task, MINISTRY_OPINION);
      case JWG_REVIEW -> VariableValues.string(task, JWG_DECISION);
      case REVISION -> "REVISED";
      case JCC_DECISION -> VariableValues.string(task, JCC_DECISION);
    };
  }

  private static String reason(DelegateTask task, DecisionStep step) {
    return switch (step) {
      case SCREENING -> VariableValues.string(task, SCREENING_REASON);
      case ZONE_CHOICE -> VariableValues.string(task, ZONE_CHOICE_REASON) + " (zone "
          + VariableValues.string(task, ZONE_CODE) + ", " + VariableValues.string(task, ACRES_REQUESTED) + " acres)";
      case MOU_PREPARATION -> "Draft " + VariableValues.string(task, MOU_DRAFT_REFERENCE) + ", signing planned on "
          + VariableValues.string(task, MOU_PLANNED_ON);
      case MINISTRY_CONSULTATION -> VariableValues.string(task, MINISTRY) + ": "
          + VariableValues.string(task, MINISTRY_COMMENTS);
      case JWG_REVIEW -> VariableValues.string(task, JWG_COMMENTS);
      case REVISION -> VariableValues.string(task, REVISION_NOTES);
      case JCC_DECISION -> VariableValues.string(task, JCC_MINUTES);
    };
  }
}
