package org.sezflow.sla;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sezflow.variables.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * "Escalate overdue tasks", the SLA sweep that a timer starts every 15 minutes: overdue tasks, then
 * proposals that have waited too long for a committee with no session.
 */
@Component
public class EscalateOverdueTasksDelegate implements JavaDelegate {

  private final TaskEscalationService escalations;
  private final CommitteeWaitEscalation waits;

  EscalateOverdueTasksDelegate(TaskEscalationService escalations, CommitteeWaitEscalation waits) {
    this.escalations = escalations;
    this.waits = waits;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(ProcessVariables.TASKS_ESCALATED, escalations.escalateOverdue());
    execution.setVariable(ProcessVariables.WAITS_FLAGGED, waits.flagLongWaits());
  }
}
