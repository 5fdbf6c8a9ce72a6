package org.sezflow.proposal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.sezflow.system.UtcTimestamps;
import org.sezflow.zone.PipelineStage;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A proposal to its rows (sez_proposal and one per partner) and back: the one place the columns
 * are named for the submission's fields.
 */
final class ProposalRows {

  private ProposalRows() {}

  static void insert(JdbcClient jdbc, String reference, ProposalSubmission s, PipelineStage stage,
      String processInstanceId, Instant at) {
    jdbc.sql("""
            INSERT INTO sez_proposal (reference, title, sector, smart_sez_requested, zone_code, acres_requested,
                investment_usd, fdi_share_pct, jobs_planned, power_demand_mw, water_demand_m3_per_day,
                sponsor_name, sponsor_email, sponsor_phone, stage, process_instance_id, submitted_at, updated_at,
                stage_entered_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(reference, s.title().strip(), s.sector(), s.smartSezRequested(), s.zoneCode(), s.acresRequested(),
            s.investmentUsd(), s.fdiSharePct(), s.jobsPlanned(), s.powerDemandMw(), s.waterDemandM3PerDay(),
            s.sponsorName().strip(), s.sponsorEmail().strip(), blankToNull(s.sponsorPhone()), stage.name(),
            processInstanceId, UtcTimestamps.toColumn(at), UtcTimestamps.toColumn(at), UtcTimestamps.toColumn(at))
        .update();
    for (int i = 0; i < s.partners().size(); i++) {
      Partner p = s.partners().get(i);
      jdbc.sql("""
              INSERT INTO sez_proposal_partner (proposal_ref, position, name, country, registration_no, equity_pct,
                  name_in_own_script, language, email)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(reference, i + 1, p.name().strip(), p.country().name(), p.registrationNo().strip(), p.equityPct(),
              blankToNull(p.nameInOwnScript()), p.language().name(), p.email().strip())
          .update();
    }
  }

  static Proposal proposal(ResultSet rs, List<Partner> partners) throws SQLException {
    Object eligible = rs.getObject("eligible");
    return new Proposal(
        rs.getString("reference"),
        submission(rs, partners),
        PipelineStage.valueOf(rs.getString("stage")),
        rs.getString("process_instance_id"),
        eligible == null ? null : rs.getBoolean("eligible"),
        rs.getString("eligibility_reason"),
        rs.getString("incentives"),
        rs.getString("mou_draft_reference"),
        mou(rs),
        localDate(rs.getDate("jcc_next_session_on")),
        rs.getString("plot_number"),
        rs.getString("allotment_letter_no"),
        localDate(rs.getDate("allotment_letter_date")),
        localDate(rs.getDate("construction_deadline")),
        UtcTimestamps.fromColumn(rs.getTimestamp("stage_entered_at")),
        UtcTimestamps.fromColumn(rs.getTimestamp("submitted_at")),
        UtcTimestamps.fromColumn(rs.getTimestamp("updated_at")),
        UtcTimestamps.fromColumn(rs.getTimestamp("closed_at")));
  }

  /** The submission's columns, with the zone and acres as last chosen. */
  private static ProposalSubmission submission(ResultSet rs, List<Partner> partners) throws SQLException {
    return new ProposalSubmission(
        rs.getString("title"),
        rs.getString("sector"),
        rs.getBoolean("smart_sez_requested"),
        rs.getString("zone_code"),
        rs.getBigDecimal("acres_requested"),
        rs.getBigDecimal("investment_usd"),
        rs.getBigDecimal("fdi_share_pct"),
        rs.getInt("jobs_planned"),
        rs.getBigDecimal("power_demand_mw"),
        rs.getBigDecimal("water_demand_m3_per_day"),
        rs.getString("sponsor_name"),
        rs.getString("sponsor_email"),
        rs.getString("sponsor_phone"),
        partners);
  }

  private static MouSigning mou(ResultSet rs) throws SQLException {
    LocalDate signedOn = localDate(rs.getDate("mou_signed_on"));
    return signedOn == null ? null : new MouSigning(rs.getString("mou_draft_reference"), signedOn,
        MouVenue.valueOf(rs.getString("mou_venue")), rs.getString("mou_signatories"), rs.getString("mou_witnesses"));
  }

  private static LocalDate localDate(Date date) {
    return date == null ? null : date.toLocalDate();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
