package org.sezflow.workflow;

import static org.sezflow.workflow.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sezflow.proposal.ProposalService;
import org.springframework.stereotype.Component;

/** "Record clarification": stores the sponsor's answer and returns the proposal to screening. */
@Component
public class RecordClarificationDelegate implements JavaDelegate {

  private final ProposalService proposals;

  RecordClarificationDelegate(ProposalService proposals) {
    this.proposals = proposals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    proposals.recordClarification(CurrentStep.reference(execution),
        VariableValues.text(execution, CLARIFICATION_RESPONSE, ProposalService.MAX_CLARIFICATION), CurrentStep.of(execution));
  }
}
