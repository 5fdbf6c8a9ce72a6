package org.sezflow.workflow;

import static org.sezflow.variables.EnterpriseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sezflow.enterprise.MilestoneSteps;
import org.sezflow.variables.CurrentStep;
import org.sezflow.variables.VariableValues;
import org.springframework.stereotype.Component;

/** "Record milestone verification": the SEZ authority verified the report, or returned it with its reason. */
@Component
public class RecordMilestoneVerificationDelegate implements JavaDelegate {

  private final MilestoneSteps milestones;

  RecordMilestoneVerificationDelegate(MilestoneSteps milestones) {
    this.milestones = milestones;
  }

  @Override
  public void execute(DelegateExecution execution) {
    milestones.verify(CurrentStep.reference(execution),
        VariableValues.choice(execution, VERIFICATION, MilestoneSteps.Verification.class),
        VariableValues.string(execution, VERIFICATION_REASON), CurrentStep.of(execution).actor());
  }
}
