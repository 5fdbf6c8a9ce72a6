package org.sezflow.workflow;

import static org.sezflow.variables.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sezflow.proposal.ProposalSteps;
import org.sezflow.sla.SlaPolicy;
import org.sezflow.variables.CurrentStep;
import org.sezflow.variables.VariableValues;
import org.springframework.stereotype.Component;

/** "Request clarification": sends the PMU's question to the sponsor and sets the answer's deadline. */
@Component
public class RequestClarificationDelegate implements JavaDelegate {

  private final ProposalSteps proposals;
  private final SlaPolicy sla;

  RequestClarificationDelegate(ProposalSteps proposals, SlaPolicy sla) {
    this.proposals = proposals;
    this.sla = sla;
  }

  @Override
  public void execute(DelegateExecution execution) {
    proposals.requestClarification(CurrentStep.reference(execution),
        VariableValues.string(execution, SCREENING_REASON), CurrentStep.of(execution));
    execution.setVariable(CLARIFICATION_DEADLINE, sla.clarificationDeadline());
  }
}
