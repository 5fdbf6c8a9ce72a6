package org.sezflow.workflow;

import static org.sezflow.variables.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sezflow.proposal.ProposalSteps;
import org.sezflow.variables.CurrentStep;
import org.springframework.stereotype.Component;

/** "Allocate plot": the reservation becomes an allocated, numbered plot. */
@Component
public class AllocatePlotDelegate implements JavaDelegate {

  private final ProposalSteps proposals;

  AllocatePlotDelegate(ProposalSteps proposals) {
    this.proposals = proposals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    proposals.allocatePlot(CurrentStep.reference(execution), CurrentStep.of(execution));
  }
}
