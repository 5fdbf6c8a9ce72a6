package org.sezflow.workflow;

import static org.sezflow.variables.ProcessVariables.*;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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

  ReserveLandDelegate(ProposalSteps proposals) {
    this.proposals = proposals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    try {
      BigDecimal freeAfter = proposals.reserveLand(CurrentStep.reference(execution),
          VariableValues.string(execution, ZONE_CODE), VariableValues.decimal(execution, ACRES_REQUESTED),
          CurrentStep.of(execution));
      execution.setVariable(ZONE_FREE_ACRES, freeAfter.doubleValue());
      execution.removeVariable(LAND_SHORTFALL);
    } catch (InsufficientLandException shortfall) {
      execution.setVariable(ZONE_FREE_ACRES, shortfall.getFreeAcres().doubleValue());
      execution.setVariable(LAND_SHORTFALL, shortfall.getMessage());
      throw new BpmnError(ERROR_INSUFFICIENT_LAND, shortfall.getMessage());
    }
  }
}
