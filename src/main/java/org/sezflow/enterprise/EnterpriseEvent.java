package org.sezflow.enterprise;

import java.time.Instant;

/** One line of an enterprise's timeline: what happened, to which milestone, who did it. */
public record EnterpriseEvent(long id, String proposalRef, Instant occurredAt, String type, Milestone milestone,
    String actor, String detail) {}
