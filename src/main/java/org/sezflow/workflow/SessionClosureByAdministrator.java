package org.sezflow.workflow;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.sezflow.committee.AgendaItem;
import org.sezflow.committee.CommitteeSession;
import org.sezflow.committee.CommitteeSessions;
import org.sezflow.committee.StuckSessions;
import org.sezflow.engine.ApplicationAuthority;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The administrator's close of a session that cannot close by itself, for both doors (the API and
 * Tasklist's "Close a committee session"), in one transaction: the session's record closes with
 * who and why ({@link StuckSessions#closeByAdministrator}), its decided items go to their
 * proposals as a close's do, and its own process ends, deleted with the reason (Cockpit shows it).
 * As the application, after the caller was checked to be an administrator.
 */
@Component
class SessionClosureByAdministrator {

  private static final Logger log = LoggerFactory.getLogger(SessionClosureByAdministrator.class);

  private final CommitteeSessions sessions;
  private final StuckSessions stuck;
  private final SessionDecisionDelivery delivery;
  private final RuntimeService runtime;
  private final ApplicationAuthority authority;

  SessionClosureByAdministrator(CommitteeSessions sessions, StuckSessions stuck, SessionDecisionDelivery delivery,
      ProcessEngine engine, ApplicationAuthority authority) {
    this.sessions = sessions;
    this.stuck = stuck;
    this.delivery = delivery;
    this.runtime = engine.getRuntimeService();
    this.authority = authority;
  }

  void close(CommitteeSession session, String reason, String administrator) {
    authority.run(() -> {
      sessions.holdCommittee(session.committee());
      List<AgendaItem> decided = stuck.closeByAdministrator(session.id(), reason, administrator);
      CommitteeSession closed = sessions.agenda(session.id()).session();
      delivery.deliver(closed, decided);
      if (closed.processInstanceId() != null) {
        runtime.deleteProcessInstanceIfExists(closed.processInstanceId(), "Closed by the administrator "
            + administrator + ": " + closed.closeReason(), true, true, true, false);
      }
      log.warn("{} closed by the administrator {}: {} ({} decisions handed over)", closed.citation(), administrator,
          closed.closeReason(), decided.size());
    });
  }
}
