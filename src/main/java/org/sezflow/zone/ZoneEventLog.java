package org.sezflow.zone;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

import org.sezflow.system.RecordRows;
import org.sezflow.system.UtcTimestamps;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The zones' append-only event log: this class only ever inserts and reads. */
@Repository
class ZoneEventLog {

  private final JdbcClient jdbc;
  private final Clock clock;

  ZoneEventLog(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  void append(String zoneCode, ZoneEventType type, BigDecimal acres, LandAccount after,
      ZoneChangeCause cause, String detail) {
    jdbc.sql("""
            INSERT INTO sez_zone_event (zone_code, occurred_at, event_type, acres, reserved_after,
                allocated_after, free_after, proposal_ref, process_instance_id, step, actor, detail)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(zoneCode, UtcTimestamps.toColumn(clock.instant()), type.name(), acres,
            after == null ? null : after.reservedAcres(),
            after == null ? null : after.allocatedAcres(),
            after == null ? null : after.freeAcres(),
            cause.proposalRef(), cause.processInstanceId(), cause.step(), cause.actor(), detail)
        .update();
  }

  /** Every event caused by one proposal, in any zone, oldest first. */
  List<ZoneEvent> ofProposal(String proposalRef) {
    return jdbc.sql(SELECT_EVENT + " WHERE proposal_ref = ? ORDER BY id")
        .param(proposalRef)
        .query(ROWS)
        .list();
  }

  /** The newest events of a zone, newest first. */
  List<ZoneEvent> latest(String zoneCode, int limit) {
    return jdbc.sql(SELECT_EVENT + " WHERE zone_code = ? ORDER BY id DESC LIMIT ?")
        .params(zoneCode, limit)
        .query(ROWS)
        .list();
  }

  private static final RowMapper<ZoneEvent> ROWS = RecordRows.of(ZoneEvent.class);

  private static final String SELECT_EVENT = """
      SELECT id, zone_code, occurred_at, event_type AS type, acres, reserved_after, allocated_after, free_after,
             proposal_ref, process_instance_id, step, actor, detail
      FROM sez_zone_event""";
}
