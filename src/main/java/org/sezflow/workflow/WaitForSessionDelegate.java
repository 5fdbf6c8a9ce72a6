package org.sezflow.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sezflow.committee.CommitteeSessions;
import org.sezflow.variables.CurrentStep;
import org.sezflow.variables.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * "Wait for JWG session", "Wait for JCC session": the proposal waits for the committee the model
 * names (input parameter {@code committee}); a session whose agenda still gathers takes it at once,
 * else the next one scheduled does. The process then waits for the session's decision.
 */
@Component
public class WaitForSessionDelegate implements JavaDelegate {

  private final CommitteeSessions sessions;

  WaitForSessionDelegate(CommitteeSessions sessions) {
    this.sessions = sessions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    sessions.startWaiting(CurrentStep.reference(execution), ProcessVariables.committee(execution));
  }
}
