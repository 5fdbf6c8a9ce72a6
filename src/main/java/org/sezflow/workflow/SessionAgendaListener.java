package org.sezflow.workflow;

import static org.sezflow.workflow.SessionVariables.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.sezflow.committee.AgendaChange;
import org.sezflow.committee.CommitteeSessions;
import org.sezflow.committee.SessionAgendas;
import org.sezflow.committee.SessionProblems;
import org.sezflow.system.ProblemException.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * "Prepare agenda": shows the agenda as it is when the task opens and when it is claimed
 * ({@code ${sessionAgendaListener.refresh(task)}} on "create" and "assignment": proposals keep
 * coming onto the agenda until its cut-off) and applies the secretariat's change
 * when it completes ({@code ${sessionAgendaListener.apply(task)}} on "complete"): one item taken off
 * and one waiting proposal added, each with its reason. The change was checked against the
 * agenda before the completion ({@link SessionTaskRules}); the session applies its rules again
 * under its lock.
 */
@Component
public class SessionAgendaListener {

  private final CommitteeSessions sessions;
  private final SessionAgendas agendas;
  private final SessionAgendaText text;

  SessionAgendaListener(CommitteeSessions sessions, SessionAgendas agendas, SessionAgendaText text) {
    this.sessions = sessions;
    this.agendas = agendas;
    this.text = text;
  }

  public void refresh(DelegateTask task) {
    long sessionId = sessionId(task);
    task.getExecution().getProcessInstance().setVariable(AGENDA_SUMMARY,
        text.of(sessions.agenda(sessionId), agendas.addable(sessionId)));
  }

  public void apply(DelegateTask task) {
    long sessionId = sessionId(task);
    AgendaChange change = change(task);
    String actor = CurrentStep.of(task).actor();
    if (change.removing() != null) {
      long itemId = agendas.itemOf(sessionId, change.removing())
          .orElseThrow(() -> new SessionProblems.Invalid(List.of(new FieldProblem(REMOVE_PROPOSAL_REF,
              "is not on the agenda"))))
          .id();
      sessions.removeItem(sessionId, itemId, change.removeReason(), actor);
    }
    if (change.adding() != null) {
      sessions.addItem(sessionId, change.adding(), change.addReason(), actor);
    }
  }

  static AgendaChange change(VariableScope scope) {
    return new AgendaChange(VariableValues.string(scope, REMOVE_PROPOSAL_REF),
        VariableValues.string(scope, REMOVE_REASON), VariableValues.string(scope, ADD_PROPOSAL_REF),
        VariableValues.string(scope, ADD_REASON));
  }

  static long sessionId(VariableScope scope) {
    return ((Number) scope.getVariable(SESSION_ID)).longValue();
  }
}
