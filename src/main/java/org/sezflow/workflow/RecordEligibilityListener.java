package org.sezflow.workflow;

import static org.sezflow.variables.ProcessVariables.*;

import java.util.List;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.sezflow.proposal.Eligibility;
import org.sezflow.proposal.ProposalSteps;
import org.sezflow.variables.CurrentStep;
import org.sezflow.variables.VariableValues;
import org.springframework.stereotype.Component;

/**
 * Listens to the end of the business rule task "Determine incentives": stores what the two
 * decisions the model just ran gave (eligible and its reason, mapped by "Assess eligibility", and
 * this task's incentives) in the proposal record and its decision log, and opens screening.
 */
@Component
public class RecordEligibilityListener implements ExecutionListener {

  /** The incentives table's output that names an incentive for people. */
  static final String INCENTIVE_OUTPUT = "incentive";

  private final ProposalSteps proposals;

  RecordEligibilityListener(ProposalSteps proposals) {
    this.proposals = proposals;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (!(execution.getVariable(ELIGIBLE) instanceof Boolean eligible)
        || !(execution.getVariableLocal(DECISION_RESULT) instanceof DmnDecisionResult incentives)) {
      throw new IllegalStateException("Activity " + execution.getCurrentActivityId()
          + " has no eligibility outcome or incentives result to record");
    }
    List<String> granted = incentives.collectEntries(INCENTIVE_OUTPUT);
    Eligibility outcome = new Eligibility(eligible, VariableValues.string(execution, ELIGIBILITY_REASON), granted);
    proposals.recordEligibility(CurrentStep.reference(execution), outcome, CurrentStep.of(execution));
  }
}
