package org.sezflow.enterprise;

import java.time.Instant;
import java.time.LocalDate;

/** A request to move a milestone's deadline, and its decision once taken. */
public record ExtensionRequest(long id, String proposalRef, Milestone milestone, LocalDate dueOnBefore,
    LocalDate requestedDueOn, String reason, String requestedBy, Instant requestedAt, ExtensionStatus status,
    String decidedBy, Instant decidedAt, String decisionReason) {

  public enum ExtensionStatus {
    /** Waits for the SEZ authority's decision. */
    PENDING,
    /** Beyond the extensions the SEZ authority may grant: waits for a JCC session's decision. */
    AT_JCC,
    GRANTED,
    REFUSED
  }
}
