package org.sezflow.workflow;

import static org.sezflow.variables.EnterpriseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sezflow.enterprise.ProgressReport;
import org.sezflow.enterprise.ReportSteps;
import org.sezflow.variables.CurrentStep;
import org.sezflow.variables.VariableValues;
import org.springframework.stereotype.Component;

/** "Store progress report": the quarter's figures the enterprise's system sent go to the record. */
@Component
public class StoreProgressReportDelegate implements JavaDelegate {

  private final ReportSteps reports;

  StoreProgressReportDelegate(ReportSteps reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reports.submit(CurrentStep.reference(execution), VariableValues.string(execution, REPORT_PERIOD),
        new ProgressReport.Figures(VariableValues.decimal(execution, REPORT_INVESTMENT_USD),
            VariableValues.integer(execution, REPORT_JOBS_PAKISTANI),
            VariableValues.integer(execution, REPORT_JOBS_FOREIGN),
            VariableValues.decimal(execution, REPORT_EXPORTS_USD),
            VariableValues.decimal(execution, REPORT_CONSTRUCTION_PCT)),
        CurrentStep.of(execution).actor());
  }
}
