package org.sezflow.workflow;

import static org.sezflow.variables.EnterpriseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sezflow.enterprise.DefaultSteps;
import org.sezflow.variables.CurrentStep;
import org.sezflow.variables.VariableValues;
import org.springframework.stereotype.Component;

/** "Store show-cause answer": the enterprise's answer, sent by its system or recorded by the SEZ authority. */
@Component
public class StoreShowCauseAnswerDelegate implements JavaDelegate {

  private final DefaultSteps defaults;

  StoreShowCauseAnswerDelegate(DefaultSteps defaults) {
    this.defaults = defaults;
  }

  @Override
  public void execute(DelegateExecution execution) {
    defaults.answer(CurrentStep.reference(execution), VariableValues.string(execution, SHOW_CAUSE_ANSWER),
        CurrentStep.of(execution).actor());
  }
}
