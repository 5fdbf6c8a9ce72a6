package org.sezflow.workflow;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The candidate group of each of a page's open tasks, in one query on the engine's identity links.
 * Camunda reads a task's links one task at a time ({@code getIdentityLinksForTask}), a command and
 * a transaction each: on MySQL that was most of a search page's time (README, Benchmark, Growth).
 */
@Component
class TaskCandidateGroups {

  private final JdbcClient jdbc;

  TaskCandidateGroups(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Task id to its candidate group (the first by name if it has several); tasks without one are absent. */
  Map<String, String> of(Collection<String> taskIds) {
    Map<String, String> groups = new HashMap<>();
    if (taskIds.isEmpty()) {
      return groups;
    }
    jdbc.sql("""
            SELECT TASK_ID_ AS task_id, MIN(GROUP_ID_) AS group_id
            FROM ACT_RU_IDENTITYLINK
            WHERE TYPE_ = 'candidate' AND GROUP_ID_ IS NOT NULL AND TASK_ID_ IN (:tasks)
            GROUP BY TASK_ID_""")
        .param("tasks", taskIds)
        .query(rs -> {
          groups.put(rs.getString("task_id"), rs.getString("group_id"));
        });
    return groups;
  }
}
