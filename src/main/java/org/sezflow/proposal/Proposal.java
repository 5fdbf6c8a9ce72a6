package org.sezflow.proposal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.sezflow.zone.PipelineStage;

/**
 * A JV proposal record as stored, kept current by each process step: the submission (with the
 * zone and area as last chosen, which the PMU may change after a land shortfall) and what the
 * steps have added to it. {@code mouDraftReference} is the draft the PMU prepared (kept with the
 * signing), {@code mou} is null until the MoU is signed.
 */
public record Proposal(
    String reference,
    ProposalSubmission submission,
    PipelineStage stage,
    String processInstanceId,
    Boolean eligible,
    String eligibilityReason,
    String incentives,
    String mouDraftReference,
    MouSigning mou,
    LocalDate jccNextSessionOn,
    String plotNumber,
    String allotmentLetterNo,
    LocalDate allotmentLetterDate,
    LocalDate constructionDeadline,
    Instant stageEnteredAt,
    Instant submittedAt,
    Instant updatedAt,
    Instant closedAt) {

  public ProposalStatus status() {
    return ProposalStatus.of(stage);
  }

  /** The zone the proposal is placed in now. */
  public String zoneCode() {
    return submission.zoneCode();
  }

  /** The area the proposal asks for now. */
  public BigDecimal acresRequested() {
    return submission.acresRequested();
  }

  public List<Partner> partners() {
    return submission.partners();
  }

  public String partnersSummary() {
    return String.join("\n", partners().stream().map(Partner::summary).toList());
  }
}
