package org.sezflow.workflow;

import static org.sezflow.variables.EnterpriseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sezflow.enterprise.DefaultSteps;
import org.sezflow.enterprise.ShowCauseNotice.DefaultDecision;
import org.sezflow.variables.CurrentStep;
import org.sezflow.variables.VariableValues;
import org.springframework.stereotype.Component;

/** "Record default decision": the SEZ authority restored the enterprise with a new deadline, or proposed its cancellation. */
@Component
public class RecordDefaultDecisionDelegate implements JavaDelegate {

  private final DefaultSteps defaults;

  RecordDefaultDecisionDelegate(DefaultSteps defaults) {
    this.defaults = defaults;
  }

  @Override
  public void execute(DelegateExecution execution) {
    defaults.decide(CurrentStep.reference(execution),
        VariableValues.choice(execution, DEFAULT_DECISION, DefaultDecision.class),
        VariableValues.string(execution, DEFAULT_DECISION_REASON), VariableValues.date(execution, RESTORED_DUE_ON),
        CurrentStep.of(execution).actor());
  }
}
