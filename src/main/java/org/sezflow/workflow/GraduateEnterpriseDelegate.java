package org.sezflow.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sezflow.enterprise.ZoneEnterprises;
import org.sezflow.variables.CurrentStep;
import org.springframework.stereotype.Component;

/** "Graduate enterprise": the monitored years of operation are over. */
@Component
public class GraduateEnterpriseDelegate implements JavaDelegate {

  private final ZoneEnterprises enterprises;

  GraduateEnterpriseDelegate(ZoneEnterprises enterprises) {
    this.enterprises = enterprises;
  }

  @Override
  public void execute(DelegateExecution execution) {
    enterprises.graduate(CurrentStep.reference(execution), CurrentStep.of(execution).actor());
  }
}
