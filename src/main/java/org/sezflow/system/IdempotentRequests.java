package org.sezflow.system;

import java.time.Clock;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Requests by client and Idempotency-Key, with the fingerprint of each ({@link RequestFingerprint}):
 * a repeated request gets the first answer, a different request under the same key is refused.
 * One log for every API that takes the header (proposals, zone enterprises).
 */
@Repository
public class IdempotentRequests {

  public static final String HEADER = "Idempotency-Key";
  public static final String REUSED = "This Idempotency-Key was used for a different request";

  private static final int MAX_KEY = 100;

  /** The earlier request under a key, and the proposal or enterprise it concerned. */
  public record Entry(String requestHash, String proposalRef) {

    public boolean sameRequest(String requestHash) {
      return this.requestHash.equals(requestHash);
    }
  }

  /** What is wrong with a key a client sent, or null: 1 to 100 visible ASCII characters. */
  public static String keyProblem(String key) {
    return key.isBlank() || key.length() > MAX_KEY || key.chars().anyMatch(c -> c < 0x21 || c > 0x7e)
        ? "must be 1 to 100 visible ASCII characters" : null;
  }

  private final JdbcClient jdbc;
  private final Clock clock;

  IdempotentRequests(JdbcClient jdbc, Clock clock) {
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
