package org.sezflow.workflow;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sezflow.committee.AgendaItem;
import org.sezflow.committee.CommitteeSessions;
import org.springframework.stereotype.Component;

/**
 * "Close session": every item on the agenda is decided (or there was none); the session is
 * closed, and its decisions go to their proposals through {@link SessionDecisionDelivery}.
 */
@Component
public class CloseSessionDelegate implements JavaDelegate {

  private final CommitteeSessions sessions;
  private final SessionDecisionDelivery delivery;

  CloseSessionDelegate(CommitteeSessions sessions, SessionDecisionDelivery delivery) {
    this.sessions = sessions;
    this.delivery = delivery;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long sessionId = SessionAgendaListener.sessionId(execution);
    List<AgendaItem> decided = sessions.close(sessionId);
    delivery.deliver(sessions.agenda(sessionId).session(), decided);
  }
}
