package org.sezflow.workflow;

import static org.sezflow.variables.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sezflow.enterprise.MilestoneSteps;
import org.sezflow.variables.CurrentStep;
import org.sezflow.variables.VariableValues;
import org.springframework.stereotype.Component;

/**
 * "Record JCC extension decision": the JCC session's decision on the extension request, delivered
 * with the session's close (approve grants it, reject refuses it, defer waits for the next session),
 * with the session, minutes and reasons as its grounds.
 */
@Component
public class RecordJccExtensionDecisionDelegate implements JavaDelegate {

  private final MilestoneSteps milestones;

  RecordJccExtensionDecisionDelegate(MilestoneSteps milestones) {
    this.milestones = milestones;
  }

  @Override
  public void execute(DelegateExecution execution) {
    milestones.decideAtJcc(CurrentStep.reference(execution), VariableValues.string(execution, JCC_DECISION),
        VariableValues.string(execution, DECIDING_SESSION), VariableValues.string(execution, MINUTES_REF),
        VariableValues.string(execution, COMMITTEE_REASON));
  }
}
