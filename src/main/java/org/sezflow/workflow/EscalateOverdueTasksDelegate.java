package org.sezflow.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Escalate overdue tasks", the SLA sweep that a timer starts every 15 minutes. */
@Component
public class EscalateOverdueTasksDelegate implements JavaDelegate {

  private final TaskEscalationService escalations;

  EscalateOverdueTasksDelegate(TaskEscalationService escalations) {
    this.escalations = escalations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(ProcessVariables.TASKS_ESCALATED, escalations.escalateOverdue());
  }
}
