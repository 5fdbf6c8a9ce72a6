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

/** The enterprises' rows: each change is made by {@link ZoneEnterprises} while it holds the enterprise's lock. */
@Repository
class EnterpriseRepository {

  private static final RowMapper<ZoneEnterprise> ENTERPRISES = RecordRows.of(ZoneEnterprise.class);
  private static final RowMapper<EnterpriseMilestone> MILESTONES = RecordRows.of(EnterpriseMilestone.class);
  private static final RowMapper<ExtensionRequest> EXTENSIONS = RecordRows.of(ExtensionRequest.class);
  private static final RowMapper<EnterpriseEvent> EVENTS = RecordRows.of(EnterpriseEvent.class);

  private static final String SELECT_ENTERPRISE = """
      SELECT proposal_ref, status, allotted_on, operating_since, monitoring_ends_on, process_instance_id,
             established_at, ended_at
      FROM sez_enterprise""";
  private static final String SELECT_MILESTONE = """
      SELECT proposal_ref, milestone, original_due_on, due_on, status, extensions, reached_on, note, evidence_ref,
             reported_by, reported_at, verified_by, verified_at
      FROM sez_enterprise_milestone""";
  private static final String SELECT_EXTENSION = """
      SELECT id, proposal_ref, milestone, due_on_before, requested_due_on, reason, requested_by, requested_at, status,
             decided_by, decided_at, decision_reason
      FROM sez_enterprise_extension""";

  private final JdbcClient jdbc;

  EnterpriseRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts the enterprise; a second insert for the same reference fails on the primary key. */
  void insert(String proposalRef, LocalDate allottedOn, Instant at) {
    jdbc.sql("""
            INSERT INTO sez_enterprise (proposal_ref, status, allotted_on, established_at, updated_at)
            VALUES (?, ?, ?, ?, ?)""")
        .params(proposalRef, EnterpriseStatus.ON_TRACK.name(), allottedOn, UtcTimestamps.toColumn(at),
            UtcTimestamps.toColumn(at))
        .update();
  }

  boolean exists(String proposalRef) {
    return jdbc.sql("SELECT COUNT(*) FROM sez_enterprise WHERE proposal_ref = ?").param(proposalRef)
        .query(Long.class).single() > 0;
  }

  Optional<ZoneEnterprise> find(String proposalRef) {
    return jdbc.sql(SELECT_ENTERPRISE + " WHERE proposal_ref = ?").param(proposalRef).query(ENTERPRISES).optional();
  }

  /** Locks the enterprise's row until the transaction ends: every change to the enterprise takes it first. */
  Optional<ZoneEnterprise> lock(String proposalRef) {
    return jdbc.sql(SELECT_ENTERPRISE + " WHERE proposal_ref = ? FOR UPDATE").param(proposalRef).query(ENTERPRISES)
        .optional();
  }

  List<ZoneEnterprise> page(EnterpriseStatus status, int page, int size) {
    String where = status == null ? "" : " WHERE status = :status";
    return jdbc.sql(SELECT_ENTERPRISE + where + " ORDER BY established_at DESC, proposal_ref DESC"
        + " LIMIT :size OFFSET :offset")
        .param("status", status == null ? null : status.name()).param("size", size)
        .param("offset", (long) page * size)
        .query(ENTERPRISES).list();
  }

  long count(EnterpriseStatus status) {
    return status == null ? jdbc.sql("SELECT COUNT(*) FROM sez_enterprise").query(Long.class).single()
        : jdbc.sql("SELECT COUNT(*) FROM sez_enterprise WHERE status = ?").param(status.name()).query(Long.class)
            .single();
  }

  /** Proposals that became zone enterprises and have no enterprise record yet (made before monitoring). */
  List<String> unmonitored() {
    return jdbc.sql("""
            SELECT p.reference FROM sez_proposal p
            WHERE p.stage = 'ZONE_ENTERPRISE'
              AND NOT EXISTS (SELECT 1 FROM sez_enterprise e WHERE e.proposal_ref = p.reference)
            ORDER BY p.reference""")
        .query(String.class).list();
  }

  void setProcessInstance(String proposalRef, String processInstanceId) {
    jdbc.sql("UPDATE sez_enterprise SET process_instance_id = ? WHERE proposal_ref = ?")
        .params(processInstanceId, proposalRef).update();
  }

  void updateStatus(String proposalRef, EnterpriseStatus status, Instant at) {
    jdbc.sql("UPDATE sez_enterprise SET status = ?, updated_at = ?, ended_at = ? WHERE proposal_ref = ?")
        .params(status.name(), UtcTimestamps.toColumn(at), status.isEnded() ? UtcTimestamps.toColumn(at) : null,
            proposalRef)
        .update();
  }

  void startOperating(String proposalRef, LocalDate since, LocalDate monitoringEndsOn, int daysToOperations,
      Instant at) {
    jdbc.sql("""
            UPDATE sez_enterprise SET status = ?, operating_since = ?, monitoring_ends_on = ?, days_to_operations = ?,
                updated_at = ?
            WHERE proposal_ref = ?""")
        .params(EnterpriseStatus.OPERATING.name(), since, monitoringEndsOn, daysToOperations,
            UtcTimestamps.toColumn(at), proposalRef)
        .update();
  }

  /** Whether the deadline the enterprise works towards was moved (an extension, a restoration): late. */
  void behindSchedule(String proposalRef, boolean behind) {
    jdbc.sql("UPDATE sez_enterprise SET behind_schedule = ? WHERE proposal_ref = ?").params(behind, proposalRef)
        .update();
  }

  /** An accepted report's figures: investment and jobs as reported, exports added to the total. */
  void addAcceptedReport(String proposalRef, ProgressReport report) {
    jdbc.sql("""
            UPDATE sez_enterprise SET realised_investment_usd = ?, jobs_pakistani = ?, jobs_foreign = ?,
                exports_usd = exports_usd + ?
            WHERE proposal_ref = ?""")
        .params(report.investmentUsd(), report.jobsPakistani(), report.jobsForeign(), report.exportsUsd(),
            proposalRef)
        .update();
  }

  // Milestones

  void insertMilestone(String proposalRef, Milestone milestone, LocalDate dueOn) {
    jdbc.sql("""
            INSERT INTO sez_enterprise_milestone (proposal_ref, milestone, position, original_due_on, due_on, status)
            VALUES (?, ?, ?, ?, ?, ?)""")
        .params(proposalRef, milestone.name(), milestone.ordinal(), dueOn, dueOn, MilestoneStatus.PENDING.name())
        .update();
  }

  List<EnterpriseMilestone> milestones(String proposalRef) {
    return jdbc.sql(SELECT_MILESTONE + " WHERE proposal_ref = ? ORDER BY position").param(proposalRef)
        .query(MILESTONES).list();
  }

  void report(String proposalRef, Milestone milestone, LocalDate reachedOn, String note, String evidenceRef,
      String actor, Instant at) {
    jdbc.sql("""
            UPDATE sez_enterprise_milestone SET status = ?, reached_on = ?, note = ?, evidence_ref = ?,
                reported_by = ?, reported_at = ?
            WHERE proposal_ref = ? AND milestone = ?""")
        .params(MilestoneStatus.REPORTED.name(), reachedOn, note, evidenceRef, actor, UtcTimestamps.toColumn(at),
            proposalRef, milestone.name())
        .update();
  }

  void verify(String proposalRef, Milestone milestone, String actor, Instant at) {
    jdbc.sql("""
            UPDATE sez_enterprise_milestone SET status = ?, verified_by = ?, verified_at = ?
            WHERE proposal_ref = ? AND milestone = ?""")
        .params(MilestoneStatus.VERIFIED.name(), actor, UtcTimestamps.toColumn(at), proposalRef, milestone.name())
        .update();
  }

  /** A report the SEZ authority did not accept: the milestone waits for a report again. */
  void reopen(String proposalRef, Milestone milestone) {
    jdbc.sql("UPDATE sez_enterprise_milestone SET status = ? WHERE proposal_ref = ? AND milestone = ?")
        .params(MilestoneStatus.PENDING.name(), proposalRef, milestone.name()).update();
  }

  void moveDue(String proposalRef, Milestone milestone, LocalDate dueOn, boolean byExtension) {
    jdbc.sql("""
            UPDATE sez_enterprise_milestone SET due_on = ?, extensions = extensions + ?, status = ?
            WHERE proposal_ref = ? AND milestone = ?""")
        .params(dueOn, byExtension ? 1 : 0, MilestoneStatus.PENDING.name(), proposalRef, milestone.name())
        .update();
  }

  // Extensions

  long insertExtension(String proposalRef, Milestone milestone, LocalDate dueOnBefore, LocalDate requestedDueOn,
      String reason, String actor, Instant at, ExtensionRequest.ExtensionStatus status) {
    jdbc.sql("""
            INSERT INTO sez_enterprise_extension (proposal_ref, milestone, due_on_before, requested_due_on, reason,
                requested_by, requested_at, status)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(proposalRef, milestone.name(), dueOnBefore, requestedDueOn, reason, actor,
            UtcTimestamps.toColumn(at), status.name())
        .update();
    return jdbc.sql("SELECT MAX(id) FROM sez_enterprise_extension WHERE proposal_ref = ?").param(proposalRef)
        .query(Long.class).single();
  }

  List<ExtensionRequest> extensions(String proposalRef) {
    return jdbc.sql(SELECT_EXTENSION + " WHERE proposal_ref = ? ORDER BY id").param(proposalRef).query(EXTENSIONS)
        .list();
  }

  /** The request waiting for a decision, by the SEZ authority or at the JCC; at most one at a time. */
  Optional<ExtensionRequest> pendingExtension(String proposalRef) {
    return jdbc.sql(SELECT_EXTENSION + " WHERE proposal_ref = ? AND status IN ('PENDING', 'AT_JCC') ORDER BY id")
        .param(proposalRef).query(EXTENSIONS).optional();
  }

  void decideExtension(long id, ExtensionRequest.ExtensionStatus status, String reason, String actor, Instant at) {
    jdbc.sql("""
            UPDATE sez_enterprise_extension SET status = ?, decision_reason = ?, decided_by = ?, decided_at = ?
            WHERE id = ?""")
        .params(status.name(), reason, actor, UtcTimestamps.toColumn(at), id)
        .update();
  }

  // Timeline

  void appendEvent(String proposalRef, String type, Milestone milestone, String actor, String detail, Instant at) {
    jdbc.sql("""
            INSERT INTO sez_enterprise_event (proposal_ref, occurred_at, event_type, milestone, actor, detail)
            VALUES (?, ?, ?, ?, ?, ?)""")
        .params(proposalRef, UtcTimestamps.toColumn(at), type, milestone == null ? null : milestone.name(), actor,
            detail)
        .update();
  }

  List<EnterpriseEvent> events(String proposalRef) {
    return jdbc.sql("""
            SELECT id, proposal_ref, occurred_at, event_type AS type, milestone, actor, detail
            FROM sez_enterprise_event WHERE proposal_ref = ? ORDER BY id""")
        .param(proposalRef).query(EVENTS).list();
  }
}
