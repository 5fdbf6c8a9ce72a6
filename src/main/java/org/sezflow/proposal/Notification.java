package org.sezflow.proposal;

import java.time.Instant;

/** A notification to a sponsor or partner, as recorded for delivery. */
public record Notification(long id, String recipient, String subject, String body, Instant createdAt) {}
