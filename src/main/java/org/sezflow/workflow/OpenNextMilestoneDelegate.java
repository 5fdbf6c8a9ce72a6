package org.sezflow.workflow;

import static org.sezflow.variables.EnterpriseVariables.*;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sezflow.enterprise.EnterpriseMilestone;
import org.sezflow.enterprise.ZoneEnterprise;
import org.sezflow.enterprise.ZoneEnterprises;
import org.sezflow.system.PakistanTime;
import org.sezflow.variables.CurrentStep;
import org.springframework.stereotype.Component;

/**
 * "Open next milestone": reads from the record the milestone the enterprise works towards now and
 * when its deadline passes (after any extension or restoration), for the model's timer; none left,
 * the moment its monitored years end.
 */
@Component
public class OpenNextMilestoneDelegate implements JavaDelegate {

  private final ZoneEnterprises enterprises;

  OpenNextMilestoneDelegate(ZoneEnterprises enterprises) {
    this.enterprises = enterprises;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = CurrentStep.reference(execution);
    EnterpriseMilestone next = enterprises.currentMilestone(reference);
    if (next != null) {
      execution.setVariable(MILESTONE, next.milestone().name());
      execution.setVariable(MILESTONE_DUE_AT, startOf(next.dueOn().plusDays(1)));
      return;
    }
    ZoneEnterprise enterprise = enterprises.get(reference);
    execution.setVariable(MILESTONE, null);
    execution.setVariable(MILESTONE_DUE_AT, null);
    execution.setVariable(GRADUATION_AT, startOf(enterprise.monitoringEndsOn()));
  }

  /** Midnight at the start of the day, in Pakistan. */
  static Date startOf(java.time.LocalDate day) {
    return Date.from(day.atStartOfDay(PakistanTime.ZONE).toInstant());
  }
}
