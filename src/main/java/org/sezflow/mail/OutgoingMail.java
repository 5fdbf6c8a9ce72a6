package org.sezflow.mail;

import java.time.Instant;

/** A message of the outbox, to one recipient, in the recipient's language. */
public record OutgoingMail(long id, String proposalRef, String recipientName, String recipientEmail, String language,
    String subject, String body, String messageId, MailStatus status, int attempts, Instant nextAttemptAt,
    String lastError, Instant createdAt, Instant sentAt) {}
