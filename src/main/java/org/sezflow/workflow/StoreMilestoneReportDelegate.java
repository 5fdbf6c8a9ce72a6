package org.sezflow.workflow;

import static org.sezflow.variables.EnterpriseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sezflow.enterprise.Milestone;
import org.sezflow.enterprise.MilestoneSteps;
import org.sezflow.variables.CurrentStep;
import org.sezflow.variables.VariableValues;
import org.springframework.stereotype.Component;

/** "Store milestone report": what the enterprise's system reported, or the SEZ authority recorded, goes to the record. */
@Component
public class StoreMilestoneReportDelegate implements JavaDelegate {

  private final MilestoneSteps milestones;

  StoreMilestoneReportDelegate(MilestoneSteps milestones) {
    this.milestones = milestones;
  }

  @Override
  public void execute(DelegateExecution execution) {
    milestones.report(CurrentStep.reference(execution), Milestone.parse(VariableValues.string(execution, MILESTONE)),
        VariableValues.date(execution, REACHED_ON), VariableValues.string(execution, NOTE),
        VariableValues.string(execution, EVIDENCE_REF), CurrentStep.of(execution).actor());
  }
}
