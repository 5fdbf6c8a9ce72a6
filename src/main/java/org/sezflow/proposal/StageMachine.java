package org.sezflow.proposal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.sezflow.system.ConcurrentChangeException;
import org.sezflow.zone.PipelineStage;
import org.sezflow.zone.ZonePipelineService;
import org.springframework.stereotype.Component;

/**
 * Moves a proposal from stage to stage: the record, the zone's pipeline and the stage's duration
 * change together, and a move from a stage the proposal has already left is refused.
 */
@Component
class StageMachine {

  private final ProposalRepository proposals;
  private final ZonePipelineService pipeline;
  private final StageDurations stageDurations;
  private final Clock clock;

  StageMachine(ProposalRepository proposals, ZonePipelineService pipeline, StageDurations stageDurations,
      Clock clock) {
    this.proposals = proposals;
    this.pipeline = pipeline;
    this.stageDurations = stageDurations;
    this.clock = clock;
  }

  void move(Proposal proposal, PipelineStage to, StepContext step) {
    Instant now = clock.instant();
    if (!proposals.updateStage(proposal.reference(), proposal.stage(), to, now, ProposalStatus.of(to).isClosed())) {
      throw new ConcurrentChangeException(proposal.reference());
    }
    stageDurations.record(proposal.reference(), proposal.stage(), Duration.between(proposal.stageEnteredAt(), now));
    pipeline.move(proposal.zoneCode(), proposal.stage(), to, step.cause(proposal.reference()));
  }

  /** Most decisions only need to know the proposal is open: one light query, not the whole record. */
  void requireOpen(String reference) {
    PipelineStage stage = proposals.stageOf(reference).orElseThrow(() -> new ProposalNotFoundException(reference));
    if (ProposalStatus.of(stage).isClosed()) {
      throw new ProposalConflictException("reference", "Proposal " + reference + " is closed (" + stage + ")");
    }
  }

  static void requireOpen(Proposal proposal) {
    if (proposal.status().isClosed()) {
      throw new ProposalConflictException("reference",
          "Proposal " + proposal.reference() + " is closed (" + proposal.stage() + ")");
    }
  }

  static void requireStage(Proposal proposal, PipelineStage expected) {
    if (proposal.stage() != expected) {
      throw new ProposalConflictException("stage",
          "Proposal " + proposal.reference() + " is at stage " + proposal.stage() + ", not " + expected);
    }
  }
}
