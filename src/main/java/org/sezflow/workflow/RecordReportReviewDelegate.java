package org.sezflow.workflow;

import static org.sezflow.variables.EnterpriseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sezflow.enterprise.ReportSteps;
import org.sezflow.variables.CurrentStep;
import org.sezflow.variables.VariableValues;
import org.springframework.stereotype.Component;

/** "Record report review": the SEZ authority accepted the report, or queried it with its question. */
@Component
public class RecordReportReviewDelegate implements JavaDelegate {

  private final ReportSteps reports;

  RecordReportReviewDelegate(ReportSteps reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reports.review(CurrentStep.reference(execution),
        VariableValues.choice(execution, REPORT_REVIEW, ReportSteps.Review.class),
        VariableValues.string(execution, REPORT_QUESTION), CurrentStep.of(execution).actor());
  }
}
