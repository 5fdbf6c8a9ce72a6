package org.sezflow.workflow;

import static org.sezflow.variables.EnterpriseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sezflow.enterprise.ReportSteps;
import org.sezflow.variables.CurrentStep;
import org.springframework.stereotype.Component;

/** "Remind enterprise": its progress report is missing 15 days after the quarter. */
@Component
public class RemindEnterpriseDelegate implements JavaDelegate {

  private final ReportSteps reports;

  RemindEnterpriseDelegate(ReportSteps reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reports.remind(CurrentStep.reference(execution), CurrentStep.of(execution).actor());
  }
}
