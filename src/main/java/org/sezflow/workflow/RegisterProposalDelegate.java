package org.sezflow.workflow;

import static org.sezflow.workflow.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sezflow.proposal.Proposal;
import org.sezflow.proposal.ProposalRegistration;
import org.springframework.stereotype.Component;

/**
 * "Register proposal": creates the proposal record from the submitted variables and counts it in
 * the zone's pipeline. A proposal started without a business key (Tasklist) gets the next
 * reference as its business key. Invalid input fails the start: nothing is created.
 */
@Component
public class RegisterProposalDelegate implements JavaDelegate {

  private final ProposalRegistration proposals;
  private final TaskInputRules inputRules;

  RegisterProposalDelegate(ProposalRegistration proposals, TaskInputRules inputRules) {
    this.proposals = proposals;
    this.inputRules = inputRules;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // Whatever door started it: only the start form's fields, each as the form allows.
    inputRules.checkStart(execution);
    Proposal proposal = proposals.register(execution.getProcessBusinessKey(), ProcessVariables.submission(execution),
        CurrentStep.of(execution));
    if (execution.getProcessBusinessKey() == null) {
      execution.setProcessBusinessKey(proposal.reference());
    }
    execution.setVariable(PROPOSAL_REF, proposal.reference());
    execution.setVariable(PARTNERS_SUMMARY, proposal.partnersSummary());
  }
}
