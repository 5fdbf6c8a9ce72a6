package org.sezflow.workflow;

import static org.sezflow.workflow.ProcessVariables.*;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sezflow.proposal.EligibilityInputs;
import org.sezflow.proposal.Partner;
import org.sezflow.proposal.PartnerCountry;
import org.sezflow.proposal.Proposal;
import org.sezflow.proposal.ProposalService;
import org.sezflow.proposal.ProposalSubmission;
import org.sezflow.zone.ZoneRegistry;
import org.springframework.stereotype.Component;

/**
 * "Register proposal": creates the proposal record from the submitted variables and counts it in
 * the zone's pipeline. A proposal started without a business key (Tasklist) gets the next
 * reference as its business key. Invalid input fails the start: nothing is created. Sets, from the
 * records, the eligibility table's inputs that the submission does not hold as such, for the
 * business rule task "Assess eligibility" that follows.
 */
@Component
public class RegisterProposalDelegate implements JavaDelegate {

  private final ProposalService proposals;
  private final ZoneRegistry zones;
  private final TaskInputRules inputRules;

  RegisterProposalDelegate(ProposalService proposals, ZoneRegistry zones, TaskInputRules inputRules) {
    this.proposals = proposals;
    this.zones = zones;
    this.inputRules = inputRules;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // Whatever door started it: only the start form's fields, each as the form allows.
    inputRules.checkStart(execution);
    Proposal proposal = proposals.register(execution.getProcessBusinessKey(), submission(execution),
        CurrentStep.of(execution));
    if (execution.getProcessBusinessKey() == null) {
      execution.setProcessBusinessKey(proposal.reference());
    }
    execution.setVariable(PROPOSAL_REF, proposal.reference());
    execution.setVariable(PARTNERS_SUMMARY, proposal.partnersSummary());

    EligibilityInputs inputs = EligibilityInputs.of(proposal, zones.zone(proposal.zoneCode()));
    execution.setVariable(ZONE_SECTORS, inputs.zoneSectors());
    execution.setVariable(ZONE_IS_SMART_SEZ, inputs.zoneIsSmartSez());
    execution.setVariable(PAKISTANI_EQUITY_PCT, inputs.pakistaniEquityPct().doubleValue());
    execution.setVariable(CHINESE_EQUITY_PCT, inputs.chineseEquityPct().doubleValue());
  }

  static ProposalSubmission submission(DelegateExecution execution) {
    List<Partner> partners = new ArrayList<>();
    for (int n = 1; n <= ProposalSubmission.MAX_PARTNERS; n++) {
      String name = VariableValues.string(execution, partnerName(n));
      if (name != null) {
        partners.add(new Partner(name, country(VariableValues.string(execution, partnerCountry(n))),
            VariableValues.string(execution, partnerRegistrationNo(n)),
            VariableValues.decimal(execution, partnerEquityPct(n))));
      }
    }
    return new ProposalSubmission(
        VariableValues.string(execution, PROPOSAL_TITLE),
        VariableValues.string(execution, SECTOR),
        VariableValues.bool(execution, SMART_SEZ_REQUESTED),
        VariableValues.string(execution, ZONE_CODE),
        VariableValues.decimal(execution, ACRES_REQUESTED),
        VariableValues.decimal(execution, INVESTMENT_USD),
        VariableValues.decimal(execution, FDI_SHARE_PCT),
        VariableValues.integer(execution, JOBS_PLANNED),
        VariableValues.decimal(execution, POWER_DEMAND_MW),
        VariableValues.decimal(execution, WATER_DEMAND_M3_PER_DAY),
        VariableValues.string(execution, SPONSOR_NAME),
        VariableValues.string(execution, SPONSOR_EMAIL),
        VariableValues.string(execution, SPONSOR_PHONE),
        partners);
  }

  private static PartnerCountry country(String code) {
    if (code == null) {
      return null;
    }
    try {
      return PartnerCountry.valueOf(code.strip().toUpperCase());
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }
}
