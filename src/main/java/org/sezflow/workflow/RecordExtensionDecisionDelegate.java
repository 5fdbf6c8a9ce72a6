package org.sezflow.workflow;

import static org.sezflow.variables.EnterpriseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sezflow.enterprise.MilestoneSteps;
import org.sezflow.variables.CurrentStep;
import org.sezflow.variables.VariableValues;
import org.springframework.stereotype.Component;

/** "Record extension decision": the SEZ authority granted or refused the request, with its reasons. */
@Component
public class RecordExtensionDecisionDelegate implements JavaDelegate {

  private final MilestoneSteps milestones;

  RecordExtensionDecisionDelegate(MilestoneSteps milestones) {
    this.milestones = milestones;
  }

  @Override
  public void execute(DelegateExecution execution) {
    milestones.decideExtension(CurrentStep.reference(execution),
        VariableValues.choice(execution, EXTENSION_DECISION, MilestoneSteps.ExtensionDecision.class),
        VariableValues.string(execution, EXTENSION_DECISION_REASON), CurrentStep.of(execution).actor());
  }
}
