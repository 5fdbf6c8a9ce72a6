package org.sezflow.committee;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.sezflow.system.RecordRows;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads for where proposals stand with the committees, a page of proposals at a time: their
 * waiting with the item of an open session (the sessions they cite come from
 * {@link CommitteeSessionRepository#findAll}).
 */
@Repository
class StandingRepository {

  /** The proposal waits for the committee since then; the item and session of its open agenda item, if any. */
  record Waiting(String proposalRef, Committee committee, Instant since, Long agendaItemId, Long sessionId,
      String decision) {}

  private static final RowMapper<Waiting> WAITING = RecordRows.of(Waiting.class);

  private final JdbcClient jdbc;

  StandingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** What these proposals wait for, in one query; the open item is found by its {@code open_key}, as it is kept. */
  List<Waiting> waiting(Collection<String> proposalRefs) {
    if (proposalRefs.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("""
        SELECT w.proposal_ref, w.committee, w.since, i.id AS agenda_item_id, i.session_id, i.decision
        FROM sez_committee_waiting w
        LEFT JOIN sez_agenda_item i ON i.open_key = CONCAT(w.committee, ':', w.proposal_ref)
        WHERE w.proposal_ref IN (:refs)
        ORDER BY w.proposal_ref, w.since, w.committee""")
        .param("refs", proposalRefs).query(WAITING).list();
  }
}
