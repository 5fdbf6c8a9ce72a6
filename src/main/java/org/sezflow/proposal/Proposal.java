package org.sezflow.proposal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.sezflow.zone.PipelineStage;

/** A JV proposal record as stored, kept current by each process step. */
public record Proposal(
    String reference,
    String title,
    String sector,
    boolean smartSezRequested,
    String zoneCode,
    BigDecimal acresRequested,
    BigDecimal investmentUsd,
    BigDecimal fdiSharePct,
    int jobsPlanned,
    BigDecimal powerDemandMw,
    BigDecimal waterDemandM3PerDay,
    String sponsorName,
    String sponsorEmail,
    String sponsorPhone,
    PipelineStage stage,
    String processInstanceId,
    Boolean eligible,
    String eligibilityReason,
    String incentives,
    String mouDraftReference,
    LocalDate mouSignedOn,
    MouVenue mouVenue,
    String mouSignatories,
    String mouWitnesses,
    LocalDate jccNextSessionOn,
    String plotNumber,
    String allotmentLetterNo,
    LocalDate allotmentLetterDate,
    LocalDate constructionDeadline,
    Instant stageEnteredAt,
    Instant submittedAt,
    Instant updatedAt,
    Instant closedAt,
    List<Partner> partners) {

  public ProposalStatus status() {
    return ProposalStatus.of(stage);
  }

  public String partnersSummary() {
    return String.join("\n", partners.stream().map(Partner::summary).toList());
  }
}
