package org.sezflow.legacy;

import static org.sezflow.variables.OlderModels.*;
import static org.sezflow.variables.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sezflow.forms.TaskInputRules;
import org.sezflow.proposal.DecisionStep;
import org.sezflow.proposal.ProposalSteps;
import org.sezflow.variables.CurrentStep;
import org.sezflow.variables.VariableValues;
import org.springframework.stereotype.Component;

/**
 * Version 1.0's "Record JCC decision": the JCC secretariat's system sent the decision (message
 * JccDecisionReceived) instead of an official completing "Decide at JCC" in Tasklist. Kept for the
 * instances that finish on 1.0; the API no longer sends that message (its event is retired).
 */
@Component
public class RecordJccDecisionDelegate implements JavaDelegate {

  /** The task whose form the JCC secretariat system's values must meet. */
  static final String DECISION_TASK = "DecideAtJcc";

  private final ProposalSteps proposals;
  private final TaskInputRules inputRules;

  RecordJccDecisionDelegate(ProposalSteps proposals, TaskInputRules inputRules) {
    this.proposals = proposals;
    this.inputRules = inputRules;
  }

  @Override
  public void execute(DelegateExecution execution) {
    inputRules.checkEventFor(execution, DECISION_TASK);
    proposals.recordDecision(CurrentStep.reference(execution), DecisionStep.JCC_DECISION,
        VariableValues.string(execution, JCC_DECISION), VariableValues.string(execution, JCC_MINUTES), null,
        CurrentStep.of(execution));
  }
}
