package org.sezflow.enterprise;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One quarter's progress report of a zone enterprise.
 *
 * @param period the quarter, as {@code 2027-Q1}
 * @param periodStart the quarter's first day, or the allotment letter's date in the first quarter
 * @param dueOn the quarter's last day: from then on the report may be sent; reminded 15 days after, escalated 30
 * @param investmentUsd investment realised to date
 * @param jobsPakistani Pakistani employees at the quarter's end
 * @param jobsForeign foreign employees at the quarter's end
 * @param exportsUsd exports in the quarter
 * @param constructionPct construction progress to date
 */
public record ProgressReport(long id, String proposalRef, String period, LocalDate periodStart, LocalDate dueOn,
    ReportStatus status, BigDecimal investmentUsd, Integer jobsPakistani, Integer jobsForeign, BigDecimal exportsUsd,
    BigDecimal constructionPct, String submittedBy, Instant submittedAt, String question, String answer,
    String reviewedBy, Instant reviewedAt, Instant remindedAt, Instant escalatedAt) {

  public enum ReportStatus {
    DUE,
    SUBMITTED,
    QUERIED,
    ANSWERED,
    ACCEPTED
  }

  /** The figures an enterprise reports for a quarter. */
  public record Figures(BigDecimal investmentUsd, Integer jobsPakistani, Integer jobsForeign, BigDecimal exportsUsd,
      BigDecimal constructionPct) {}
}
