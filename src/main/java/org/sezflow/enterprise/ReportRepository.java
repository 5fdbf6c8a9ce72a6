package org.sezflow.enterprise;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.sezflow.system.RecordRows;
import org.sezflow.system.UtcTimestamps;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The progress reports' rows: each change is made by {@link ReportSteps} while it holds the enterprise's lock. */
@Repository
class ReportRepository {

  private static final RowMapper<ProgressReport> REPORTS = RecordRows.of(ProgressReport.class);
  private static final String SELECT_REPORT = """
      SELECT id, proposal_ref, period, period_start, due_on, status, investment_usd, jobs_pakistani, jobs_foreign,
             exports_usd, construction_pct, submitted_by, submitted_at, question, answer, reviewed_by, reviewed_at,
             reminded_at, escalated_at
      FROM sez_enterprise_report""";

  private final JdbcClient jdbc;

  ReportRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(String proposalRef, String period, LocalDate periodStart, LocalDate dueOn) {
    jdbc.sql("""
            INSERT INTO sez_enterprise_report (proposal_ref, period, period_start, due_on, status)
            VALUES (?, ?, ?, ?, 'DUE')""")
        .params(proposalRef, period, periodStart, dueOn).update();
  }

  List<ProgressReport> of(String proposalRef) {
    return jdbc.sql(SELECT_REPORT + " WHERE proposal_ref = ? ORDER BY due_on").param(proposalRef).query(REPORTS)
        .list();
  }

  /** The newest report: the one open now, unless it is accepted. */
  Optional<ProgressReport> latest(String proposalRef) {
    List<ProgressReport> reports = of(proposalRef);
    return reports.isEmpty() ? Optional.empty() : Optional.of(reports.get(reports.size() - 1));
  }

  void submit(long id, ProgressReport.Figures figures, String actor, Instant at) {
    jdbc.sql("""
            UPDATE sez_enterprise_report SET status = 'SUBMITTED', investment_usd = ?, jobs_pakistani = ?,
                jobs_foreign = ?, exports_usd = ?, construction_pct = ?, submitted_by = ?, submitted_at = ?
            WHERE id = ?""")
        .params(figures.investmentUsd(), figures.jobsPakistani(), figures.jobsForeign(), figures.exportsUsd(),
            figures.constructionPct(), actor, UtcTimestamps.toColumn(at), id)
        .update();
  }

  void review(long id, ProgressReport.ReportStatus status, String question, String actor, Instant at) {
    jdbc.sql("""
            UPDATE sez_enterprise_report SET status = ?, question = COALESCE(?, question), reviewed_by = ?,
                reviewed_at = ?
            WHERE id = ?""")
        .params(status.name(), question, actor, UtcTimestamps.toColumn(at), id).update();
  }

  void answer(long id, String answer) {
    jdbc.sql("UPDATE sez_enterprise_report SET status = 'ANSWERED', answer = ? WHERE id = ?").params(answer, id)
        .update();
  }

  void reminded(long id, Instant at) {
    jdbc.sql("UPDATE sez_enterprise_report SET reminded_at = ? WHERE id = ?").params(UtcTimestamps.toColumn(at), id)
        .update();
  }

  void escalated(long id, Instant at) {
    jdbc.sql("UPDATE sez_enterprise_report SET escalated_at = ? WHERE id = ?").params(UtcTimestamps.toColumn(at), id)
        .update();
  }
}
