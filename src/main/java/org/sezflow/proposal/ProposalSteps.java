package org.sezflow.proposal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;

import org.sezflow.zone.InsufficientLandException;
import org.sezflow.zone.LandAccount;
import org.sezflow.zone.LandAccountService;
import org.sezflow.zone.LandHolding;
import org.sezflow.zone.PipelineStage;
import org.sezflow.zone.ZonePipelineService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a proposal's lifecycle, one method each: each checks its input by the step's rules
 * ({@link StepRules}) before it writes anything, then keeps the proposal record, its decision log,
 * the zone's pipeline and land account true together. Registration is {@link ProposalRegistration}.
 */
@Service
public class ProposalSteps {

  /** An allottee must complete construction within 24 months of the allotment. */
  public static final Period CONSTRUCTION_PERIOD = Period.ofMonths(24);

  private final ProposalReads reads;
  private final ProposalRepository proposals;
  private final DecisionLog decisionLog;
  private final MinistryOpinions ministryOpinions;
  private final SponsorNotices notices;
  private final ZonePipelineService pipeline;
  private final LandAccountService landAccounts;
  private final StageMachine stages;
  private final StepRules rules;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ProposalSteps(ProposalReads reads, ProposalRepository proposals, DecisionLog decisionLog,
      MinistryOpinions ministryOpinions, SponsorNotices notices, ZonePipelineService pipeline,
      LandAccountService landAccounts,
      StageMachine stages, StepRules rules, ApplicationEventPublisher events, Clock clock) {
    this.reads = reads;
    this.proposals = proposals;
    this.decisionLog = decisionLog;
    this.ministryOpinions = ministryOpinions;
    this.notices = notices;
    this.pipeline = pipeline;
    this.landAccounts = landAccounts;
    this.stages = stages;
    this.rules = rules;
    this.events = events;
    this.clock = clock;
  }

  /** Stores the outcome of the eligibility and incentive tables and opens screening. */
  @Transactional
  public void recordEligibility(String reference, Eligibility outcome, StepContext step) {
    Proposal proposal = reads.get(reference);
    proposals.updateEligibility(reference, outcome.eligible(), outcome.reason(), outcome.incentivesSummary(),
        clock.instant());
    decisionLog.append(reference, "ELIGIBILITY", outcome.eligible() ? "ELIGIBLE" : "NOT_ELIGIBLE", outcome.reason(),
        step.actor(), null);
    stages.move(proposal, PipelineStage.SCREENING, step);
  }

  /** Records an official's decision on a task; some decisions open the next stage. */
  @Transactional
  public void recordDecision(String reference, DecisionStep decisionStep, String outcome, String reason,
      String taskId, StepContext step) {
    decisionStep.requireOutcome(outcome);
    stages.requireOpen(reference);
    decisionLog.append(reference, decisionStep.name(), outcome, reason, step.actor(), taskId);
    if (decisionStep == DecisionStep.JWG_REVIEW && outcome.equals("ENDORSE")) {
      stages.move(reads.get(reference), PipelineStage.JCC_DECISION, step);
    } else if (decisionStep == DecisionStep.JCC_DECISION && outcome.equals("APPROVE")) {
      stages.move(reads.get(reference), PipelineStage.ALLOCATION, step);
    }
  }

  /** Records a consulted ministry's opinion, as data for the JWG and as a line of the decision log. */
  @Transactional
  public void recordMinistryOpinion(String reference, String ministry, String opinion, String comments,
      String taskId, StepContext step) {
    DecisionStep.MINISTRY_CONSULTATION.requireOutcome(opinion);
    if (ministry == null || ministry.isBlank()) {
      throw InvalidProposalException.of("ministry", "is required");
    }
    stages.requireOpen(reference);
    ministryOpinions.add(reference, ministry, opinion, comments, step.actor(), taskId);
    decisionLog.append(reference, DecisionStep.MINISTRY_CONSULTATION.name(), opinion,
        comments == null ? ministry : ministry + ": " + comments, step.actor(), taskId);
  }

  /** The PMU asks the sponsor a question; the proposal waits for the answer. */
  @Transactional
  public void requestClarification(String reference, String question, StepContext step) {
    Proposal proposal = reads.get(reference);
    StageMachine.requireOpen(proposal);
    notices.clarificationRequested(proposal, question);
    stages.move(proposal, PipelineStage.CLARIFICATION, step);
  }

  @Transactional
  public void recordClarification(String reference, String response, StepContext step) {
    InvalidProposalException.throwIfAny(rules.clarificationResponse(response));
    Proposal proposal = reads.get(reference);
    StageMachine.requireStage(proposal, PipelineStage.CLARIFICATION);
    decisionLog.append(reference, "CLARIFICATION", "ANSWERED", response, step.actor(), null);
    stages.move(proposal, PipelineStage.SCREENING, step);
  }

  /**
   * Reserves the land for the proposal, in the zone and area now chosen (which may differ from
   * the submission after a shortfall). Returns the zone's free acres after the reservation.
   * Not enough free land leaves the proposal at LAND_RESERVATION and rethrows, for the process
   * to let the PMU choose again; that refusal is not a failure of the transaction.
   */
  @Transactional(noRollbackFor = InsufficientLandException.class)
  public BigDecimal reserveLand(String reference, String zoneCode, BigDecimal acres, StepContext step) {
    InvalidProposalException.throwIfAny(rules.landRequest(zoneCode, acres));
    Proposal proposal = reads.get(reference);
    StageMachine.requireOpen(proposal);
    if (!proposal.zoneCode().equals(zoneCode)) {
      pipeline.transfer(proposal.zoneCode(), zoneCode, proposal.stage(), step.cause(reference));
    }
    if (!proposal.zoneCode().equals(zoneCode) || proposal.acresRequested().compareTo(acres) != 0) {
      proposals.updateZoneAndAcres(reference, zoneCode, acres, clock.instant());
      proposal = reads.get(reference);
    }
    try {
      LandAccount after = landAccounts.reserve(zoneCode, reference, acres, step.cause(reference));
      decisionLog.append(reference, "LAND_RESERVATION", "RESERVED",
          acres.toPlainString() + " acres in " + zoneCode, step.actor(), null);
      stages.move(proposal, PipelineStage.MOU, step);
      return after.freeAcres();
    } catch (InsufficientLandException shortfall) {
      decisionLog.append(reference, "LAND_RESERVATION", "INSUFFICIENT_LAND", shortfall.getMessage(), step.actor(),
          null);
      if (proposal.stage() != PipelineStage.LAND_RESERVATION) {
        stages.move(proposal, PipelineStage.LAND_RESERVATION, step);
      }
      throw shortfall;
    }
  }

  /** Keeps the reference of the MoU draft the PMU prepared, which the signing then names. */
  @Transactional
  public void recordMouDraft(String reference, String draftReference) {
    proposals.updateMouDraft(reference, draftReference, clock.instant());
  }

  /** Records the signing of the MoU between the partners and sends the proposal to the JWG. */
  @Transactional
  public void recordMouSigning(String reference, MouSigning mou, StepContext step) {
    Proposal proposal = reads.get(reference);
    InvalidProposalException.throwIfAny(rules.mouSigning(mou, proposal.submittedAt()));
    StageMachine.requireStage(proposal, PipelineStage.MOU);
    proposals.updateMouSigning(reference, mou, clock.instant());
    decisionLog.append(reference, "MOU_SIGNING", "SIGNED",
        "Signed on " + mou.signedOn() + " (" + mou.venue() + ")", step.actor(), null);
    stages.move(proposal, PipelineStage.JWG_REVIEW, step);
  }

  /** The JCC deferred the proposal to its next session, on {@code sessionOn}. */
  @Transactional
  public void deferToJccSession(String reference, LocalDate sessionOn, StepContext step) {
    InvalidProposalException.throwIfAny(rules.jccDeferral(sessionOn));
    Proposal proposal = reads.get(reference);
    StageMachine.requireStage(proposal, PipelineStage.JCC_DECISION);
    proposals.updateJccNextSession(reference, sessionOn, clock.instant());
    decisionLog.append(reference, "JCC_DECISION", "DEFERRED", "To the session of " + sessionOn, step.actor(), null);
  }

  /** Turns the reservation into an allocated, numbered plot. Returns the plot number. */
  @Transactional
  public String allocatePlot(String reference, StepContext step) {
    Proposal proposal = reads.get(reference);
    StageMachine.requireStage(proposal, PipelineStage.ALLOCATION);
    LandHolding plot = landAccounts.allocate(reference, step.cause(reference));
    proposals.updatePlot(reference, plot.plotNumber(), clock.instant());
    decisionLog.append(reference, "ALLOCATION", "ALLOCATED",
        "Plot " + plot.plotNumber() + ", " + plot.acres().toPlainString() + " acres in " + plot.zoneCode(),
        step.actor(), null);
    return plot.plotNumber();
  }

  /**
   * The SEZ authority issued the allotment letter: the proposal becomes a zone enterprise, with
   * a construction deadline 24 months after the letter, and its monitoring starts (see
   * {@link ProposalAllotted}). Returns that deadline.
   */
  @Transactional
  public LocalDate recordAllotmentLetter(String reference, String letterNo, LocalDate letterDate, StepContext step) {
    InvalidProposalException.throwIfAny(rules.allotmentLetter(letterNo, letterDate));
    Proposal proposal = reads.get(reference);
    StageMachine.requireStage(proposal, PipelineStage.ALLOCATION);
    LocalDate constructionDeadline = letterDate.plus(CONSTRUCTION_PERIOD);
    proposals.updateAllotmentLetter(reference, letterNo.strip(), letterDate, constructionDeadline, clock.instant());
    decisionLog.append(reference, "ALLOTMENT", "LETTER_ISSUED",
        "Letter " + letterNo.strip() + " of " + letterDate + "; construction due by " + constructionDeadline,
        step.actor(), null);
    stages.move(proposal, PipelineStage.ZONE_ENTERPRISE, step);
    events.publishEvent(new ProposalAllotted(reference, step));
    return constructionDeadline;
  }

  /** Tells every partner and the sponsor that the plot is allotted; returns how many were told. */
  @Transactional
  public int notifyPartners(String reference) {
    return notices.plotAllotted(reads.get(reference));
  }

  /**
   * Ends the proposal as rejected, lapsed or withdrawn, and gives back whatever land it holds.
   * Idempotent: a proposal already closed is left as it is.
   */
  @Transactional
  public void close(String reference, PipelineStage outcome, String reason, StepContext step) {
    if (!ProposalStatus.of(outcome).isClosed() || outcome == PipelineStage.ZONE_ENTERPRISE) {
      throw new IllegalArgumentException(outcome + " is not an end a proposal is closed with");
    }
    Proposal proposal = reads.get(reference);
    if (proposal.status().isClosed()) {
      return;
    }
    landAccounts.release(reference, step.cause(reference));
    decisionLog.append(reference, "CLOSURE", outcome.name(), reason, step.actor(), null);
    notices.closed(proposal, outcome, reason);
    stages.move(proposal, outcome, step);
  }

  /** A deadline passed: the proposal ends as lapsed, with the deadline of the stage it waited in as reason. */
  @Transactional
  public void lapse(String reference, StepContext step) {
    close(reference, PipelineStage.LAPSED, lapseReason(reads.get(reference).stage()), step);
  }

  private static String lapseReason(PipelineStage stage) {
    return switch (stage) {
      case CLARIFICATION -> "The sponsor did not answer the clarification request by its deadline";
      case MOU -> "The MoU was not signed by its deadline";
      default -> "The proposal's deadline passed at stage " + stage;
    };
  }
}
