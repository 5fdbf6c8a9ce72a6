package org.sezflow.workflow;

import static org.sezflow.variables.EnterpriseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sezflow.enterprise.ReportSteps;
import org.sezflow.variables.CurrentStep;
import org.springframework.stereotype.Component;

/** "Escalate missing report": its progress report is missing 30 days after the quarter; the SEZ authority follows it up. */
@Component
public class EscalateMissingReportDelegate implements JavaDelegate {

  private final ReportSteps reports;

  EscalateMissingReportDelegate(ReportSteps reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reports.escalate(CurrentStep.reference(execution), CurrentStep.of(execution).actor());
  }
}
