package org.sezflow.proposal;

import java.time.Clock;
import java.util.Optional;

import org.sezflow.system.UtcTimestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Submissions by client and idempotency key, so that a repeated request gets the first answer. */
@Repository
public class ApiRequestLog {

  public record Entry(String requestHash, String proposalRef) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  ApiRequestLog(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public Optional<Entry> find(String client, String key) {
    return jdbc.sql("SELECT request_hash, proposal_ref FROM sez_api_request WHERE client = ? AND idempotency_key = ?")
        .params(client, key)
        .query((rs, row) -> new Entry(rs.getString(1), rs.getString(2)))
        .optional();
  }

  /** Fails with DuplicateKeyException when the key was taken meanwhile. */
  public void insert(String client, String key, String requestHash, String proposalRef) {
    jdbc.sql("""
            INSERT INTO sez_api_request (client, idempotency_key, request_hash, proposal_ref, created_at)
            VALUES (?, ?, ?, ?, ?)""")
        .params(client, key, requestHash, proposalRef, UtcTimestamps.toColumn(clock.instant()))
        .update();
  }
}
