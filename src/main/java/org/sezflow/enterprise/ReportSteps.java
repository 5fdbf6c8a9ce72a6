package org.sezflow.enterprise;

import static org.sezflow.enterprise.EnterpriseFields.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.sezflow.enterprise.ProgressReport.Figures;
import org.sezflow.enterprise.ProgressReport.ReportStatus;
import org.sezflow.proposal.ProposalReads;
import org.sezflow.proposal.SponsorNotices;
import org.sezflow.system.ProblemException.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quarterly progress reports, from the quarter of the allotment letter until the enterprise
 * graduates or is cancelled: each quarter's report falls due on the quarter's last day; a missing
 * one is reminded, then escalated to the SEZ authority; a report sent is accepted or queried by the
 * SEZ authority, and a query is answered by the enterprise. Each step locks the enterprise first.
 */
@Service
public class ReportSteps {

  /** What the SEZ authority decides on a report. */
  public enum Review {
    ACCEPT,
    QUERY
  }

  private final EnterpriseRecords records;
  private final ReportRepository reports;
  private final SponsorNotices notices;
  private final ProposalReads proposals;

  ReportSteps(EnterpriseRecords records, ReportRepository reports, SponsorNotices notices,
      ProposalReads proposals) {
    this.records = records;
    this.reports = reports;
    this.notices = notices;
    this.proposals = proposals;
  }

  /**
   * The report the enterprise owes now: the open one, or, once the last is accepted, the next
   * quarter's (the first is the allotment letter's quarter). None once the enterprise ended.
   */
  @Transactional
  public ProgressReport openNext(String reference) {
    ZoneEnterprise enterprise = records.lock(reference);
    if (enterprise.status().isEnded()) {
      return null;
    }
    ProgressReport latest = reports.latest(reference).orElse(null);
    if (latest != null && latest.status() != ReportStatus.ACCEPTED) {
      return latest;
    }
    Quarter quarter = latest == null ? Quarter.of(enterprise.allottedOn()) : Quarter.of(latest.dueOn()).next();
    LocalDate start = latest == null ? enterprise.allottedOn() : quarter.first();
    reports.insert(reference, quarter.label(), start, quarter.last());
    return reports.latest(reference).orElseThrow();
  }

  /** The figures' own mistakes, by the API's field names. */
  public static List<FieldProblem> figureProblems(Figures figures) {
    List<FieldProblem> problems = new ArrayList<>();
    nonNegative(problems, REPORT_INVESTMENT_USD, figures.investmentUsd());
    nonNegative(problems, REPORT_JOBS_PAKISTANI, figures.jobsPakistani() == null ? null
        : BigDecimal.valueOf(figures.jobsPakistani()));
    nonNegative(problems, REPORT_JOBS_FOREIGN, figures.jobsForeign() == null ? null
        : BigDecimal.valueOf(figures.jobsForeign()));
    nonNegative(problems, REPORT_EXPORTS_USD, figures.exportsUsd());
    nonNegative(problems, REPORT_CONSTRUCTION_PCT, figures.constructionPct());
    if (figures.constructionPct() != null && figures.constructionPct().compareTo(BigDecimal.valueOf(100)) > 0) {
      problems.add(new FieldProblem(REPORT_CONSTRUCTION_PCT, "must be at most 100"));
    }
    return problems;
  }

  /** The enterprise's report for the quarter now due, from the quarter's last day on. */
  @Transactional
  public void submit(String reference, String period, Figures figures, String actor) {
    List<FieldProblem> problems = figureProblems(figures);
    EnterpriseInputs.required(problems, REPORT_PERIOD, period);
    InvalidEnterpriseRequestException.throwIfAny(problems);
    records.lock(reference);
    ProgressReport due = reports.latest(reference).filter(r -> r.status() == ReportStatus.DUE)
        .orElseThrow(() -> new EnterpriseConflictException(REPORT_PERIOD, "Zone enterprise " + reference
            + " owes no progress report now"));
    if (!due.period().equals(period)) {
      throw new EnterpriseConflictException(REPORT_PERIOD, "The report due from " + reference + " is "
          + due.period() + ", not " + period);
    }
    if (records.today().isBefore(due.dueOn())) {
      throw new EnterpriseConflictException(REPORT_PERIOD, "The report for " + period + " may be sent from "
          + due.dueOn() + ", the quarter's last day");
    }
    reports.submit(due.id(), figures, actor, records.clock().instant());
    boolean late = records.today().isAfter(due.dueOn().plusDays(EnterpriseTerms.REPORT_REMINDER_DAYS));
    records.log(reference, late ? "REPORT_SUBMITTED_LATE" : "REPORT_SUBMITTED", null, actor, period
        + ": investment USD " + plain(figures.investmentUsd()) + ", jobs " + figures.jobsPakistani()
        + " Pakistani and " + figures.jobsForeign() + " foreign, exports USD " + plain(figures.exportsUsd())
        + ", construction " + plain(figures.constructionPct()) + " %");
  }

  /** The SEZ authority accepts the report, or queries it with a question the enterprise answers. */
  @Transactional
  public Review review(String reference, Review review, String question, String actor) {
    List<FieldProblem> problems = new ArrayList<>();
    EnterpriseInputs.required(problems, REPORT_REVIEW, review);
    EnterpriseInputs.text(problems, REPORT_QUESTION, question, MAX_REASON, review == Review.QUERY);
    InvalidEnterpriseRequestException.throwIfAny(problems);
    records.lock(reference);
    ProgressReport report = reports.latest(reference)
        .filter(r -> r.status() == ReportStatus.SUBMITTED || r.status() == ReportStatus.ANSWERED)
        .orElseThrow(() -> new EnterpriseConflictException(REPORT_REVIEW, "Zone enterprise " + reference
            + " has no progress report to review"));
    boolean accepted = review == Review.ACCEPT;
    reports.review(report.id(), accepted ? ReportStatus.ACCEPTED : ReportStatus.QUERIED,
        accepted ? null : question.strip(), actor, records.clock().instant());
    if (accepted) {
      records.repository().addAcceptedReport(reference, report);
    }
    records.log(reference, accepted ? "REPORT_ACCEPTED" : "REPORT_QUERIED", null, actor,
        report.period() + (accepted ? "" : ": " + question.strip()));
    if (!accepted) {
      notices.toSponsor(proposals.get(reference), "Question on the progress report " + report.period() + " of "
          + reference, "The SEZ authority asks: " + question.strip() + "\nPlease answer through your system.");
    }
    return review;
  }

  /** The enterprise answers the SEZ authority's question on its report. */
  @Transactional
  public void answerQuery(String reference, String answer, String actor) {
    List<FieldProblem> problems = new ArrayList<>();
    EnterpriseInputs.text(problems, REPORT_QUERY_ANSWER, answer, MAX_ANSWER, true);
    InvalidEnterpriseRequestException.throwIfAny(problems);
    records.lock(reference);
    ProgressReport report = reports.latest(reference).filter(r -> r.status() == ReportStatus.QUERIED)
        .orElseThrow(() -> new EnterpriseConflictException(REPORT_QUERY_ANSWER, "No question on a progress report of "
            + reference + " waits for an answer"));
    reports.answer(report.id(), answer.strip());
    records.log(reference, "REPORT_QUERY_ANSWERED", null, actor, report.period() + ": " + answer.strip());
  }

  /** The report is missing 15 days after it fell due: the enterprise is reminded. */
  @Transactional
  public void remind(String reference, String actor) {
    records.lock(reference);
    ProgressReport report = missing(reference);
    reports.reminded(report.id(), records.clock().instant());
    records.log(reference, "REPORT_REMINDED", null, actor, report.period() + " was due on " + report.dueOn());
    notices.toSponsor(proposals.get(reference), "Progress report " + report.period() + " of " + reference
        + " is missing",
        "The report for " + report.period() + " was due on " + report.dueOn()
            + ". Please send it through your system.");
  }

  /** The report is missing 30 days after it fell due: the SEZ authority follows it up. */
  @Transactional
  public void escalate(String reference, String actor) {
    records.lock(reference);
    ProgressReport report = missing(reference);
    reports.escalated(report.id(), records.clock().instant());
    records.log(reference, "REPORT_ESCALATED", null, actor, report.period() + " was due on " + report.dueOn()
        + "; the SEZ authority follows it up");
  }

  /** What the SEZ authority did to obtain the missing report. */
  @Transactional
  public void recordChase(String reference, String note, String actor) {
    List<FieldProblem> problems = new ArrayList<>();
    EnterpriseInputs.text(problems, REPORT_CHASE_NOTE, note, MAX_NOTE, true);
    InvalidEnterpriseRequestException.throwIfAny(problems);
    records.lock(reference);
    records.log(reference, "REPORT_CHASED", null, actor, note.strip());
  }

  @Transactional(readOnly = true)
  public List<ProgressReport> of(String reference) {
    return reports.of(reference);
  }

  private ProgressReport missing(String reference) {
    return reports.latest(reference).filter(r -> r.status() == ReportStatus.DUE)
        .orElseThrow(() -> new EnterpriseConflictException(REPORT_PERIOD, "Zone enterprise " + reference
            + " owes no progress report now"));
  }

  private static void nonNegative(List<FieldProblem> problems, String field, BigDecimal value) {
    if (value == null) {
      problems.add(new FieldProblem(field, "is required"));
    } else if (value.signum() < 0) {
      problems.add(new FieldProblem(field, "must not be negative"));
    }
  }

  private static String plain(BigDecimal value) {
    return value == null ? "" : value.toPlainString();
  }
}
