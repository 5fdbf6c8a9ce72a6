package org.sezflow.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Where proposals stand with the committees (JWG, JCC) that decide them in sessions, as the
 * proposal's view and timeline show it; implemented in the committee package, which keeps the
 * sessions and their agendas (this package does not read them itself: committee depends on it).
 */
public interface CommitteeStandings {

  /** A committee's session as a proposal cites it: "JCC-14", "14th JCC", its date, venue and status. */
  record Session(long id, String reference, String citation, LocalDate date, String venue, String status) {}

  /**
   * The proposal waits for the committee ("JWG", "JCC") since then, on the agenda of the open
   * session {@code session} (item {@code agendaItemId}), or of none yet (both null); {@code decision}
   * is the session's decision on it once taken, until the session closes and hands it over.
   */
  record Standing(String committee, Instant waitingSince, Session session, Long agendaItemId, String decision) {}

  /** One agenda item of a proposal and what became of it: removed, withdrawn, or decided in the minutes, with reasons. */
  record AgendaEntry(long itemId, Session session, String origin, String addedReason, String addedBy,
      Instant addedAt, String removedReason, String removedBy, Instant removedAt, Instant withdrawnAt,
      String decision, String minutesRef, String decisionReason, String decidedBy, Instant decidedAt) {}

  /**
   * Where each of these proposals stands, by reference, read for them all at once; proposals that
   * wait for no committee are left out. One waiting for both takes the committee it waits for since later.
   */
  Map<String, Standing> standings(List<String> references);

  /** The proposal's agenda items on every session, oldest first. */
  List<AgendaEntry> agendaHistory(String reference);
}
