package org.sezflow.proposal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sezflow.system.RecordRows;
import org.sezflow.system.UtcTimestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The ministries' opinions on proposals, as given during the JWG's consultation. Append-only. */
@Repository
class MinistryOpinions {

  private final JdbcClient jdbc;
  private final Clock clock;

  MinistryOpinions(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  void add(String proposalRef, String ministry, String opinion, String comments, String givenBy, String taskId) {
    jdbc.sql("""
            INSERT INTO sez_ministry_opinion (proposal_ref, ministry, opinion, comments, given_by, given_at, task_id)
            VALUES (?, ?, ?, ?, ?, ?, ?)""")
        .params(proposalRef, ministry, opinion, comments, givenBy, UtcTimestamps.toColumn(clock.instant()), taskId)
        .update();
  }

  /** Each ministry's latest opinion, in the order the ministries first answered. */
  List<MinistryOpinion> latest(String proposalRef) {
    Map<String, MinistryOpinion> byMinistry = new LinkedHashMap<>();
    jdbc.sql("""
            SELECT ministry, opinion, comments, given_by, given_at FROM sez_ministry_opinion
            WHERE proposal_ref = ? ORDER BY id""")
        .param(proposalRef)
        .query(RecordRows.of(MinistryOpinion.class))
        .list()
        .forEach(opinion -> byMinistry.put(opinion.ministry(), opinion));
    return List.copyOf(byMinistry.values());
  }
}
