package org.sezflow.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.sezflow.system.UtcTimestamps;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox's table, {@code sez_mail}. Every change of a message's status is one conditional
 * UPDATE, so that two nodes' senders never both take a message: the one whose claim changed the row
 * sends it, and only the node holding the claim records the outcome.
 */
@Repository
public class MailOutbox {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final int maxAttempts;
  private final Duration firstRetry;

  MailOutbox(JdbcClient jdbc, Clock clock, @Value("${sezflow.mail.max-attempts:6}") int maxAttempts,
      @Value("${sezflow.mail.first-retry:PT30S}") Duration firstRetry) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.maxAttempts = maxAttempts;
    this.firstRetry = firstRetry;
  }

  /** Writes a message in the caller's transaction: it is sent only if that transaction commits. */
  public void enqueue(String proposalRef, String recipientName, String recipientEmail, String language,
      String subject, String body) {
    Instant now = clock.instant();
    jdbc.sql("""
            INSERT INTO sez_mail (proposal_ref, recipient_name, recipient_email, language, subject, body, message_id,
                status, attempts, next_attempt_at, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)""")
        .params(proposalRef, recipientName, recipientEmail, language, subject, body,
            "<" + UUID.randomUUID() + "@sez-flow>", UtcTimestamps.toColumn(now), UtcTimestamps.toColumn(now))
        .update();
  }

  /** A proposal's messages, oldest first. */
  public List<OutgoingMail> of(String proposalRef) {
    return jdbc.sql(SELECT + " WHERE proposal_ref = ? ORDER BY id").param(proposalRef).query(MailOutbox::row).list();
  }

  OutgoingMail get(long id) {
    return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(MailOutbox::row).single();
  }

  /** The messages due now, oldest first, at most {@code limit}. */
  List<Long> due(int limit) {
    return jdbc.sql("SELECT id FROM sez_mail WHERE status = 'PENDING' AND next_attempt_at <= ? ORDER BY id LIMIT ?")
        .params(UtcTimestamps.toColumn(clock.instant()), limit).query(Long.class).list();
  }

  /** Takes a due message for this node until the lease ends; false when another node took it first. */
  boolean claim(long id, String node, Duration lease) {
    Instant now = clock.instant();
    return jdbc.sql("""
            UPDATE sez_mail SET status = 'SENDING', sending_node = ?, lease_until = ?, attempts = attempts + 1
            WHERE id = ? AND status = 'PENDING' AND next_attempt_at <= ?""")
        .params(node, UtcTimestamps.toColumn(now.plus(lease)), id, UtcTimestamps.toColumn(now)).update() == 1;
  }

  void sent(long id, String node) {
    jdbc.sql("""
            UPDATE sez_mail SET status = 'SENT', sent_at = ?, lease_until = NULL, last_error = NULL
            WHERE id = ? AND status = 'SENDING' AND sending_node = ?""")
        .params(UtcTimestamps.toColumn(clock.instant()), id, node).update();
  }

  /** A failed attempt: tried again after a backoff that doubles each time, or DEAD after the last attempt. */
  void failed(long id, String node, String error) {
    OutgoingMail mail = get(id);
    boolean dead = mail.attempts() >= maxAttempts;
    Instant next = clock.instant().plus(firstRetry.multipliedBy(1L << Math.min(mail.attempts() - 1, 10)));
    jdbc.sql("""
            UPDATE sez_mail SET status = ?, next_attempt_at = ?, lease_until = NULL, last_error = ?
            WHERE id = ? AND status = 'SENDING' AND sending_node = ?""")
        .params(dead ? MailStatus.DEAD.name() : MailStatus.PENDING.name(), UtcTimestamps.toColumn(next),
            error.length() > 500 ? error.substring(0, 500) : error, id, node)
        .update();
  }

  /** Messages whose sender's lease ran out mid-send become UNCERTAIN; returns how many. */
  int leasesRunOut() {
    return jdbc.sql("UPDATE sez_mail SET status = 'UNCERTAIN' WHERE status = 'SENDING' AND lease_until < ?")
        .param(UtcTimestamps.toColumn(clock.instant())).update();
  }

  private static final String SELECT = """
      SELECT id, proposal_ref, recipient_name, recipient_email, language, subject, body, message_id, status,
          attempts, next_attempt_at, last_error, created_at, sent_at FROM sez_mail""";

  private static OutgoingMail row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new OutgoingMail(rs.getLong("id"), rs.getString("proposal_ref"), rs.getString("recipient_name"),
        rs.getString("recipient_email"), rs.getString("language"), rs.getString("subject"), rs.getString("body"),
        rs.getString("message_id"), MailStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
        UtcTimestamps.fromColumn(rs.getTimestamp("next_attempt_at")), rs.getString("last_error"),
        UtcTimestamps.fromColumn(rs.getTimestamp("created_at")), UtcTimestamps.fromColumn(rs.getTimestamp("sent_at")));
  }
}
