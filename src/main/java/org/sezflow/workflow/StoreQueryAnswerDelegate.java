package org.sezflow.workflow;

import static org.sezflow.variables.EnterpriseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sezflow.enterprise.ReportSteps;
import org.sezflow.variables.CurrentStep;
import org.sezflow.variables.VariableValues;
import org.springframework.stereotype.Component;

/** "Store query answer": the enterprise's answer to the question on its report goes to the record. */
@Component
public class StoreQueryAnswerDelegate implements JavaDelegate {

  private final ReportSteps reports;

  StoreQueryAnswerDelegate(ReportSteps reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reports.answerQuery(CurrentStep.reference(execution), VariableValues.string(execution, REPORT_QUERY_ANSWER),
        CurrentStep.of(execution).actor());
  }
}
