package org.sezflow.committee;

import java.time.Instant;
import java.util.List;

import org.sezflow.system.RecordRows;
import org.sezflow.system.UtcTimestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The proposals' waits for a committee as the SLA sweep and the secretariats see them, and the waits flagged. */
@Repository
class CommitteeWaitRepository {

  /** A proposal's wait for a committee: since when. */
  record Wait(String proposalRef, Committee committee, Instant since) {}

  /** A wait with the open agenda item it is on (null: none) and when the sweep flagged it (null: not). */
  record WaitRow(String proposalRef, Instant since, Long sessionId, Long itemId, Instant flaggedAt) {}

  // A proposal's open agenda item, and the flag of its current wait (not of an earlier one).
  private static final String OPEN_ITEM = "i.open_key = CONCAT(w.committee, ':', w.proposal_ref)";
  private static final String THIS_WAITS_FLAG =
      "f.proposal_ref = w.proposal_ref AND f.committee = w.committee AND f.waiting_since = w.since";

  private final JdbcClient jdbc;

  CommitteeWaitRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The waits, of either committee, that began before {@code before}, are on no open session's
   * agenda and are not flagged yet, longest first, at most {@code limit}: what the sweep flags.
   */
  List<Wait> unflaggedWithoutSession(Instant before, int limit) {
    return jdbc.sql("SELECT w.proposal_ref, w.committee, w.since FROM sez_committee_waiting w WHERE w.since < ?"
        + " AND NOT EXISTS (SELECT 1 FROM sez_agenda_item i WHERE " + OPEN_ITEM + ")"
        + " AND NOT EXISTS (SELECT 1 FROM sez_committee_wait_flag f WHERE " + THIS_WAITS_FLAG + ")"
        + " ORDER BY w.since, w.proposal_ref, w.committee LIMIT ?")
        .params(UtcTimestamps.toColumn(before), limit).query(RecordRows.of(Wait.class)).list();
  }

  /** Records the flag; the key refuses a second flag of the same wait (another node's sweep). */
  void flag(Wait wait, Instant at, int workingDays) {
    jdbc.sql("""
        INSERT INTO sez_committee_wait_flag (proposal_ref, committee, waiting_since, flagged_at, working_days)
        VALUES (?, ?, ?, ?, ?)""")
        .params(wait.proposalRef(), wait.committee().name(), UtcTimestamps.toColumn(wait.since()),
            UtcTimestamps.toColumn(at), workingDays)
        .update();
  }

  /** The proposals waiting for the committee, longest first, each with its open item and flag if any. */
  List<WaitRow> waiting(Committee committee) {
    return jdbc.sql("SELECT w.proposal_ref, w.since, i.session_id, i.id AS item_id, f.flagged_at"
        + " FROM sez_committee_waiting w"
        + " LEFT JOIN sez_agenda_item i ON " + OPEN_ITEM
        + " LEFT JOIN sez_committee_wait_flag f ON " + THIS_WAITS_FLAG
        + " WHERE w.committee = ? ORDER BY w.since, w.proposal_ref")
        .param(committee.name()).query(RecordRows.of(WaitRow.class)).list();
  }
}
