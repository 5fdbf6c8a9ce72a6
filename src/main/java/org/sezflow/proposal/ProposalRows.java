package org.sezflow.proposal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.sezflow.system.UtcTimestamps;
import org.sezflow.zone.PipelineStage;

/** A proposal from its row in sez_proposal (its partners come from their own rows). */
final class ProposalRows {

  private ProposalRows() {}

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
}
