package org.sezflow.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sezflow.proposal.ProposalService;
import org.sezflow.zone.PipelineStage;
import org.springframework.stereotype.Component;

/** "Lapse proposal": a deadline passed; the proposal ends as lapsed and releases its land. */
@Component
public class LapseProposalDelegate implements JavaDelegate {

  private final ProposalService proposals;

  LapseProposalDelegate(ProposalService proposals) {
    this.proposals = proposals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = CurrentStep.reference(execution);
    proposals.close(reference, PipelineStage.LAPSED,
        ProposalService.lapseReason(proposals.get(reference).stage()), CurrentStep.of(execution));
  }
}
