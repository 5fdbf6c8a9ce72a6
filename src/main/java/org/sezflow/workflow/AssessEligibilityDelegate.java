package org.sezflow.workflow;

import static org.sezflow.workflow.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sezflow.proposal.Eligibility;
import org.sezflow.proposal.ProposalSteps;
import org.sezflow.zone.ZoneRegistry;
import org.springframework.stereotype.Component;

/** "Assess eligibility": runs the eligibility and incentive tables and shows the outcome to the PMU. */
@Component
public class AssessEligibilityDelegate implements JavaDelegate {

  private final ProposalSteps proposals;
  private final ZoneRegistry zones;

  AssessEligibilityDelegate(ProposalSteps proposals, ZoneRegistry zones) {
    this.proposals = proposals;
    this.zones = zones;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = CurrentStep.reference(execution);
    Eligibility outcome = proposals.assessEligibility(reference, CurrentStep.of(execution));
    execution.setVariable(ELIGIBLE, outcome.eligible());
    execution.setVariable(ELIGIBILITY_REASON, outcome.reason());
    execution.setVariable(INCENTIVES, outcome.incentivesSummary());
    execution.setVariable(ZONE_FREE_ACRES,
        zones.zone(VariableValues.string(execution, ZONE_CODE)).land().freeAcres().doubleValue());
  }
}
