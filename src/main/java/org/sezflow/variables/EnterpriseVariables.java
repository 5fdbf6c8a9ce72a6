package org.sezflow.variables;

import java.util.Set;

import org.sezflow.enterprise.EnterpriseFields;

/**
 * Every process variable of {@code zone-enterprise}, by name. The inputs (a milestone reached, an
 * extension, a show-cause answer, the officials' decisions) share their names with the API's
 * fields and the forms' keys ({@link EnterpriseFields}); the rest is what the model reads: the
 * milestone it waits for and the dates of its timers, set from the enterprise's record.
 */
public final class EnterpriseVariables {

  private EnterpriseVariables() {}

  public static final String PROCESS_KEY = "zone-enterprise";

  /** The enterprise's reference (also the business key), for Tasklist's lists. */
  public static final String PROPOSAL_REF = ProcessVariables.PROPOSAL_REF;

  // Set by "Open next milestone" from the record: the milestone worked towards (null once all are
  // verified), the moment its deadline passes (the day after it is due, at midnight in Pakistan)
  // and, once operating, the moment the monitored years end.
  public static final String MILESTONE = EnterpriseFields.MILESTONE;
  /** The milestone's name on the forms, read from the record as the form loads (forms' EnterpriseForm). */
  public static final String MILESTONE_LABEL = "milestoneLabel";
  public static final String MILESTONE_DUE_AT = "milestoneDueAt";
  public static final String GRADUATION_AT = "graduationAt";
  // Set by "Record default": the moment the show-cause reply window closes.
  public static final String REPLY_DUE_AT = "replyDueAt";

  // Set by "Open next report" from the record: the quarter whose report is due (null once the
  // enterprise ended), and when a missing one is reminded and escalated.
  public static final String REPORT_PERIOD = EnterpriseFields.REPORT_PERIOD;
  public static final String REPORT_REMINDER_AT = "reportReminderAt";
  public static final String REPORT_ESCALATION_AT = "reportEscalationAt";

  /** The JCC's decision on an extension beyond the SEZ authority's, delivered by the session that decides it. */
  public static final String JCC_DECISION = ProcessVariables.JCC_DECISION;

  // What every task's form shows of the enterprise, read from the record as the form loads (EnterpriseForm).
  public static final String ENTERPRISE_FILE = "enterpriseFile";

  public static final String REACHED_ON = EnterpriseFields.REACHED_ON;
  public static final String NOTE = EnterpriseFields.NOTE;
  public static final String EVIDENCE_REF = EnterpriseFields.EVIDENCE_REF;
  public static final String VERIFICATION = EnterpriseFields.VERIFICATION;
  public static final String VERIFICATION_REASON = EnterpriseFields.VERIFICATION_REASON;
  public static final String REQUESTED_DUE_ON = EnterpriseFields.REQUESTED_DUE_ON;
  public static final String EXTENSION_REASON = EnterpriseFields.EXTENSION_REASON;
  public static final String EXTENSION_DECISION = EnterpriseFields.EXTENSION_DECISION;
  /** Set by "Store extension request": true when the request is beyond the SEZ authority's, for the JCC. */
  public static final String EXTENSION_AT_JCC = "extensionAtJcc";
  public static final String EXTENSION_DECISION_REASON = EnterpriseFields.EXTENSION_DECISION_REASON;
  public static final String SHOW_CAUSE_ANSWER = EnterpriseFields.SHOW_CAUSE_ANSWER;
  public static final String DEFAULT_DECISION = EnterpriseFields.DEFAULT_DECISION;
  public static final String DEFAULT_DECISION_REASON = EnterpriseFields.DEFAULT_DECISION_REASON;
  public static final String RESTORED_DUE_ON = EnterpriseFields.RESTORED_DUE_ON;
  public static final String CANCELLATION_DECISION = EnterpriseFields.CANCELLATION_DECISION;
  public static final String CANCELLATION_DECISION_REASON = EnterpriseFields.CANCELLATION_DECISION_REASON;

  public static final String REPORT_INVESTMENT_USD = EnterpriseFields.REPORT_INVESTMENT_USD;
  public static final String REPORT_JOBS_PAKISTANI = EnterpriseFields.REPORT_JOBS_PAKISTANI;
  public static final String REPORT_JOBS_FOREIGN = EnterpriseFields.REPORT_JOBS_FOREIGN;
  public static final String REPORT_EXPORTS_USD = EnterpriseFields.REPORT_EXPORTS_USD;
  public static final String REPORT_CONSTRUCTION_PCT = EnterpriseFields.REPORT_CONSTRUCTION_PCT;
  public static final String REPORT_REVIEW = EnterpriseFields.REPORT_REVIEW;
  public static final String REPORT_QUESTION = EnterpriseFields.REPORT_QUESTION;
  public static final String REPORT_QUERY_ANSWER = EnterpriseFields.REPORT_QUERY_ANSWER;
  public static final String REPORT_CHASE_NOTE = EnterpriseFields.REPORT_CHASE_NOTE;

  // Messages from the enterprise's system (correlated by business key = the reference).
  public static final String MESSAGE_MILESTONE_REPORTED = "MilestoneReported";
  public static final String MESSAGE_EXTENSION_REQUESTED = "ExtensionRequested";
  public static final String MESSAGE_SHOW_CAUSE_ANSWERED = "ShowCauseAnswered";
  public static final String MESSAGE_PROGRESS_REPORT_SUBMITTED = "ProgressReportSubmitted";
  public static final String MESSAGE_REPORT_QUERY_ANSWERED = "ReportQueryAnswered";

  /**
   * The variables an enterprise's process keeps: its reference, what its timers and gateways read
   * (set from the record by "Open next milestone", "Open next report", "Record default" and "Store
   * extension request") and the decisions its gateways take the path by. Everything else enters
   * transient ({@link EnteringValues}): the step that receives a milestone, a report, an answer or a
   * reason stores it in the enterprise's record, and the forms read it from there.
   */
  public static final Set<String> KEPT = Set.of(PROPOSAL_REF, MILESTONE, MILESTONE_DUE_AT, GRADUATION_AT,
      REPLY_DUE_AT, REPORT_PERIOD, REPORT_REMINDER_AT, REPORT_ESCALATION_AT, EXTENSION_AT_JCC, DEFAULT_DECISION,
      CANCELLATION_DECISION, REPORT_REVIEW, JCC_DECISION);
}
