package org.sezflow.workflow;

import static org.sezflow.variables.EnterpriseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sezflow.enterprise.DefaultSteps;
import org.sezflow.enterprise.ShowCauseNotice.CancellationConfirmation;
import org.sezflow.variables.CurrentStep;
import org.sezflow.variables.VariableValues;
import org.springframework.stereotype.Component;

/**
 * "Record cancellation decision": a second official confirmed the cancellation (the plot goes back
 * to the zone) or refused it; the official who proposed it is refused.
 */
@Component
public class RecordCancellationDecisionDelegate implements JavaDelegate {

  private final DefaultSteps defaults;

  RecordCancellationDecisionDelegate(DefaultSteps defaults) {
    this.defaults = defaults;
  }

  @Override
  public void execute(DelegateExecution execution) {
    defaults.confirm(CurrentStep.reference(execution),
        VariableValues.choice(execution, CANCELLATION_DECISION, CancellationConfirmation.class),
        VariableValues.string(execution, CANCELLATION_DECISION_REASON), CurrentStep.of(execution).actor());
  }
}
