package org.sezflow.enterprise;

/**
 * The names of the inputs about a zone enterprise, alike in the API's bodies, the Tasklist forms'
 * keys and the {@code zone-enterprise} process's variables, so that a refusal names the same field
 * whichever door the input came through.
 */
public final class EnterpriseFields {

  private EnterpriseFields() {}

  public static final String MILESTONE = "milestone";

  // A milestone reached: reported by the enterprise's system, or recorded by the SEZ authority.
  public static final String REACHED_ON = "reachedOn";
  public static final String NOTE = "note";
  public static final String EVIDENCE_REF = "evidenceRef";
  // The SEZ authority's verification: VERIFY, or RETURN with the reason.
  public static final String VERIFICATION = "verification";
  public static final String VERIFICATION_REASON = "verificationReason";

  // An extension: the enterprise's request, then the SEZ authority's decision GRANT or REFUSE.
  public static final String REQUESTED_DUE_ON = "requestedDueOn";
  public static final String EXTENSION_REASON = "extensionReason";
  public static final String EXTENSION_DECISION = "extensionDecision";
  public static final String EXTENSION_DECISION_REASON = "extensionDecisionReason";

  // A default: the enterprise's answer to the show-cause notice, the SEZ authority's decision
  // RESTORE (with the new date) or PROPOSE_CANCELLATION, and a second official's CONFIRM or REFUSE.
  public static final String SHOW_CAUSE_ANSWER = "showCauseAnswer";
  public static final String DEFAULT_DECISION = "defaultDecision";
  public static final String DEFAULT_DECISION_REASON = "defaultDecisionReason";
  public static final String RESTORED_DUE_ON = "restoredDueOn";
  public static final String CANCELLATION_DECISION = "cancellationDecision";
  public static final String CANCELLATION_DECISION_REASON = "cancellationDecisionReason";

  // A quarterly progress report: the quarter (2027-Q1) and its figures; the SEZ authority's review
  // ACCEPT or QUERY with its question, the enterprise's answer; and the SEZ authority's note on how
  // it followed up a missing report.
  public static final String REPORT_PERIOD = "reportPeriod";
  public static final String REPORT_INVESTMENT_USD = "realisedInvestmentUsd";
  public static final String REPORT_JOBS_PAKISTANI = "jobsPakistani";
  public static final String REPORT_JOBS_FOREIGN = "jobsForeign";
  public static final String REPORT_EXPORTS_USD = "exportsUsd";
  public static final String REPORT_CONSTRUCTION_PCT = "constructionPct";
  public static final String REPORT_REVIEW = "reportReview";
  public static final String REPORT_QUESTION = "reportQuestion";
  public static final String REPORT_QUERY_ANSWER = "reportQueryAnswer";
  public static final String REPORT_CHASE_NOTE = "reportChaseNote";

  static final int MAX_NOTE = 2000;
  static final int MAX_EVIDENCE_REF = 200;
  static final int MAX_REASON = 2000;
  static final int MAX_ANSWER = 4000;
}
