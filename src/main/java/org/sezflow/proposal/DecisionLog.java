package org.sezflow.proposal;

import java.time.Clock;
import java.util.List;

import org.sezflow.system.UtcTimestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every decision and recorded fact of a proposal, in order: who, when, what, why. Append-only. */
@Repository
class DecisionLog {

  private final JdbcClient jdbc;
  private final Clock clock;

  DecisionLog(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  void append(String proposalRef, String step, String outcome, String reason, String decidedBy, String taskId) {
    jdbc.sql("""
            INSERT INTO sez_proposal_decision (proposal_ref, step, outcome, reason, decided_by, decided_at, task_id)
            VALUES (?, ?, ?, ?, ?, ?, ?)""")
        .params(proposalRef, step, outcome, reason, decidedBy, UtcTimestamps.toColumn(clock.instant()), taskId)
        .update();
  }

  List<Decision> entries(String proposalRef) {
    return jdbc.sql("""
            SELECT id, step, outcome, reason, decided_by, decided_at, task_id FROM sez_proposal_decision
            WHERE proposal_ref = ? ORDER BY id""")
        .param(proposalRef)
        .query((rs, row) -> new Decision(rs.getLong("id"), rs.getString("step"), rs.getString("outcome"),
            rs.getString("reason"), rs.getString("decided_by"), UtcTimestamps.fromColumn(rs.getTimestamp("decided_at")),
            rs.getString("task_id")))
        .list();
  }
}
