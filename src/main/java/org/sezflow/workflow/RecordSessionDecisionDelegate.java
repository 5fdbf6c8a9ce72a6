package org.sezflow.workflow;

import static org.sezflow.variables.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sezflow.committee.Committee;
import org.sezflow.committee.SessionDecision;
import org.sezflow.proposal.InvalidProposalException;
import org.sezflow.proposal.ProposalSteps;
import org.sezflow.variables.CurrentStep;
import org.sezflow.variables.ProcessVariables;
import org.sezflow.variables.VariableValues;
import org.springframework.stereotype.Component;

/**
 * "Record JWG decision", "Record JCC decision": the session's close delivered its decision on the
 * proposal; it goes into the decision log under the committee's step, citing the session, the
 * minutes and the committee's reasons, and the gateway after it follows the decision.
 */
@Component
public class RecordSessionDecisionDelegate implements JavaDelegate {

  /** "9999th JWG" and then some. */
  private static final int MAX_SESSION_CITATION = 40;

  private final ProposalSteps proposals;

  RecordSessionDecisionDelegate(ProposalSteps proposals) {
    this.proposals = proposals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Committee committee = ProcessVariables.committee(execution);
    proposals.recordDecision(CurrentStep.reference(execution), committee.step(),
        VariableValues.string(execution, decisionOf(committee)), grounds(execution), null, CurrentStep.of(execution));
  }

  /**
   * The session's grounds as the decision log and a rejection give them: "14th JWG, minutes
   * JWG-14/3: the ministries asked for ..."; the committee's reasons are left out where it gave none.
   */
  static String grounds(DelegateExecution execution) {
    String reasons = VariableValues.text(execution, COMMITTEE_REASON, SessionDecision.MAX_REASON);
    return sessionCitation(execution) + (reasons == null ? "" : ": " + reasons);
  }

  /**
   * How the decision log and a rejection cite the session: "14th JCC, minutes JCC-14/3". The
   * session checked both; a message correlated past it (an administrator's, over /engine-rest) is
   * held to the same limits.
   */
  static String sessionCitation(DelegateExecution execution) {
    String session = VariableValues.text(execution, DECIDING_SESSION, MAX_SESSION_CITATION);
    String minutes = VariableValues.text(execution, MINUTES_REF, SessionDecision.MAX_MINUTES_REF);
    if (session == null || minutes == null) {
      throw InvalidProposalException.of(session == null ? DECIDING_SESSION : MINUTES_REF, "is required");
    }
    return session + ", minutes " + minutes;
  }
}
