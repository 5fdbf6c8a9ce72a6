package org.sezflow.workflow;

import static org.sezflow.variables.EnterpriseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sezflow.enterprise.EnterpriseTerms;
import org.sezflow.enterprise.ProgressReport;
import org.sezflow.enterprise.ReportSteps;
import org.sezflow.variables.CurrentStep;
import org.springframework.stereotype.Component;

/** "Open next report": the quarter whose report the enterprise owes now, from the record, and the moments a missing one is reminded and escalated. */
@Component
public class OpenNextReportDelegate implements JavaDelegate {

  private final ReportSteps reports;

  OpenNextReportDelegate(ReportSteps reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProgressReport due = reports.openNext(CurrentStep.reference(execution));
    execution.setVariable(REPORT_PERIOD, due == null ? null : due.period());
    execution.setVariable(REPORT_REMINDER_AT, due == null ? null
        : OpenNextMilestoneDelegate.startOf(due.dueOn().plusDays(EnterpriseTerms.REPORT_REMINDER_DAYS + 1)));
    execution.setVariable(REPORT_ESCALATION_AT, due == null ? null
        : OpenNextMilestoneDelegate.startOf(due.dueOn().plusDays(EnterpriseTerms.REPORT_ESCALATION_DAYS + 1)));
  }
}
