package org.sezflow.workflow;

import static org.sezflow.variables.SessionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sezflow.committee.CommitteeSessions;
import org.sezflow.committee.SessionAgendas;
import org.springframework.stereotype.Component;

/**
 * "Freeze agenda": no item is added or removed any more; the agenda is what the committee decides.
 * Counts the items to decide, for the gateway that sends an empty agenda straight to the close.
 */
@Component
public class FreezeAgendaDelegate implements JavaDelegate {

  private final CommitteeSessions sessions;
  private final SessionAgendas agendas;

  FreezeAgendaDelegate(CommitteeSessions sessions, SessionAgendas agendas) {
    this.sessions = sessions;
    this.agendas = agendas;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long sessionId = SessionAgendaListener.sessionId(execution);
    sessions.freezeAgenda(sessionId);
    execution.setVariable(AGENDA_ITEMS, (long) agendas.itemsToDecide(sessionId).size());
  }
}
