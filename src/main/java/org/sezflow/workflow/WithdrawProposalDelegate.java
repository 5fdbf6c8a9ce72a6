package org.sezflow.workflow;

import static org.sezflow.variables.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sezflow.proposal.ProposalSteps;
import org.sezflow.proposal.StepRules;
import org.sezflow.variables.CurrentStep;
import org.sezflow.variables.VariableValues;
import org.sezflow.zone.PipelineStage;
import org.springframework.stereotype.Component;

/**
 * "Withdraw proposal": the sponsor withdrew; the proposal ends, releases its land and leaves any
 * committee's agenda it is on.
 */
@Component
public class WithdrawProposalDelegate implements JavaDelegate {

  private final ProposalSteps proposals;
  private final AgendaWithdrawal agendas;

  WithdrawProposalDelegate(ProposalSteps proposals, AgendaWithdrawal agendas) {
    this.proposals = proposals;
    this.agendas = agendas;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reason = VariableValues.text(execution, WITHDRAWAL_REASON, StepRules.MAX_WITHDRAWAL_REASON);
    // The agendas first: the committees' locks come before the zone's and the pipeline's rows, in
    // the order a session's close takes them when it delivers decisions, so neither waits on the other.
    agendas.withdraw(CurrentStep.reference(execution));
    proposals.close(CurrentStep.reference(execution), PipelineStage.WITHDRAWN,
        "Withdrawn by the sponsor" + (reason == null ? "" : ": " + reason), CurrentStep.of(execution));
  }
}
