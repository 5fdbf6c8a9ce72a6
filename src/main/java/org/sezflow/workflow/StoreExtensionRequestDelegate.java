package org.sezflow.workflow;

import static org.sezflow.workflow.EnterpriseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sezflow.enterprise.Milestone;
import org.sezflow.enterprise.MilestoneSteps;
import org.springframework.stereotype.Component;

/** "Store extension request": the enterprise's request to move its milestone's deadline goes to the record. */
@Component
public class StoreExtensionRequestDelegate implements JavaDelegate {

  private final MilestoneSteps milestones;

  StoreExtensionRequestDelegate(MilestoneSteps milestones) {
    this.milestones = milestones;
  }

  @Override
  public void execute(DelegateExecution execution) {
    milestones.requestExtension(CurrentStep.reference(execution),
        Milestone.parse(VariableValues.string(execution, MILESTONE)),
        VariableValues.date(execution, REQUESTED_DUE_ON), VariableValues.string(execution, EXTENSION_REASON),
        CurrentStep.of(execution).actor());
    VariableValues.stored(execution, REQUESTED_DUE_ON, EXTENSION_REASON);
  }
}
