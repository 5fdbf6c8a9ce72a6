package org.sezflow.legacy;

import static org.sezflow.variables.OlderModels.*;
import static org.sezflow.variables.ProcessVariables.*;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sezflow.proposal.ProposalSteps;
import org.sezflow.sla.SlaPolicy;
import org.sezflow.variables.CurrentStep;
import org.sezflow.variables.VariableValues;
import org.springframework.stereotype.Component;

/**
 * Version 1.0's "Record deferral": the JCC deferred the proposal to a session date typed into
 * "Decide at JCC"; the process waits for that date. Kept for the instances that finish on 1.0;
 * version 2.0 puts a deferred proposal on the JCC's next session's agenda instead.
 */
@Component
public class RecordJccDeferralDelegate implements JavaDelegate {

  private final ProposalSteps proposals;
  private final SlaPolicy sla;

  RecordJccDeferralDelegate(ProposalSteps proposals, SlaPolicy sla) {
    this.proposals = proposals;
    this.sla = sla;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate sessionOn = VariableValues.date(execution, JCC_NEXT_SESSION_ON);
    proposals.deferToJccSession(CurrentStep.reference(execution), sessionOn, CurrentStep.of(execution));
    execution.setVariable(JCC_SESSION_AT, sla.sessionStart(sessionOn));
  }
}
