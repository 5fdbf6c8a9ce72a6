package org.sezflow.committee;

import java.time.Clock;

import org.sezflow.system.Actors;
import org.sezflow.system.PakistanTime;
import org.springframework.stereotype.Component;

/**
 * Puts proposals on agendas: a proposal that starts waiting again, or is taken off an agenda, goes
 * to the earliest session of its committee still gathering that never had it. The caller holds the
 * committee's lock ({@link SessionLocks}): no freeze, schedule or other placement of the committee
 * runs meanwhile, and the database's unique {@code open_key} stays the last word (a proposal is on
 * one open agenda of a committee).
 */
@Component
class AgendaPlacement {

  /** Who gathers proposals onto an agenda. */
  static final String GATHERER = Actors.APPLICATION;

  private final CommitteeSessionRepository sessions;
  private final AgendaRepository agenda;
  private final Clock clock;

  AgendaPlacement(CommitteeSessionRepository sessions, AgendaRepository agenda, Clock clock) {
    this.sessions = sessions;
    this.agenda = agenda;
    this.clock = clock;
  }

  void onNextSession(String proposalRef, Committee committee) {
    if (agenda.openItem(committee, proposalRef).isPresent()) {
      return;
    }
    for (CommitteeSession session : sessions.gathering(committee, PakistanTime.today(clock))) {
      if (!agenda.hadItem(session.id(), proposalRef)) {
        place(session, proposalRef, ItemOrigin.GATHERED, null, GATHERER);
        return;
      }
    }
  }

  void place(CommitteeSession session, String proposalRef, ItemOrigin origin, String reason, String actor) {
    agenda.insert(session.id(), session.committee(), proposalRef, origin, reason, actor, clock.instant());
  }
}
