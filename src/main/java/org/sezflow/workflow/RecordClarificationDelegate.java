package org.sezflow.workflow;

import static org.sezflow.variables.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sezflow.proposal.ProposalSteps;
import org.sezflow.proposal.StepRules;
import org.sezflow.variables.CurrentStep;
import org.sezflow.variables.VariableValues;
import org.springframework.stereotype.Component;

/** "Record clarification": stores the sponsor's answer and returns the proposal to screening. */
@Component
public class RecordClarificationDelegate implements JavaDelegate {

  private final ProposalSteps proposals;

  RecordClarificationDelegate(ProposalSteps proposals) {
    this.proposals = proposals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    proposals.recordClarification(CurrentStep.reference(execution),
        VariableValues.text(execution, CLARIFICATION_RESPONSE, StepRules.MAX_CLARIFICATION), CurrentStep.of(execution));
  }
}
