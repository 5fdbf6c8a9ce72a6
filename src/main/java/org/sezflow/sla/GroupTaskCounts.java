package org.sezflow.sla;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.sezflow.system.UtcTimestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Open and overdue tasks per official group, in one grouped query on the engine's task tables.
 * A task counts for each group that is a candidate of it, claimed or not, and is overdue when its
 * due date has passed: what Camunda's task query {@code taskCandidateGroup(g).includeAssignedTasks()}
 * (with {@code dueBefore(now)}) counts, the query of Tasklist's "My group's tasks" and "Overdue"
 * filters. One query instead of two per group, and without the engine's per-task authorization
 * joins, which made the counts the slowest part of the managers' overview: for readers who may
 * see every task (managers, admins, the metrics).
 */
@Component
public class GroupTaskCounts {

  public record Counts(long open, long overdue) {}

  private final JdbcClient jdbc;

  GroupTaskCounts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Each group's open and overdue tasks at {@code now}, 0 for a group with none. */
  public Map<String, Counts> count(Collection<String> groups, Instant now) {
    Map<String, Counts> counts = new LinkedHashMap<>();
    groups.forEach(group -> counts.put(group, new Counts(0, 0)));
    jdbc.sql("""
            SELECT I.GROUP_ID_ AS group_id, COUNT(DISTINCT T.ID_) AS open_tasks,
                   COUNT(DISTINCT CASE WHEN T.DUE_DATE_ < :now THEN T.ID_ END) AS overdue_tasks
            FROM ACT_RU_TASK T JOIN ACT_RU_IDENTITYLINK I ON I.TASK_ID_ = T.ID_
            WHERE I.TYPE_ = 'candidate' AND I.GROUP_ID_ IN (:groups)
            GROUP BY I.GROUP_ID_""")
        .param("now", UtcTimestamps.toColumn(now))
        .param("groups", groups)
        .query(rs -> {
          counts.put(rs.getString("group_id"), new Counts(rs.getLong("open_tasks"), rs.getLong("overdue_tasks")));
        });
    return counts;
  }
}
