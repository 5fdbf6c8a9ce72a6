package org.sezflow.committee;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sezflow.committee.CommitteeWaitRepository.Wait;
import org.sezflow.system.PakistanTime;
import org.sezflow.system.WorkingDayCalendar;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How long proposals have waited for a committee: the waits that no session has taken up for too
 * long, flagged once per wait for the SLA sweep, and each committee's waiting proposals for its
 * secretariat and the managers. A wait's working days are those after the day it began, up to
 * today (Pakistan time), as deadlines count them.
 */
@Service
public class CommitteeWaits {

  /** A wait the sweep flagged just now. */
  public record FlaggedWait(String proposalRef, Committee committee, Instant since, int workingDays) {}

  private final CommitteeWaitRepository waits;
  private final CommitteeSessionRepository sessions;
  private final WorkingDayCalendar calendar;
  private final Clock clock;

  CommitteeWaits(CommitteeWaitRepository waits, CommitteeSessionRepository sessions, WorkingDayCalendar calendar,
      Clock clock) {
    this.waits = waits;
    this.sessions = sessions;
    this.calendar = calendar;
    this.clock = clock;
  }

  /**
   * Flags the waits of more than {@code workingDays} working days that are on no open session's
   * agenda and not flagged before, longest first, at most {@code max}; returns those flagged.
   */
  @Transactional
  public List<FlaggedWait> flagUnscheduled(int workingDays, int max) {
    LocalDate today = PakistanTime.today(clock);
    // Waits that began before the (n+1)-th working day back have more than n working days.
    Instant before = calendar.workingDaysBack(today, workingDays + 1).atStartOfDay(PakistanTime.ZONE).toInstant();
    Instant now = clock.instant();
    List<FlaggedWait> flagged = new ArrayList<>();
    for (Wait wait : waits.unflaggedWithoutSession(before, max)) {
      int waited = workingDaysSince(wait.since(), today);
      try {
        waits.flag(wait, now, waited);
      } catch (DuplicateKeyException flaggedMeanwhile) {
        // Another node's sweep flagged this wait at the same moment: it is flagged once.
        continue;
      }
      flagged.add(new FlaggedWait(wait.proposalRef(), wait.committee(), wait.since(), waited));
    }
    return flagged;
  }

  /** The proposals waiting for the committee, longest first. */
  @Transactional(readOnly = true)
  public List<WaitingProposal> waiting(Committee committee) {
    LocalDate today = PakistanTime.today(clock);
    Map<Long, String> references = new HashMap<>();
    return waits.waiting(committee).stream().map(row -> new WaitingProposal(row.proposalRef(), row.since(),
        workingDaysSince(row.since(), today),
        row.itemId() == null ? null : new WaitingProposal.OnAgenda(row.sessionId(),
            references.computeIfAbsent(row.sessionId(), id -> sessions.find(id).orElseThrow().reference()),
            row.itemId()),
        row.flaggedAt() != null, row.flaggedAt())).toList();
  }

  private int workingDaysSince(Instant since, LocalDate today) {
    return calendar.workingDaysBetween(PakistanTime.dateOf(since), today);
  }
}
