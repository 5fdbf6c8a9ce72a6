package org.sezflow.proposal;

import java.time.Instant;

/** One line of a proposal's decision log: a decision or recorded fact, who took it and when. */
public record Decision(long id, String step, String outcome, String reason, String decidedBy, Instant decidedAt,
    String taskId) {}
