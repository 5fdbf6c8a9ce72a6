package org.sezflow.workflow;

import static org.sezflow.variables.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.sezflow.forms.TaskInputRules;
import org.sezflow.proposal.EligibilityInputs;
import org.sezflow.proposal.Proposal;
import org.sezflow.proposal.ProposalRegistration;
import org.sezflow.variables.CurrentStep;
import org.sezflow.variables.ProcessVariables;
import org.sezflow.variables.SubmissionVariables;
import org.sezflow.zone.ZoneRegistry;
import org.springframework.stereotype.Component;

/**
 * "Register proposal": creates the proposal record from the submitted variables and counts it in
 * the zone's pipeline. A proposal started without a business key (Tasklist) gets the next
 * reference as its business key. Invalid input fails the start: nothing is created. Sets, from the
 * records, the eligibility table's inputs that the submission does not hold as such, for the
 * business rule task "Assess eligibility" that follows in the same transaction: transient, like the
 * submission itself (see {@link ProcessVariables#KEPT}).
 */
@Component
public class RegisterProposalDelegate implements JavaDelegate {

  private final ProposalRegistration proposals;
  private final ZoneRegistry zones;
  private final TaskInputRules inputRules;

  RegisterProposalDelegate(ProposalRegistration proposals, ZoneRegistry zones, TaskInputRules inputRules) {
    this.proposals = proposals;
    this.zones = zones;
    this.inputRules = inputRules;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // Whatever door started it: only the start form's fields, each as the form allows.
    inputRules.checkStart(execution);
    Proposal proposal = proposals.register(execution.getProcessBusinessKey(), SubmissionVariables.submission(execution),
        CurrentStep.of(execution));
    if (execution.getProcessBusinessKey() == null) {
      execution.setProcessBusinessKey(proposal.reference());
    }
    execution.setVariable(PROPOSAL_REF, proposal.reference());

    EligibilityInputs inputs = EligibilityInputs.of(proposal, zones.zone(proposal.zoneCode()));
    execution.setVariable(ZONE_SECTORS, Variables.stringValue(inputs.zoneSectors(), true));
    execution.setVariable(ZONE_IS_SMART_SEZ, Variables.booleanValue(inputs.zoneIsSmartSez(), true));
    execution.setVariable(PAKISTANI_EQUITY_PCT, Variables.doubleValue(inputs.pakistaniEquityPct().doubleValue(), true));
    execution.setVariable(CHINESE_EQUITY_PCT, Variables.doubleValue(inputs.chineseEquityPct().doubleValue(), true));
  }
}
