package org.sezflow.proposal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sezflow.system.RecordRows;
import org.sezflow.system.UtcTimestamps;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every decision and recorded fact of a proposal, in order: who, when, what, why. Append-only. */
@Repository
class DecisionLog {

  private static final RowMapper<Decision> ROWS = RecordRows.of(Decision.class);

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
    return entries(List.of(proposalRef)).getOrDefault(proposalRef, List.of());
  }

  /** The decisions of each of these proposals, oldest first, in one query. */
  Map<String, List<Decision>> entries(List<String> proposalRefs) {
    if (proposalRefs.isEmpty()) {
      return Map.of();
    }
    Map<String, List<Decision>> byProposal = new HashMap<>();
    jdbc.sql("""
            SELECT proposal_ref, id, step, outcome, reason, decided_by, decided_at, task_id FROM sez_proposal_decision
            WHERE proposal_ref IN (:refs) ORDER BY proposal_ref, id""")
        .param("refs", proposalRefs)
        .query(rs -> {
          byProposal.computeIfAbsent(rs.getString("proposal_ref"), ref -> new ArrayList<>())
              .add(ROWS.mapRow(rs, rs.getRow()));
        });
    return byProposal;
  }
}
