package org.sezflow.workflow;

import static org.sezflow.variables.ProcessVariables.*;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sezflow.proposal.Proposal;
import org.sezflow.proposal.ProposalReads;
import org.sezflow.proposal.ProposalSteps;
import org.sezflow.variables.CurrentStep;
import org.sezflow.variables.VariableValues;
import org.sezflow.zone.InsufficientLandException;
import org.springframework.stereotype.Component;

/**
 * "Reserve land": reserves the requested acres in the chosen zone. Not enough free land is a
 * business outcome, thrown as the BPMN error INSUFFICIENT_LAND for the PMU to choose again.
 */
@Component
public class ReserveLandDelegate implements JavaDelegate {

  private final ProposalSteps proposals;
  private final ProposalReads reads;

  ReserveLandDelegate(ProposalSteps proposals, ProposalReads reads) {
    this.proposals = proposals;
    this.reads = reads;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = CurrentStep.reference(execution);
    // The zone and area as the record holds them, or as "Choose another zone or area" just gave them.
    Proposal proposal = reads.get(reference);
    String zoneCode = VariableValues.string(execution, ZONE_CODE);
    BigDecimal acres = VariableValues.decimal(execution, ACRES_REQUESTED);
    try {
      proposals.reserveLand(reference, zoneCode != null ? zoneCode : proposal.zoneCode(),
          acres != null ? acres : proposal.acresRequested(), CurrentStep.of(execution));
    } catch (InsufficientLandException shortfall) {
      throw new BpmnError(ERROR_INSUFFICIENT_LAND, shortfall.getMessage());
    }
  }
}
