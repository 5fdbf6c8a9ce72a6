package org.sezflow.committee;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.sezflow.system.RecordRows;
import org.sezflow.system.UtcTimestamps;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sessions' agenda items, and the proposals waiting for a committee. */
@Repository
class AgendaRepository {

  private static final RowMapper<AgendaItem> ROWS = RecordRows.of(AgendaItem.class);
  private static final String SELECT = """
      SELECT id, session_id, proposal_ref, origin, added_reason, added_by, added_at, removed_reason, removed_by,
             removed_at, withdrawn_at, decision, minutes_ref, decision_reason, decided_by, decided_at, delivered_at
      FROM sez_agenda_item""";

  private final JdbcClient jdbc;

  AgendaRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  // --- items ---------------------------------------------------------------------------------

  /** Puts the proposal on the session's agenda; the database refuses a second open item of it for the committee. */
  void insert(long sessionId, Committee committee, String proposalRef, ItemOrigin origin, String reason, String by,
      Instant at) {
    jdbc.sql("""
        INSERT INTO sez_agenda_item (session_id, proposal_ref, origin, added_reason, added_by, added_at, open_key)
        VALUES (?, ?, ?, ?, ?, ?, ?)""")
        .params(sessionId, proposalRef, origin.name(), reason, by, UtcTimestamps.toColumn(at),
            openKey(committee, proposalRef))
        .update();
  }

  List<AgendaItem> items(long sessionId) {
    return jdbc.sql(SELECT + " WHERE session_id = ? ORDER BY id").param(sessionId).query(ROWS).list();
  }

  Optional<AgendaItem> item(long itemId) {
    return jdbc.sql(SELECT + " WHERE id = ?").param(itemId).query(ROWS).optional();
  }

  /** The item of the proposal on an open session of the committee, if any. */
  Optional<AgendaItem> openItem(Committee committee, String proposalRef) {
    return jdbc.sql(SELECT + " WHERE open_key = ?").param(openKey(committee, proposalRef)).query(ROWS).optional();
  }

  /** Every item of the proposal, on any session, oldest first. */
  List<AgendaItem> itemsOf(String proposalRef) {
    return jdbc.sql(SELECT + " WHERE proposal_ref = ? ORDER BY id").param(proposalRef).query(ROWS).list();
  }

  void remove(long itemId, String reason, String by, Instant at) {
    jdbc.sql(
        "UPDATE sez_agenda_item SET removed_reason = ?, removed_by = ?, removed_at = ?, open_key = NULL WHERE id = ?")
        .params(reason, by, UtcTimestamps.toColumn(at), itemId).update();
  }

  /** Whether the session's agenda ever had the proposal (taken off or not). */
  boolean hadItem(long sessionId, String proposalRef) {
    return jdbc.sql("SELECT COUNT(*) FROM sez_agenda_item WHERE session_id = ? AND proposal_ref = ?")
        .params(sessionId, proposalRef).query(Integer.class).single() > 0;
  }

  /** The proposal's items on open sessions' agendas. */
  List<AgendaItem> openItemsOf(String proposalRef) {
    return jdbc.sql(SELECT + " WHERE proposal_ref = ? AND open_key IS NOT NULL ORDER BY id").param(proposalRef)
        .query(ROWS).list();
  }

  /** Marks the proposal's items on open sessions withdrawn; returns how many. */
  int withdraw(String proposalRef, Instant at) {
    return jdbc.sql("""
        UPDATE sez_agenda_item SET withdrawn_at = ?, open_key = NULL
        WHERE proposal_ref = ? AND open_key IS NOT NULL""")
        .params(UtcTimestamps.toColumn(at), proposalRef).update();
  }

  void decide(long itemId, String decision, String minutesRef, String reason, String by, Instant at) {
    jdbc.sql("""
        UPDATE sez_agenda_item SET decision = ?, minutes_ref = ?, decision_reason = ?, decided_by = ?, decided_at = ?
        WHERE id = ?""")
        .params(decision, minutesRef, reason, by, UtcTimestamps.toColumn(at), itemId).update();
  }

  /** The session is closed: its decided items are delivered, and none of its items is open any more. */
  void close(long sessionId, Instant at) {
    jdbc.sql("""
        UPDATE sez_agenda_item SET delivered_at = CASE WHEN decision IS NULL THEN NULL ELSE ? END, open_key = NULL
        WHERE session_id = ?""")
        .params(UtcTimestamps.toColumn(at), sessionId).update();
  }

  // --- waiting -------------------------------------------------------------------------------

  /** The proposal waits for the committee from now on (again, after a deferral); false if it already did. */
  boolean startWaiting(String proposalRef, Committee committee, Instant since) {
    if (isWaiting(proposalRef, committee)) {
      return false;
    }
    jdbc.sql("INSERT INTO sez_committee_waiting (proposal_ref, committee, since) VALUES (?, ?, ?)")
        .params(proposalRef, committee.name(), UtcTimestamps.toColumn(since)).update();
    return true;
  }

  boolean isWaiting(String proposalRef, Committee committee) {
    return jdbc.sql("SELECT COUNT(*) FROM sez_committee_waiting WHERE proposal_ref = ? AND committee = ?")
        .params(proposalRef, committee.name()).query(Integer.class).single() > 0;
  }

  void stopWaiting(String proposalRef, Committee committee) {
    jdbc.sql("DELETE FROM sez_committee_waiting WHERE proposal_ref = ? AND committee = ?")
        .params(proposalRef, committee.name()).update();
  }

  void stopWaitingForAny(String proposalRef) {
    jdbc.sql("DELETE FROM sez_committee_waiting WHERE proposal_ref = ?").param(proposalRef).update();
  }

  /** The proposals waiting for the committee that no open session has on its agenda, longest waiting first. */
  List<String> offAgenda(Committee committee) {
    return jdbc.sql("""
        SELECT w.proposal_ref FROM sez_committee_waiting w
        WHERE w.committee = ?
          AND NOT EXISTS (SELECT 1 FROM sez_agenda_item i WHERE i.open_key = CONCAT(?, ':', w.proposal_ref))
        ORDER BY w.since, w.proposal_ref""")
        .params(committee.name(), committee.name()).query(String.class).list();
  }

  /**
   * What the session gathers: the proposals waiting for the committee off every open agenda, less
   * those this session had before (taken off it, they wait for a later session).
   */
  List<String> unplaced(Committee committee, long sessionId) {
    Set<String> had = items(sessionId).stream().map(AgendaItem::proposalRef).collect(Collectors.toSet());
    return offAgenda(committee).stream().filter(ref -> !had.contains(ref)).toList();
  }

  private static String openKey(Committee committee, String proposalRef) {
    return committee.name() + ":" + proposalRef;
  }
}
