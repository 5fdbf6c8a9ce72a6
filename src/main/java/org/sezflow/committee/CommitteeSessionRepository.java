package org.sezflow.committee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.sezflow.system.RecordRows;
import org.sezflow.system.UtcTimestamps;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class CommitteeSessionRepository {

  private static final RowMapper<CommitteeSession> ROWS = RecordRows.of(CommitteeSession.class);
  private static final String SELECT = """
      SELECT id, committee, session_number, session_date, venue, agenda_cut_off, status, process_instance_id,
             scheduled_by, scheduled_at, agenda_frozen_at, held_at, closed_at, closed_by, close_reason
      FROM sez_committee_session""";

  private final JdbcClient jdbc;

  CommitteeSessionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(Committee committee, int number, LocalDate date, String venue, LocalDate cutOff, String by,
      Instant at) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
        INSERT INTO sez_committee_session (committee, session_number, session_date, venue, agenda_cut_off, status,
            scheduled_by, scheduled_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(committee.name(), number, date, venue, cutOff, SessionStatus.SCHEDULED.name(), by,
            UtcTimestamps.toColumn(at))
        .update(key, "id");
    return key.getKeyAs(Number.class).longValue();
  }

  Optional<CommitteeSession> find(long id) {
    return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(ROWS).optional();
  }

  Optional<CommitteeSession> byNumber(Committee committee, int number) {
    return jdbc.sql(SELECT + " WHERE committee = ? AND session_number = ?").params(committee.name(), number)
        .query(ROWS).optional();
  }

  /** These sessions, in one query. */
  List<CommitteeSession> findAll(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(SELECT + " WHERE id IN (:ids)").param("ids", ids).query(ROWS).list();
  }

  /**
   * Locks the committee's row until the transaction ends: every change to the committee's sessions,
   * agendas and waits takes it first, so they are taken one at a time across nodes, and each reads
   * what the one before it committed.
   */
  void lockCommittee(Committee committee) {
    jdbc.sql("SELECT code FROM sez_committee WHERE code = ? FOR UPDATE").param(committee.name()).query(String.class)
        .single();
  }

  /** The session, its row locked until the transaction ends: one change to a session at a time. */
  Optional<CommitteeSession> lock(long id) {
    return jdbc.sql(SELECT + " WHERE id = ? FOR UPDATE").param(id).query(ROWS).optional();
  }

  List<CommitteeSession> list(Committee committee) {
    return jdbc.sql(SELECT + " WHERE committee = ? ORDER BY session_number DESC").param(committee.name()).query(ROWS)
        .list();
  }

  boolean numberTaken(Committee committee, int number) {
    return jdbc.sql("SELECT COUNT(*) FROM sez_committee_session WHERE committee = ? AND session_number = ?")
        .params(committee.name(), number).query(Integer.class).single() > 0;
  }

  int nextNumber(Committee committee) {
    return jdbc.sql("SELECT COALESCE(MAX(session_number), 0) + 1 FROM sez_committee_session WHERE committee = ?")
        .param(committee.name()).query(Integer.class).single();
  }

  /** The scheduled sessions of the committee whose agenda still gathers on {@code today}, earliest first. */
  List<CommitteeSession> gathering(Committee committee, LocalDate today) {
    return jdbc.sql(SELECT + " WHERE committee = ? AND status = ? AND agenda_cut_off >= ? ORDER BY session_date, id")
        .params(committee.name(), SessionStatus.SCHEDULED.name(), today).query(ROWS).list();
  }

  /** The sessions not closed whose date is before {@code day}, of both committees, earliest first. */
  List<CommitteeSession> openBefore(LocalDate day) {
    return jdbc.sql(SELECT + " WHERE status <> ? AND session_date < ? ORDER BY session_date, id")
        .params(SessionStatus.CLOSED.name(), day).query(ROWS).list();
  }

  /** An administrator closed the session: who, why and when, whatever its status was. */
  void closeByAdministrator(long id, String by, String reason, Instant at) {
    jdbc.sql("UPDATE sez_committee_session SET status = ?, closed_at = ?, closed_by = ?, close_reason = ? WHERE id = ?")
        .params(SessionStatus.CLOSED.name(), UtcTimestamps.toColumn(at), by, reason, id).update();
  }

  void attachProcess(long id, String processInstanceId) {
    jdbc.sql("UPDATE sez_committee_session SET process_instance_id = ? WHERE id = ?").params(processInstanceId, id)
        .update();
  }

  /** Moves the session on; {@code column} is the instant column of the new status. */
  void moveTo(long id, SessionStatus to, Instant at) {
    String column = switch (to) {
      case AGENDA_FROZEN -> "agenda_frozen_at";
      case HELD -> "held_at";
      case CLOSED -> "closed_at";
      default -> throw new IllegalArgumentException("A session does not move back to " + to);
    };
    jdbc.sql("UPDATE sez_committee_session SET status = ?, " + column + " = ? WHERE id = ?")
        .params(to.name(), UtcTimestamps.toColumn(at), id).update();
  }
}
