package org.sezflow.committee;

import java.time.Instant;

/**
 * A proposal on a session's agenda, and what became of it: removed by the secretariat, withdrawn
 * by the sponsor, or decided with the minutes' reference and the committee's reasons, and delivered
 * to the proposal.
 */
public record AgendaItem(long id, long sessionId, String proposalRef, ItemOrigin origin, String addedReason,
    String addedBy, Instant addedAt, String removedReason, String removedBy, Instant removedAt, Instant withdrawnAt,
    String decision, String minutesRef, String decisionReason, String decidedBy, Instant decidedAt,
    Instant deliveredAt) {

  /** Still on the agenda: neither removed nor withdrawn. */
  public boolean onAgenda() {
    return removedAt == null && withdrawnAt == null;
  }

  public boolean decided() {
    return decision != null;
  }
}
