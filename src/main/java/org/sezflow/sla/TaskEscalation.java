package org.sezflow.sla;

import java.time.Instant;

/** One escalation of an overdue task. */
public record TaskEscalation(String proposalRef, String taskId, String taskName, String candidateGroup, Instant dueAt,
    Instant escalatedAt, int priorityBefore, int priorityAfter) {}
