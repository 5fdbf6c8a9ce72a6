package org.sezflow.workflow;

import static org.sezflow.variables.EnterpriseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sezflow.enterprise.DefaultSteps;
import org.sezflow.variables.CurrentStep;
import org.springframework.stereotype.Component;

/** "Record default": the milestone's deadline passed unreported; a show-cause notice goes out with its reply window. */
@Component
public class RecordDefaultDelegate implements JavaDelegate {

  private final DefaultSteps defaults;

  RecordDefaultDelegate(DefaultSteps defaults) {
    this.defaults = defaults;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(REPLY_DUE_AT, OpenNextMilestoneDelegate.startOf(
        defaults.recordDefault(CurrentStep.reference(execution), CurrentStep.of(execution).actor()).plusDays(1)));
  }
}
