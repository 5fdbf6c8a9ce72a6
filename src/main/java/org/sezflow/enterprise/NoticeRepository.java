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

/** The show-cause notices' rows: each change is made by {@link DefaultSteps} while it holds the enterprise's lock. */
@Repository
class NoticeRepository {

  private static final RowMapper<ShowCauseNotice> NOTICES = RecordRows.of(ShowCauseNotice.class);

  private static final String SELECT_NOTICE = """
      SELECT id, proposal_ref, milestone, missed_due_on, issued_at, reply_due_on, answer, answered_by, answered_at,
             decision, decision_reason, decided_by, decided_at, restored_due_on, confirmation, confirmation_reason,
             confirmed_by, confirmed_at
      FROM sez_enterprise_notice""";

  private final JdbcClient jdbc;

  NoticeRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(String proposalRef, Milestone milestone, LocalDate missedDueOn, LocalDate replyDueOn,
      Instant at) {
    jdbc.sql("""
            INSERT INTO sez_enterprise_notice (proposal_ref, milestone, missed_due_on, issued_at, reply_due_on)
            VALUES (?, ?, ?, ?, ?)""")
        .params(proposalRef, milestone.name(), missedDueOn, UtcTimestamps.toColumn(at), replyDueOn)
        .update();
  }

  List<ShowCauseNotice> of(String proposalRef) {
    return jdbc.sql(SELECT_NOTICE + " WHERE proposal_ref = ? ORDER BY id").param(proposalRef).query(NOTICES).list();
  }

  /** The notice of the enterprise's current default: the newest one, while no restoration or cancellation ended it. */
  Optional<ShowCauseNotice> open(String proposalRef) {
    List<ShowCauseNotice> notices = of(proposalRef);
    return notices.isEmpty() ? Optional.empty() : Optional.of(notices.get(notices.size() - 1))
        .filter(notice -> notice.decision() != ShowCauseNotice.DefaultDecision.RESTORE
            && notice.confirmation() != ShowCauseNotice.CancellationConfirmation.CONFIRM);
  }

  void answer(long id, String answer, String actor, Instant at) {
    jdbc.sql("UPDATE sez_enterprise_notice SET answer = ?, answered_by = ?, answered_at = ? WHERE id = ?")
        .params(answer, actor, UtcTimestamps.toColumn(at), id).update();
  }

  /** The SEZ authority's decision; clears an earlier proposal's refusal, which the timeline keeps. */
  void decide(long id, ShowCauseNotice.DefaultDecision decision, String reason, LocalDate restoredDueOn,
      String actor, Instant at) {
    jdbc.sql("""
            UPDATE sez_enterprise_notice SET decision = ?, decision_reason = ?, restored_due_on = ?, decided_by = ?,
                decided_at = ?, confirmation = NULL, confirmation_reason = NULL, confirmed_by = NULL,
                confirmed_at = NULL
            WHERE id = ?""")
        .params(decision.name(), reason, restoredDueOn, actor, UtcTimestamps.toColumn(at), id)
        .update();
  }

  void confirm(long id, ShowCauseNotice.CancellationConfirmation confirmation, String reason, String actor,
      Instant at) {
    jdbc.sql("""
            UPDATE sez_enterprise_notice SET confirmation = ?, confirmation_reason = ?, confirmed_by = ?,
                confirmed_at = ?
            WHERE id = ?""")
        .params(confirmation.name(), reason, actor, UtcTimestamps.toColumn(at), id)
        .update();
  }
}
