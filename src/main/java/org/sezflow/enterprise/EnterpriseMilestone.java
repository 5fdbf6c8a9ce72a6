package org.sezflow.enterprise;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One milestone of an enterprise.
 *
 * @param originalDueOn the deadline the allotment letter set
 * @param dueOn the deadline now, moved only by extensions and restorations
 * @param extensions how many extensions moved it
 */
public record EnterpriseMilestone(String proposalRef, Milestone milestone, LocalDate originalDueOn, LocalDate dueOn,
    MilestoneStatus status, int extensions, LocalDate reachedOn, String note, String evidenceRef, String reportedBy,
    Instant reportedAt, String verifiedBy, Instant verifiedAt) {}
