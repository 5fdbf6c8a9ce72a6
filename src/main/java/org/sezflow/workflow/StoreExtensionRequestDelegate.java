package org.sezflow.workflow;

import static org.sezflow.variables.EnterpriseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sezflow.enterprise.Milestone;
import org.sezflow.enterprise.MilestoneSteps;
import org.sezflow.variables.CurrentStep;
import org.sezflow.variables.VariableValues;
import org.springframework.stereotype.Component;

/**
 * "Store extension request": the enterprise's request to move its milestone's deadline goes to the
 * record, and the gateway after it learns who decides it: the SEZ authority, or the JCC.
 */
@Component
public class StoreExtensionRequestDelegate implements JavaDelegate {

  private final MilestoneSteps milestones;

  StoreExtensionRequestDelegate(MilestoneSteps milestones) {
    this.milestones = milestones;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean atJcc = milestones.requestExtension(CurrentStep.reference(execution),
        Milestone.parse(VariableValues.string(execution, MILESTONE)),
        VariableValues.date(execution, REQUESTED_DUE_ON), VariableValues.string(execution, EXTENSION_REASON),
        CurrentStep.of(execution).actor());
    execution.setVariable(EXTENSION_AT_JCC, atJcc);
  }
}
