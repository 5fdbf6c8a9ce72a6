package org.sezflow.workflow;

import static org.sezflow.variables.EnterpriseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sezflow.enterprise.ReportSteps;
import org.sezflow.variables.CurrentStep;
import org.sezflow.variables.VariableValues;
import org.springframework.stereotype.Component;

/** "Record report chase": how the SEZ authority followed up the missing report. */
@Component
public class RecordReportChaseDelegate implements JavaDelegate {

  private final ReportSteps reports;

  RecordReportChaseDelegate(ReportSteps reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reports.recordChase(CurrentStep.reference(execution), VariableValues.string(execution, REPORT_CHASE_NOTE),
        CurrentStep.of(execution).actor());
  }
}
