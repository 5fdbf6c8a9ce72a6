package org.sezflow.workflow;

import static org.sezflow.variables.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sezflow.proposal.ProposalSteps;
import org.sezflow.variables.CurrentStep;
import org.sezflow.variables.VariableValues;
import org.springframework.stereotype.Component;

/** "Record allotment letter": the proposal becomes a zone enterprise with a construction deadline. */
@Component
public class RecordAllotmentLetterDelegate implements JavaDelegate {

  private final ProposalSteps proposals;

  RecordAllotmentLetterDelegate(ProposalSteps proposals) {
    this.proposals = proposals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    proposals.recordAllotmentLetter(CurrentStep.reference(execution),
        VariableValues.string(execution, ALLOTMENT_LETTER_NO), VariableValues.date(execution, ALLOTMENT_LETTER_DATE),
        CurrentStep.of(execution));
  }
}
