package org.sezflow.sla;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.sezflow.system.RecordRows;
import org.sezflow.system.UtcTimestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Escalations of overdue tasks, kept for managers and for the proposal's timeline. */
@Repository
class TaskEscalationLog {

  private final JdbcClient jdbc;
  private final Clock clock;

  TaskEscalationLog(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  void record(String proposalRef, String taskId, String taskName, String candidateGroup, Instant dueAt,
      int priorityBefore, int priorityAfter) {
    jdbc.sql("""
            INSERT INTO sez_task_escalation (proposal_ref, task_id, task_name, candidate_group, due_at, escalated_at,
                priority_before, priority_after)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(proposalRef, taskId, taskName, candidateGroup, UtcTimestamps.toColumn(dueAt),
            UtcTimestamps.toColumn(clock.instant()), priorityBefore, priorityAfter)
        .update();
  }

  /** Which of these tasks have been escalated already. */
  Set<String> escalatedAmong(List<String> taskIds) {
    if (taskIds.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(jdbc.sql("SELECT task_id FROM sez_task_escalation WHERE task_id IN (:taskIds)")
        .param("taskIds", taskIds)
        .query(String.class).list());
  }

  List<TaskEscalation> of(String proposalRef) {
    return jdbc.sql("""
            SELECT proposal_ref, task_id, task_name, candidate_group, due_at, escalated_at, priority_before, priority_after
            FROM sez_task_escalation WHERE proposal_ref = ? ORDER BY id""")
        .param(proposalRef)
        .query(RecordRows.of(TaskEscalation.class))
        .list();
  }
}
