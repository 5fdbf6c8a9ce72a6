package org.sezflow.committee;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A proposal waiting for a committee's decision, as the secretariats and managers see it: how long
 * it has waited, the open session that has it on its agenda, and whether the SLA sweep flagged the
 * wait (more working days than {@code sezflow.sla.committee-wait-working-days} with no session).
 */
@Schema(description = "A proposal waiting for the committee's decision")
public record WaitingProposal(
    @Schema(example = "SEZ-2026-0042") String proposalRef,
    @Schema(description = "When it started waiting (again, after a deferral)") Instant since,
    @Schema(description = "Working days since the day it started waiting, today included",
        example = "23") int workingDaysWaited,
    @Schema(description = "The open session that has it on its agenda; null while no session has it") OnAgenda agenda,
    @Schema(description = "Whether the SLA sweep flagged this wait") boolean flagged,
    @Schema(description = "When the sweep flagged it; null if not flagged") Instant flaggedAt) {

  /** The item on an open session's agenda. */
  public record OnAgenda(long sessionId, @Schema(example = "JCC-14") String sessionReference, long itemId) {}
}
