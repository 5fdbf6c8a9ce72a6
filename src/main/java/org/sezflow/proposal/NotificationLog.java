package org.sezflow.proposal;

import java.time.Clock;
import java.util.List;

import org.sezflow.system.RecordRows;
import org.sezflow.system.UtcTimestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Notifications to sponsors and partners, kept as records (the outbox a mail or SMS gateway
 * would read; no mail server is needed to run SEZ Flow).
 */
@Repository
class NotificationLog {

  private final JdbcClient jdbc;
  private final Clock clock;

  NotificationLog(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  void add(String proposalRef, String recipient, String subject, String body) {
    jdbc.sql("""
            INSERT INTO sez_notification (proposal_ref, recipient, subject, body, created_at)
            VALUES (?, ?, ?, ?, ?)""")
        .params(proposalRef, recipient, subject, body, UtcTimestamps.toColumn(clock.instant()))
        .update();
  }

  List<Notification> of(String proposalRef) {
    return jdbc
        .sql("SELECT id, recipient, subject, body, created_at FROM sez_notification WHERE proposal_ref = ? ORDER BY id")
        .param(proposalRef)
        .query(RecordRows.of(Notification.class))
        .list();
  }
}
