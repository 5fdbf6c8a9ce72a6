package org.sezflow.proposal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.sezflow.proposal.ProposalClocks.SponsorSpan;
import org.sezflow.zone.PipelineStage;

/**
 * When a proposal was with its sponsor (at stage CLARIFICATION), read from its decision log, which
 * has said so since the first version, in the same transaction as each stage change: the PMU's
 * request is the screening decision CLARIFY, and the stage ends with the sponsor's answer
 * (CLARIFICATION ANSWERED, {@link ProposalSteps#recordClarification}) or with the proposal's end
 * (CLOSURE: lapsed, withdrawn; {@link ProposalSteps#close}). The proposal's stage has the last word
 * on where it is now: at CLARIFICATION with no open request in the log, it has been with the
 * sponsor since it entered the stage; elsewhere, an open request ended when it entered its stage.
 */
final class SponsorTime {

  private static final String CLOSURE = "CLOSURE";

  private SponsorTime() {}

  static List<SponsorSpan> spans(Proposal proposal, List<Decision> log) {
    List<SponsorSpan> spans = new ArrayList<>();
    Instant asked = null;
    for (Decision decision : log) {
      if (isRequest(decision)) {
        asked = asked == null ? decision.decidedAt() : asked;
      } else if (asked != null && endsClarification(decision)) {
        // A closure is logged just before the record closes, in the same transaction: the sponsor
        // held the proposal until it closed, with no instant of government time between.
        boolean closure = decision.step().equals(CLOSURE) && proposal.closedAt() != null;
        spans.add(new SponsorSpan(asked, closure ? proposal.closedAt() : decision.decidedAt()));
        asked = null;
      }
    }
    boolean atClarification = proposal.stage() == PipelineStage.CLARIFICATION;
    if (asked == null && atClarification) {
      asked = proposal.stageEnteredAt();
    }
    if (asked != null) {
      spans.add(new SponsorSpan(asked, atClarification ? null : proposal.stageEnteredAt()));
    }
    return spans;
  }

  private static boolean isRequest(Decision decision) {
    return decision.step().equals(DecisionStep.SCREENING.name()) && decision.outcome().equals("CLARIFY");
  }

  private static boolean endsClarification(Decision decision) {
    return decision.step().equals("CLARIFICATION") && decision.outcome().equals("ANSWERED")
        || decision.step().equals(CLOSURE);
  }
}
