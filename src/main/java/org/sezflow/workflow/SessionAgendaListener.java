package org.sezflow.workflow;

import static org.sezflow.variables.SessionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.sezflow.committee.AgendaChange;
import org.sezflow.committee.CommitteeSessions;
import org.sezflow.forms.PrepareAgendaForm;
import org.sezflow.forms.SessionTaskRules;
import org.sezflow.variables.CurrentStep;
import org.sezflow.variables.VariableValues;
import org.springframework.stereotype.Component;

/**
 * "Prepare agenda": applies the secretariat's change when the task completes
 * ({@code ${sessionAgendaListener.apply(task)}} on "complete"): the proposals taken off and the
 * waiting proposals added, each list with its reason. The change was checked against the agenda
 * before the completion ({@link SessionTaskRules}); the session checks it again under its
 * committee's lock. What the form shows is read as it opens ({@link PrepareAgendaForm}).
 */
@Component
public class SessionAgendaListener {

  private final CommitteeSessions sessions;

  SessionAgendaListener(CommitteeSessions sessions) {
    this.sessions = sessions;
  }

  public void apply(DelegateTask task) {
    AgendaChange change = change(task);
    if (!change.isEmpty()) {
      sessions.changeAgenda(sessionId(task), change, CurrentStep.of(task).actor());
    }
  }

  static AgendaChange change(VariableScope scope) {
    return AgendaChange.ofLines(VariableValues.string(scope, REMOVE_PROPOSAL_REFS),
        VariableValues.string(scope, REMOVE_REASON), VariableValues.string(scope, ADD_PROPOSAL_REFS),
        VariableValues.string(scope, ADD_REASON));
  }

  static long sessionId(VariableScope scope) {
    return ((Number) scope.getVariable(SESSION_ID)).longValue();
  }
}
