package org.sezflow.committee;

import org.springframework.stereotype.Component;

/**
 * The order in which changes to the committees' sessions take their locks: the committee's row
 * first ({@code sez_committee}: one change to a committee's sessions, agendas and waits at a time,
 * on every node), then the session's. Whoever needs both committees locks them in the enum's order
 * (JWG before JCC). Each method reads the session again under its lock.
 */
@Component
class SessionLocks {

  private final CommitteeSessionRepository sessions;

  SessionLocks(CommitteeSessionRepository sessions) {
    this.sessions = sessions;
  }

  void committee(Committee committee) {
    sessions.lockCommittee(committee);
  }

  void everyCommittee() {
    for (Committee committee : Committee.values()) {
      sessions.lockCommittee(committee);
    }
  }

  /** The session, locked after its committee, as it is now. */
  CommitteeSession session(long sessionId) {
    CommitteeSession session = sessions.find(sessionId).orElseThrow(() -> new SessionProblems.NotFound(sessionId));
    sessions.lockCommittee(session.committee());
    return sessions.lock(sessionId).orElseThrow(() -> new SessionProblems.NotFound(sessionId));
  }

  /** The session, locked, whose agenda may still change: a frozen one is a conflict. */
  CommitteeSession scheduledSession(long sessionId) {
    CommitteeSession session = session(sessionId);
    if (session.status() != SessionStatus.SCHEDULED) {
      throw new SessionProblems.Conflict("status", "The agenda of session " + session.citation() + " is frozen ("
          + session.status() + ")");
    }
    return session;
  }
}
