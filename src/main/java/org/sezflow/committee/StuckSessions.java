package org.sezflow.committee;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.sezflow.system.PakistanTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions that do not close by themselves: those still open after the day of their meeting (for
 * the health indicator and the metrics), and an administrator's close of one, the way out should a
 * session be stuck. Takes the same locks as every other change to a committee's sessions.
 */
@Service
public class StuckSessions {

  private final CommitteeSessionRepository sessions;
  private final AgendaRepository agenda;
  private final SessionLocks locks;
  private final AgendaPlacement placement;
  private final Clock clock;

  StuckSessions(CommitteeSessionRepository sessions, AgendaRepository agenda, SessionLocks locks,
      AgendaPlacement placement, Clock clock) {
    this.sessions = sessions;
    this.agenda = agenda;
    this.locks = locks;
    this.placement = placement;
    this.clock = clock;
  }

  /**
   * An administrator's way out for a session that cannot close by itself (its process lost, a task
   * no one can complete): the session closes with who closed it and why. Its decided items are
   * handed over like a close's; every item still undecided is taken off with the reason and waits
   * for the committee's next session, as a removal does. No other session or proposal is touched.
   * Returns the decided items, for delivery to their proposals.
   */
  @Transactional
  public List<AgendaItem> closeByAdministrator(long sessionId, String reason, String actor) {
    CommitteeSession session = locks.session(sessionId);
    SessionProblems.Invalid.throwIfAny(SessionRules.reason(reason));
    if (session.status() == SessionStatus.CLOSED) {
      throw new SessionProblems.Conflict("status", "Session " + session.citation() + " is closed already");
    }
    Instant at = clock.instant();
    String why = "Session closed by an administrator: " + reason.strip();
    List<AgendaItem> items = agenda.items(sessionId);
    for (AgendaItem item : items) {
      if (item.onAgenda() && !item.decided()) {
        agenda.remove(item.id(), why.length() > SessionRules.MAX_REASON ? why.substring(0, SessionRules.MAX_REASON)
            : why, actor, at);
      }
    }
    List<AgendaItem> decided = items.stream().filter(i -> i.onAgenda() && i.decided()).toList();
    decided.forEach(item -> agenda.stopWaiting(item.proposalRef(), session.committee()));
    agenda.close(sessionId, at);
    sessions.closeByAdministrator(sessionId, actor, reason.strip(), at);
    // Taken off, the undecided wait for the committee's next session that still gathers, as a removal's do.
    items.stream().filter(i -> i.onAgenda() && !i.decided())
        .forEach(item -> placement.onNextSession(item.proposalRef(), session.committee()));
    return decided;
  }

  /** The sessions, of both committees, still open after the day of their meeting (Pakistan time), earliest first. */
  @Transactional(readOnly = true)
  public List<CommitteeSession> openPastTheirDate() {
    return sessions.openBefore(PakistanTime.today(clock));
  }
}
