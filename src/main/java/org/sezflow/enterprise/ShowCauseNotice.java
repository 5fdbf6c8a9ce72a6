package org.sezflow.enterprise;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The notice a default opens: the enterprise is asked to show cause why its allotment should not
 * be cancelled, by {@code replyDueOn}; then the SEZ authority decides, and a cancellation it
 * proposes is confirmed or refused by a second official.
 */
public record ShowCauseNotice(long id, String proposalRef, Milestone milestone, LocalDate missedDueOn,
    Instant issuedAt, LocalDate replyDueOn, String answer, String answeredBy, Instant answeredAt,
    DefaultDecision decision, String decisionReason, String decidedBy, Instant decidedAt, LocalDate restoredDueOn,
    CancellationConfirmation confirmation, String confirmationReason, String confirmedBy, Instant confirmedAt) {

  public enum DefaultDecision {
    RESTORE,
    PROPOSE_CANCELLATION
  }

  public enum CancellationConfirmation {
    CONFIRM,
    REFUSE
  }
}
