package org.sezflow.variables;

import java.util.Set;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.sezflow.committee.Committee;

/**
 * Every process variable of {@code jv-proposal}, by name. Forms use the same names as field keys,
 * BPMN conditions and expressions refer to them, and delegates read and write them only through
 * these constants. Values are plain types (String, Boolean, Long, Double, Date): Tasklist shows
 * those in forms, while a serialized Java object would show as nothing. A submission is mapped to
 * its variables and back in {@link SubmissionVariables}, and nowhere else.
 *
 * <p>The proposal's record is the truth. The process keeps only {@link #KEPT}: what the model reads
 * and the two names Tasklist's task cards show. Everything else that comes in (the submission, an
 * official's grounds, an event's data) comes in transient ({@link EnteringValues}): the step that receives
 * it writes it to the record in the same transaction, and every form loads what it shows from the
 * record when it opens (forms' {@code ProposalForm}).
 */
public final class ProcessVariables {

  private ProcessVariables() {}

  public static final String PROCESS_KEY = "jv-proposal";

  /**
   * The SLA sweep, and the variables it writes: how many tasks one run escalated, and how many
   * proposals' waits for a committee with no session it flagged.
   */
  public static final String ESCALATION_PROCESS_KEY = "escalate-overdue-tasks";
  public static final String TASKS_ESCALATED = "tasksEscalated";
  public static final String WAITS_FLAGGED = "waitsFlagged";

  // The proposal as submitted (start form, REST API). Partners are numbered 1..ProposalSubmission.MAX_PARTNERS.
  public static final String PROPOSAL_REF = "proposalRef";
  public static final String PROPOSAL_TITLE = "proposalTitle";
  public static final String SECTOR = "sector";
  public static final String SMART_SEZ_REQUESTED = "smartSezRequested";
  public static final String ZONE_CODE = "zoneCode";
  public static final String ACRES_REQUESTED = "acresRequested";
  public static final String INVESTMENT_USD = "investmentUsd";
  public static final String FDI_SHARE_PCT = "fdiSharePct";
  public static final String JOBS_PLANNED = "jobsPlanned";
  public static final String POWER_DEMAND_MW = "powerDemandMw";
  public static final String WATER_DEMAND_M3_PER_DAY = "waterDemandM3PerDay";
  public static final String SPONSOR_NAME = "sponsorName";
  public static final String SPONSOR_EMAIL = "sponsorEmail";
  public static final String SPONSOR_PHONE = "sponsorPhone";

  public static String partnerName(int n) {
    return "partner" + n + "Name";
  }

  public static String partnerCountry(int n) {
    return "partner" + n + "Country";
  }

  public static String partnerRegistrationNo(int n) {
    return "partner" + n + "RegistrationNo";
  }

  public static String partnerEquityPct(int n) {
    return "partner" + n + "EquityPct";
  }

  public static String partnerNameInOwnScript(int n) {
    return "partner" + n + "NameInOwnScript";
  }

  public static String partnerLanguage(int n) {
    return "partner" + n + "Language";
  }

  public static String partnerEmail(int n) {
    return "partner" + n + "Email";
  }

  // The eligibility table's inputs that the submission does not hold as such, set by "Register
  // proposal" from the records (EligibilityInputs): the zone's target sectors (one text, separated
  // by "; "), its Smart SEZ designation, and the equity of the Pakistani and Chinese partners. The
  // table also reads SECTOR, SMART_SEZ_REQUESTED and INVESTMENT_USD as submitted.
  public static final String ZONE_SECTORS = "zoneSectors";
  public static final String ZONE_IS_SMART_SEZ = "zoneIsSmartSez";
  public static final String PAKISTANI_EQUITY_PCT = "pakistaniEquityPct";
  public static final String CHINESE_EQUITY_PCT = "chineseEquityPct";

  /**
   * The engine's own name for the result of the business rule task just run (a transient
   * DmnDecisionResult, never stored): the model's output mappings and listeners read it.
   */
  public static final String DECISION_RESULT = "decisionResult";

  // Shown on the forms, which load them from the records (forms' ProposalForm): no variables. ELIGIBLE
  // and ELIGIBILITY_REASON are the eligibility table's outputs, mapped by "Assess eligibility".
  public static final String PARTNERS_SUMMARY = "partnersSummary";
  public static final String ELIGIBLE = "eligible";
  public static final String ELIGIBILITY_REASON = "eligibilityReason";
  public static final String INCENTIVES = "incentives";
  public static final String ZONE_FREE_ACRES = "zoneFreeAcres";

  // PMU screening: ACCEPT, CLARIFY or REJECT, with a reason (the question, for CLARIFY).
  public static final String SCREENING_DECISION = "screeningDecision";
  public static final String SCREENING_REASON = "screeningReason";
  public static final String CLARIFICATION_RESPONSE = "clarificationResponse";
  public static final String CLARIFICATION_DEADLINE = "clarificationDeadline";

  // Not enough free land: the PMU retries with another zone or area (RETRY) or rejects (REJECT).
  public static final String LAND_SHORTFALL = "landShortfall";
  public static final String ZONE_CHOICE_DECISION = "zoneChoiceDecision";
  public static final String ZONE_CHOICE_REASON = "zoneChoiceReason";

  // MoU.
  public static final String MOU_DRAFT_REFERENCE = "mouDraftReference";
  public static final String MOU_PLANNED_ON = "mouPlannedOn";
  public static final String MOU_SIGNED_ON = "mouSignedOn";
  public static final String MOU_VENUE = "mouVenue";
  public static final String MOU_SIGNATORIES = "mouSignatories";
  public static final String MOU_WITNESSES = "mouWitnesses";

  // JWG: each consulted ministry's opinion (SUPPORT, CONCERNS, OBJECTION), then the session's
  // decision ENDORSE, SEND_BACK or REJECT. A proposal sent back is revised by the PMU.
  public static final String MINISTRY = "ministry";
  public static final String MINISTRY_OPINION = "ministryOpinion";
  public static final String MINISTRY_COMMENTS = "ministryComments";
  public static final String MINISTRY_OPINIONS_SUMMARY = "ministryOpinionsSummary";
  public static final String JWG_DECISION = "jwgDecision";
  public static final String REVISION_NOTES = "revisionNotes";

  // JCC: the session's decision APPROVE, DEFER (to the JCC's next session) or REJECT.
  public static final String JCC_DECISION = "jccDecision";
  // (Version 1.0's own names are in org.sezflow.variables.OlderModels.)

  // At each committee: the committee the proposal waits for ("Wait for ... session" and "Record
  // ... decision" have it as an input parameter, JWG or JCC), and what the session's close delivers
  // with the decision: the session as minutes cite it ("14th JCC"), its agenda item, the minutes'
  // reference and the committee's reasons (shown to the PMU on "Revise proposal" after a send-back).
  public static final String COMMITTEE = "committee";
  public static final String DECIDING_SESSION = "decidingSession";
  public static final String AGENDA_ITEM_ID = "agendaItemId";
  public static final String MINUTES_REF = "minutesRef";
  public static final String COMMITTEE_REASON = "committeeReason";

  /** The committee the current step is about (its input parameter {@link #COMMITTEE}). */
  public static Committee committee(VariableScope scope) {
    return Committee.valueOf(VariableValues.string(scope, COMMITTEE));
  }

  /** The variable the committee's session decision is delivered in, which the gateway after it reads. */
  public static String decisionOf(Committee committee) {
    return switch (committee) {
      case JWG -> JWG_DECISION;
      case JCC -> JCC_DECISION;
    };
  }

  /** The message that delivers the committee's session decision. */
  public static String messageOf(Committee committee) {
    return switch (committee) {
      case JWG -> MESSAGE_JWG_SESSION_DECISION;
      case JCC -> MESSAGE_JCC_SESSION_DECISION;
    };
  }

  // Allocation.
  public static final String PLOT_NUMBER = "plotNumber";
  public static final String ALLOTMENT_LETTER_NO = "allotmentLetterNo";
  public static final String ALLOTMENT_LETTER_DATE = "allotmentLetterDate";

  // Set by the model, not by a form: each path into a rejection passes the DecisionStep whose REJECT
  // ended the proposal (SCREENING, ZONE_CHOICE, JWG_REVIEW, JCC_DECISION) as this input parameter
  // of its "Reject proposal" task.
  public static final String REJECTING_STEP = "rejectingStep";

  // Withdrawal by the sponsor.
  public static final String WITHDRAWAL_REASON = "withdrawalReason";

  // Messages the process waits for (correlated by business key = proposal reference).
  public static final String MESSAGE_CLARIFICATION_ANSWERED = "ClarificationAnswered";
  public static final String MESSAGE_MOU_SIGNED = "MouSigned";
  public static final String MESSAGE_PROPOSAL_WITHDRAWN = "ProposalWithdrawn";
  public static final String MESSAGE_JWG_SESSION_DECISION = "JwgSessionDecision";
  public static final String MESSAGE_JCC_SESSION_DECISION = "JccSessionDecision";

  /**
   * The variables a proposal's process keeps. What the model reads: the reference, the decisions its
   * gateways test, the clarification's deadline (a timer), the eligibility table's outcome (the
   * incentives table reads it; Assess eligibility maps it), and the input parameters and element
   * variables the model sets itself. And what Tasklist's task cards show, which they read from
   * variables alone: the title and the zone (written together with the record, and checked against
   * it by a test).
   */
  public static final Set<String> KEPT = Set.of(PROPOSAL_REF, PROPOSAL_TITLE, ZONE_CODE, SCREENING_DECISION,
      ZONE_CHOICE_DECISION, JWG_DECISION, JCC_DECISION, CLARIFICATION_DEADLINE, ELIGIBLE, ELIGIBILITY_REASON,
      COMMITTEE, REJECTING_STEP, MINISTRY, OlderModels.JCC_SESSION_AT);

  // BPMN error raised by the land reservation.
  public static final String ERROR_INSUFFICIENT_LAND = "INSUFFICIENT_LAND";
}
