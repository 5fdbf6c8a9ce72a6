package org.sezflow.workflow;

import static org.sezflow.variables.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.sezflow.proposal.DecisionStep;
import org.sezflow.proposal.ProposalSteps;
import org.sezflow.variables.CurrentStep;
import org.sezflow.variables.OlderModels;
import org.sezflow.variables.VariableValues;
import org.springframework.stereotype.Component;

/**
 * Records an official's decision in the proposal's decision log when the task completes: a task
 * listener on "complete", {@code ${recordDecisionListener.record(task, 'SCREENING')}}. The step is
 * an argument, not an injected field, because this bean is shared by concurrent completions. An
 * outcome the step does not allow fails the completion, so the task stays open.
 */
@Component
public class RecordDecisionListener {

  private static final String RECORDED_APART = "A ministry's opinion is recorded by recordMinistryOpinion";

  private final ProposalSteps proposals;

  RecordDecisionListener(ProposalSteps proposals) {
    this.proposals = proposals;
  }

  public void record(DelegateTask task, String step) {
    DecisionStep decisionStep = DecisionStep.valueOf(step);
    String reference = task.getExecution().getProcessBusinessKey();
    if (decisionStep == DecisionStep.MINISTRY_CONSULTATION) {
      // A ministry's opinion is data the JWG reads back, not only a line of the log.
      proposals.recordMinistryOpinion(reference, VariableValues.string(task, MINISTRY),
          VariableValues.string(task, MINISTRY_OPINION), VariableValues.string(task, MINISTRY_COMMENTS), task.getId(),
          CurrentStep.of(task));
    } else {
      if (decisionStep == DecisionStep.MOU_PREPARATION) {
        proposals.recordMouDraft(reference, VariableValues.string(task, MOU_DRAFT_REFERENCE));
      }
      proposals.recordDecision(reference, decisionStep, outcome(task, decisionStep), reason(task, decisionStep),
          task.getId(), CurrentStep.of(task));
    }
  }

  private static String outcome(DelegateTask task, DecisionStep step) {
    return switch (step) {
      case SCREENING -> VariableValues.string(task, SCREENING_DECISION);
      case ZONE_CHOICE -> VariableValues.string(task, ZONE_CHOICE_DECISION);
      case MOU_PREPARATION -> "PREPARED";
      case MINISTRY_CONSULTATION -> throw new IllegalArgumentException(RECORDED_APART);
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
      case MINISTRY_CONSULTATION -> throw new IllegalArgumentException(RECORDED_APART);
      case JWG_REVIEW -> VariableValues.string(task, OlderModels.JWG_COMMENTS);
      case REVISION -> VariableValues.string(task, REVISION_NOTES);
      case JCC_DECISION -> VariableValues.string(task, OlderModels.JCC_MINUTES);
    };
  }
}
