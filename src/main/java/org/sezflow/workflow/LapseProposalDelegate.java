package org.sezflow.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sezflow.proposal.ProposalSteps;
import org.sezflow.variables.CurrentStep;
import org.springframework.stereotype.Component;

/** "Lapse proposal": a deadline passed; the proposal ends as lapsed and releases its land. */
@Component
public class LapseProposalDelegate implements JavaDelegate {

  private final ProposalSteps proposals;

  LapseProposalDelegate(ProposalSteps proposals) {
    this.proposals = proposals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    proposals.lapse(CurrentStep.reference(execution), CurrentStep.of(execution));
  }
}
