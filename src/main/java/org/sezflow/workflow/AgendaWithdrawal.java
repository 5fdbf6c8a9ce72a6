package org.sezflow.workflow;

import static org.sezflow.variables.SessionVariables.ITEM_ID;
import static org.sezflow.variables.SessionVariables.RECORD_DECISION_TASK;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.sezflow.committee.AgendaItem;
import org.sezflow.committee.CommitteeSession;
import org.sezflow.committee.CommitteeSessions;
import org.sezflow.committee.SessionAgendas;
import org.sezflow.committee.SessionStatus;
import org.sezflow.engine.ApplicationAuthority;
import org.springframework.stereotype.Component;

/**
 * A withdrawn proposal leaves the committees' agendas: its items show the withdrawal, and on an
 * agenda already frozen its "Record decision" task is completed without a decision (the session
 * cannot decide a withdrawn proposal), so that the session is not kept from closing. That
 * completion is the application's, past the form's required fields: no one took a decision.
 */
@Component
class AgendaWithdrawal {

  private final CommitteeSessions sessions;
  private final SessionAgendas agendas;
  private final TaskService tasks;
  private final ApplicationAuthority authority;

  AgendaWithdrawal(CommitteeSessions sessions, SessionAgendas agendas, ProcessEngine engine,
      ApplicationAuthority authority) {
    this.sessions = sessions;
    this.agendas = agendas;
    this.tasks = engine.getTaskService();
    this.authority = authority;
  }

  void withdraw(String proposalRef) {
    for (AgendaItem item : sessions.withdraw(proposalRef)) {
      CommitteeSession session = agendas.session(item.sessionId());
      if (session.status() == SessionStatus.AGENDA_FROZEN && session.processInstanceId() != null) {
        authority.run(() -> completeTaskOf(session, item.id()));
      }
    }
  }

  private void completeTaskOf(CommitteeSession session, long itemId) {
    for (Task task : tasks.createTaskQuery().processInstanceId(session.processInstanceId())
        .taskDefinitionKey(RECORD_DECISION_TASK).list()) {
      if (tasks.getVariable(task.getId(), ITEM_ID) instanceof Number id && id.longValue() == itemId) {
        ApplicationAuthority.completeTaskInRunningCommand(task.getId());
      }
    }
  }
}
