package org.sezflow.proposal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.sezflow.system.ProblemException.FieldProblem;
import org.sezflow.system.Texts;
import org.sezflow.zone.InsufficientLandException;
import org.sezflow.zone.LandAccount;
import org.sezflow.zone.LandAccountService;
import org.sezflow.zone.LandHolding;
import org.sezflow.zone.PipelineStage;
import org.sezflow.zone.ZonePipelineService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the proposal record true at every step of its lifecycle, and with it the zone's pipeline
 * and land account. Each method is one step; each validates its input before it writes anything.
 */
@Service
public class ProposalService {

  /** An allottee must complete construction within 24 months of the allotment. */
  public static final Period CONSTRUCTION_PERIOD = Period.ofMonths(24);
  /** Dates of signings and letters are dates in Pakistan. */

  /** Longest answer to a clarification request, and longest reason given with a withdrawal. */
  public static final int MAX_CLARIFICATION = 4000;
  public static final int MAX_WITHDRAWAL_REASON = 1000;

  private static final Pattern REFERENCE = Pattern.compile("^[A-Z0-9][A-Z0-9-]{2,39}$");

  private final ProposalRepository proposals;
  private final DecisionLog decisionLog;
  private final NotificationLog notifications;
  private final ReferenceGenerator references;
  private final ZonePipelineService pipeline;
  private final LandAccountService landAccounts;
  private final StageDurations stageDurations;
  private final StepRules rules;
  private final Clock clock;

  ProposalService(ProposalRepository proposals, DecisionLog decisionLog, NotificationLog notifications,
      ReferenceGenerator references, ZonePipelineService pipeline,
      LandAccountService landAccounts, StageDurations stageDurations, StepRules rules, Clock clock) {
    this.proposals = proposals;
    this.decisionLog = decisionLog;
    this.notifications = notifications;
    this.references = references;
    this.pipeline = pipeline;
    this.landAccounts = landAccounts;
    this.stageDurations = stageDurations;
    this.rules = rules;
    this.clock = clock;
  }

  // --- reading -------------------------------------------------------------------------------

  @Transactional(readOnly = true)
  public Optional<Proposal> find(String reference) {
    return proposals.find(reference);
  }

  /** The proposal, locked for the rest of the caller's transaction (see ProposalRepository#lock). */
  @Transactional
  public Proposal getForUpdate(String reference) {
    if (!proposals.lock(reference)) {
      throw new ProposalNotFoundException(reference);
    }
    return get(reference);
  }

  @Transactional(readOnly = true)
  public Proposal get(String reference) {
    return proposals.find(reference).orElseThrow(() -> new ProposalNotFoundException(reference));
  }

  @Transactional(readOnly = true)
  public List<Decision> decisions(String reference) {
    return decisionLog.entries(reference);
  }

  /** The decisions of each of these proposals, oldest first, by reference. */
  @Transactional(readOnly = true)
  public Map<String, List<Decision>> decisions(List<String> references) {
    return decisionLog.entries(references);
  }

  @Transactional(readOnly = true)
  public List<Notification> notifications(String reference) {
    return notifications.of(reference);
  }

  /** How many proposals are at each stage, across all zones. */
  @Transactional(readOnly = true)
  public Map<PipelineStage, Long> countByStage() {
    return proposals.countByStage();
  }

  /** The latest opinion of each consulted ministry, one per line. */
  @Transactional(readOnly = true)
  public String ministryOpinionsSummary(String reference) {
    Map<String, String> latest = new LinkedHashMap<>();
    for (Decision entry : decisionLog.entries(reference)) {
      if (entry.step().equals(DecisionStep.MINISTRY_CONSULTATION.name()) && entry.reason() != null) {
        String[] ministryAndComments = entry.reason().split(": ", 2);
        latest.put(ministryAndComments[0], entry.outcome() + (ministryAndComments.length > 1 ? ": " + ministryAndComments[1] : ""));
      }
    }
    List<String> lines = new ArrayList<>();
    latest.forEach((ministry, opinion) -> lines.add(ministry + ": " + opinion));
    return String.join("\n", lines);
  }

  // --- the lifecycle -------------------------------------------------------------------------

  /**
   * Registers a submitted proposal and counts it in its zone's pipeline. The reference is the
   * requested one (a client's own, or the process's business key) or the next JV-year-number.
   */
  @Transactional
  public Proposal register(String requestedReference, ProposalSubmission submission, StepContext step) {
    validate(requestedReference, submission);
    String reference = requestedReference != null ? requestedReference : references.next();
    proposals.insert(reference, submission, PipelineStage.SUBMITTED, step.processInstanceId(), clock.instant());
    decisionLog.append(reference, "SUBMISSION", "SUBMITTED", submission.title(), step.actor(), null);
    pipeline.enter(submission.zoneCode(), PipelineStage.SUBMITTED, step.cause(reference));
    return get(reference);
  }

  /**
   * Checks a submission against every rule, including the zone's (known, acres within its
   * leasable area) and the reference's (format, not taken). Writes nothing.
   */
  @Transactional(readOnly = true)
  public void validate(String requestedReference, ProposalSubmission submission) {
    List<FieldProblem> problems = new ArrayList<>(submission.problems());
    if (submission.zoneCode() != null && !submission.zoneCode().isBlank()) {
      problems.addAll(rules.landRequest(submission.zoneCode(), submission.acresRequested()));
    }
    if (requestedReference != null && !REFERENCE.matcher(requestedReference).matches()) {
      problems.add(new FieldProblem("reference", "must be 3 to 40 capital letters, digits or dashes"));
    } else if (requestedReference != null && !references.isDrawnOrOwn(requestedReference)) {
      // A client's own reference must not take a number the sequence has yet to give out.
      problems.add(new FieldProblem("reference", "has the form of the references SEZ Flow gives out (JV-year-number) "
          + "but a number not given out yet; choose a reference of your own or leave it out"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidProposalException(problems);
    }
    if (requestedReference != null && proposals.exists(requestedReference)) {
      throw new ProposalConflictException("reference", "A proposal with reference " + requestedReference + " exists");
    }
  }

  /** Proposals matching the filters (null: any), newest first, one page. */
  @Transactional(readOnly = true)
  public ProposalPage search(String zoneCode, PipelineStage stage, ProposalStatus status, int page, int size) {
    return proposals.search(zoneCode, stage, status, page, size);
  }

  /** Stores the outcome of the eligibility and incentive tables and opens screening. */
  @Transactional
  public void recordEligibility(String reference, Eligibility outcome, StepContext step) {
    Proposal proposal = get(reference);
    proposals.updateEligibility(reference, outcome.eligible(), outcome.reason(), outcome.incentivesSummary(),
        clock.instant());
    decisionLog.append(reference, "ELIGIBILITY", outcome.eligible() ? "ELIGIBLE" : "NOT_ELIGIBLE", outcome.reason(),
        step.actor(), null);
    moveStage(proposal, PipelineStage.SCREENING, step);
  }

  /** Records an official's decision on a task; some decisions open the next stage. */
  @Transactional
  public void recordDecision(String reference, DecisionStep decisionStep, String outcome, String reason,
      String taskId, StepContext step) {
    if (outcome == null || !decisionStep.outcomes().contains(outcome)) {
      throw InvalidProposalException.of("decision", "must be one of " + decisionStep.outcomes());
    }
    // Most decisions only need to know the proposal is open: one light query, not the whole record.
    PipelineStage stage = proposals.stageOf(reference).orElseThrow(() -> new ProposalNotFoundException(reference));
    if (ProposalStatus.of(stage).isClosed()) {
      throw new ProposalConflictException("reference", "Proposal " + reference + " is closed (" + stage + ")");
    }
    decisionLog.append(reference, decisionStep.name(), outcome, reason, step.actor(), taskId);
    if (decisionStep == DecisionStep.JWG_REVIEW && outcome.equals("ENDORSE")) {
      moveStage(get(reference), PipelineStage.JCC_DECISION, step);
    } else if (decisionStep == DecisionStep.JCC_DECISION && outcome.equals("APPROVE")) {
      moveStage(get(reference), PipelineStage.ALLOCATION, step);
    }
  }

  /** The PMU asks the sponsor a question; the proposal waits for the answer. */
  @Transactional
  public void requestClarification(String reference, String question, StepContext step) {
    Proposal proposal = get(reference);
    requireOpen(proposal);
    notifications.add(reference, proposal.sponsorName() + " <" + proposal.sponsorEmail() + ">",
        "Clarification requested on proposal " + reference,
        "The BOI CPEC PMU asks: " + question + "\nPlease answer through the investor portal.");
    moveStage(proposal, PipelineStage.CLARIFICATION, step);
  }

  @Transactional
  public void recordClarification(String reference, String response, StepContext step) {
    String problem = response == null || response.isBlank() ? "is required"
        : response.length() > MAX_CLARIFICATION ? "must have at most " + MAX_CLARIFICATION + " characters"
        : Texts.problem(response, true);
    if (problem != null) {
      throw InvalidProposalException.of("clarificationResponse", problem);
    }
    Proposal proposal = get(reference);
    requireStage(proposal, PipelineStage.CLARIFICATION);
    decisionLog.append(reference, "CLARIFICATION", "ANSWERED", response, step.actor(), null);
    moveStage(proposal, PipelineStage.SCREENING, step);
  }

  /**
   * Reserves the land for the proposal, in the zone and area now chosen (which may differ from
   * the submission after a shortfall). Returns the zone's free acres after the reservation.
   * Not enough free land leaves the proposal at LAND_RESERVATION and rethrows, for the process
   * to let the PMU choose again; that refusal is not a failure of the transaction.
   */
  @Transactional(noRollbackFor = InsufficientLandException.class)
  public BigDecimal reserveLand(String reference, String zoneCode, BigDecimal acres, StepContext step) {
    List<FieldProblem> problems = rules.landRequest(zoneCode, acres);
    if (!problems.isEmpty()) {
      throw new InvalidProposalException(problems);
    }
    Proposal proposal = get(reference);
    requireOpen(proposal);
    if (!proposal.zoneCode().equals(zoneCode)) {
      pipeline.transfer(proposal.zoneCode(), zoneCode, proposal.stage(), step.cause(reference));
    }
    if (!proposal.zoneCode().equals(zoneCode) || proposal.acresRequested().compareTo(acres) != 0) {
      proposals.updateZoneAndAcres(reference, zoneCode, acres, clock.instant());
      proposal = get(reference);
    }
    try {
      LandAccount after = landAccounts.reserve(zoneCode, reference, acres, step.cause(reference));
      decisionLog.append(reference, "LAND_RESERVATION", "RESERVED",
          acres.toPlainString() + " acres in " + zoneCode, step.actor(), null);
      moveStage(proposal, PipelineStage.MOU, step);
      return after.freeAcres();
    } catch (InsufficientLandException shortfall) {
      decisionLog.append(reference, "LAND_RESERVATION", "INSUFFICIENT_LAND", shortfall.getMessage(), step.actor(), null);
      if (proposal.stage() != PipelineStage.LAND_RESERVATION) {
        moveStage(proposal, PipelineStage.LAND_RESERVATION, step);
      }
      throw shortfall;
    }
  }

  /** Records the signing of the MoU between the partners and sends the proposal to the JWG. */
  @Transactional
  public void recordMouSigning(String reference, MouSigning mou, StepContext step) {
    Proposal proposal = get(reference);
    List<FieldProblem> problems = new ArrayList<>(rules.mouSigning(mou.signedOn(), proposal.submittedAt()));
    if (mou.venue() == null) {
      problems.add(new FieldProblem(ProposalFields.MOU_VENUE, "must be ONLINE, IN_PERSON or BOTH"));
    }
    requireText(problems, ProposalFields.MOU_SIGNATORIES, mou.signatories(), 2000);
    requireText(problems, ProposalFields.MOU_WITNESSES, mou.witnesses(), 2000);
    if (mou.draftReference() != null && mou.draftReference().length() > 60) {
      problems.add(new FieldProblem(ProposalFields.MOU_DRAFT_REFERENCE, "must have at most 60 characters"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidProposalException(problems);
    }
    requireStage(proposal, PipelineStage.MOU);
    proposals.updateMouSigning(reference, mou, clock.instant());
    decisionLog.append(reference, "MOU_SIGNING", "SIGNED",
        "Signed on " + mou.signedOn() + " (" + mou.venue() + ")", step.actor(), null);
    moveStage(proposal, PipelineStage.JWG_REVIEW, step);
  }

  /** The JCC deferred the proposal to its next session, on {@code sessionOn}. */
  @Transactional
  public void deferToJccSession(String reference, LocalDate sessionOn, StepContext step) {
    List<FieldProblem> problems = rules.jccDeferral(sessionOn);
    if (!problems.isEmpty()) {
      throw new InvalidProposalException(problems);
    }
    Proposal proposal = get(reference);
    requireStage(proposal, PipelineStage.JCC_DECISION);
    proposals.updateJccNextSession(reference, sessionOn, clock.instant());
    decisionLog.append(reference, "JCC_DECISION", "DEFERRED", "To the session of " + sessionOn, step.actor(), null);
  }

  /** Turns the reservation into an allocated, numbered plot. Returns the plot number. */
  @Transactional
  public String allocatePlot(String reference, StepContext step) {
    Proposal proposal = get(reference);
    requireStage(proposal, PipelineStage.ALLOCATION);
    LandHolding plot = landAccounts.allocate(reference, step.cause(reference));
    proposals.updatePlot(reference, plot.plotNumber(), clock.instant());
    decisionLog.append(reference, "ALLOCATION", "ALLOCATED",
        "Plot " + plot.plotNumber() + ", " + plot.acres().toPlainString() + " acres in " + plot.zoneCode(),
        step.actor(), null);
    return plot.plotNumber();
  }

  /**
   * The SEZ authority issued the allotment letter: the proposal becomes a zone enterprise, with
   * a construction deadline 24 months after the letter. Returns that deadline.
   */
  @Transactional
  public LocalDate recordAllotmentLetter(String reference, String letterNo, LocalDate letterDate, StepContext step) {
    List<FieldProblem> problems = new ArrayList<>();
    requireText(problems, ProposalFields.ALLOTMENT_LETTER_NO, letterNo, 60);
    problems.addAll(rules.allotmentLetter(letterDate));
    if (!problems.isEmpty()) {
      throw new InvalidProposalException(problems);
    }
    Proposal proposal = get(reference);
    requireStage(proposal, PipelineStage.ALLOCATION);
    LocalDate constructionDeadline = letterDate.plus(CONSTRUCTION_PERIOD);
    proposals.updateAllotmentLetter(reference, letterNo.strip(), letterDate, constructionDeadline, clock.instant());
    decisionLog.append(reference, "ALLOTMENT", "LETTER_ISSUED",
        "Letter " + letterNo.strip() + " of " + letterDate + "; construction due by " + constructionDeadline,
        step.actor(), null);
    moveStage(proposal, PipelineStage.ZONE_ENTERPRISE, step);
    return constructionDeadline;
  }

  /** Tells every partner and the sponsor that the plot is allotted. */
  @Transactional
  public int notifyPartners(String reference) {
    Proposal proposal = get(reference);
    String subject = "Plot " + proposal.plotNumber() + " allotted in " + proposal.zoneCode() + " to " + proposal.title();
    String body = "Allotment letter " + proposal.allotmentLetterNo() + " of " + proposal.allotmentLetterDate()
        + " grants plot " + proposal.plotNumber() + " (" + proposal.acresRequested().toPlainString() + " acres). "
        + "Construction must be complete by " + proposal.constructionDeadline() + ".";
    List<String> recipients = new ArrayList<>();
    proposal.partners().forEach(partner -> recipients.add(partner.name() + " (" + partner.registrationNo() + ")"));
    recipients.add(proposal.sponsorName() + " <" + proposal.sponsorEmail() + ">");
    recipients.forEach(recipient -> notifications.add(reference, recipient, subject, body));
    return recipients.size();
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
    Proposal proposal = get(reference);
    if (proposal.status().isClosed()) {
      return;
    }
    landAccounts.release(reference, step.cause(reference));
    decisionLog.append(reference, "CLOSURE", outcome.name(), reason, step.actor(), null);
    notifications.add(reference, proposal.sponsorName() + " <" + proposal.sponsorEmail() + ">",
        "Proposal " + reference + " " + outcome.name().toLowerCase(), reason == null ? outcome.name() : reason);
    moveStage(proposal, outcome, step);
  }

  /** Why a proposal lapses: the deadline of the stage it waited in. */
  public static String lapseReason(PipelineStage stage) {
    return switch (stage) {
      case CLARIFICATION -> "The sponsor did not answer the clarification request by its deadline";
      case MOU -> "The MoU was not signed by its deadline";
      default -> "The proposal's deadline passed at stage " + stage;
    };
  }

  // --- helpers -------------------------------------------------------------------------------

  private void moveStage(Proposal proposal, PipelineStage to, StepContext step) {
    Instant now = clock.instant();
    if (!proposals.updateStage(proposal.reference(), proposal.stage(), to, now, ProposalStatus.of(to).isClosed())) {
      throw new ConcurrentChangeException(proposal.reference());
    }
    stageDurations.record(proposal.reference(), proposal.stage(), Duration.between(proposal.stageEnteredAt(), now));
    pipeline.move(proposal.zoneCode(), proposal.stage(), to, step.cause(proposal.reference()));
  }

  private static void requireOpen(Proposal proposal) {
    if (proposal.status().isClosed()) {
      throw new ProposalConflictException("reference",
          "Proposal " + proposal.reference() + " is closed (" + proposal.stage() + ")");
    }
  }

  private static void requireStage(Proposal proposal, PipelineStage expected) {
    if (proposal.stage() != expected) {
      throw new ProposalConflictException("stage",
          "Proposal " + proposal.reference() + " is at stage " + proposal.stage() + ", not " + expected);
    }
  }

  private static void requireText(List<FieldProblem> problems, String field, String value, int max) {
    if (value == null || value.isBlank()) {
      problems.add(new FieldProblem(field, "is required"));
    } else if (value.length() > max) {
      problems.add(new FieldProblem(field, "must have at most " + max + " characters"));
    }
  }
}
