package org.sezflow.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sezflow.proposal.ProposalSteps;
import org.sezflow.variables.CurrentStep;
import org.springframework.stereotype.Component;

/** "Notify partners": tells every partner and the sponsor about the allotment. */
@Component
public class NotifyPartnersDelegate implements JavaDelegate {

  private final ProposalSteps proposals;

  NotifyPartnersDelegate(ProposalSteps proposals) {
    this.proposals = proposals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    proposals.notifyPartners(CurrentStep.reference(execution));
  }
}
