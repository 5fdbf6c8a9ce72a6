package org.sezflow.proposal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.sezflow.system.UtcTimestamps;
import org.sezflow.zone.PipelineStage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ProposalRepository {

  private final JdbcClient jdbc;

  ProposalRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(String reference, ProposalSubmission submission, PipelineStage stage, String processInstanceId,
      Instant at) {
    ProposalRows.insert(jdbc, reference, submission, stage, processInstanceId, at);
  }

  /** One page of the proposals in the zone (null: any) at any of these stages, newest first. */
  List<Proposal> search(String zoneCode, Set<PipelineStage> stages, int page, int size) {
    if (stages.isEmpty()) {
      return List.of();
    }
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (zoneCode != null) {
      where.append(" AND zone_code = :zoneCode");
      params.put("zoneCode", zoneCode);
    }
    if (stages.size() < PipelineStage.values().length) {
      where.append(" AND stage IN (:stages)");
      params.put("stages", stages.stream().map(PipelineStage::name).toList());
    }
    params.put("size", size);
    params.put("offset", (long) page * size);
    List<String> references = jdbc.sql("SELECT reference FROM sez_proposal" + where
        + " ORDER BY submitted_at DESC, reference DESC LIMIT :size OFFSET :offset")
        .params(params)
        .query(String.class).list();
    return findAll(references);
  }

  Optional<PipelineStage> stageOf(String reference) {
    return jdbc.sql("SELECT stage FROM sez_proposal WHERE reference = ?").param(reference)
        .query(String.class).optional().map(PipelineStage::valueOf);
  }

  /**
   * Locks the proposal's row until the transaction ends: events for one proposal are taken one at
   * a time, so the later one sees what the earlier one did. False for an unknown reference.
   */
  boolean lock(String reference) {
    return jdbc.sql("SELECT reference FROM sez_proposal WHERE reference = ? FOR UPDATE").param(reference)
        .query(String.class).optional().isPresent();
  }

  boolean exists(String reference) {
    return jdbc.sql("SELECT COUNT(*) FROM sez_proposal WHERE reference = ?").param(reference)
        .query(Integer.class).single() > 0;
  }

  Optional<Proposal> find(String reference) {
    return findAll(List.of(reference)).stream().findFirst();
  }

  /** The proposals with these references and their partners, in one query, in the order given; unknown ones left out. */
  List<Proposal> findAll(List<String> references) {
    if (references.isEmpty()) {
      return List.of();
    }
    Map<String, Proposal> byReference = new HashMap<>();
    Map<String, List<Partner>> partners = new HashMap<>();
    jdbc.sql("""
            SELECT p.*, pp.name AS partner_name, pp.country AS partner_country,
                pp.registration_no AS partner_registration_no, pp.equity_pct AS partner_equity_pct,
                pp.name_in_own_script AS partner_name_in_own_script, pp.language AS partner_language,
                pp.email AS partner_email
            FROM sez_proposal p LEFT JOIN sez_proposal_partner pp ON pp.proposal_ref = p.reference
            WHERE p.reference IN (:references) ORDER BY p.reference, pp.position""")
        .param("references", references)
        .query(rs -> {
          // A proposal's columns repeat on each of its partners' rows; its partner list, a read-only
          // view, is filled from those rows.
          String reference = rs.getString("reference");
          List<Partner> itsPartners = partners.get(reference);
          if (itsPartners == null) {
            itsPartners = new ArrayList<>();
            partners.put(reference, itsPartners);
            byReference.put(reference, ProposalRows.proposal(rs, Collections.unmodifiableList(itsPartners)));
          }
          if (rs.getString("partner_name") != null) {
            itsPartners.add(new Partner(rs.getString("partner_name"),
                PartnerCountry.valueOf(rs.getString("partner_country")), rs.getString("partner_registration_no"),
                rs.getBigDecimal("partner_equity_pct"), rs.getString("partner_name_in_own_script"),
                PartnerLanguage.valueOf(rs.getString("partner_language")), rs.getString("partner_email")));
          }
        });
    return references.stream().map(byReference::get).filter(Objects::nonNull).toList();
  }

  /**
   * Moves the proposal from stage {@code from} to {@code to}; false when it is no longer at
   * {@code from}, because a concurrent request moved it first (the row lock of this update makes
   * the later request wait for the earlier one and then see its stage).
   */
  boolean updateStage(String reference, PipelineStage from, PipelineStage to, Instant at, boolean closed) {
    return jdbc.sql("""
            UPDATE sez_proposal SET stage = ?, stage_entered_at = ?, updated_at = ?, closed_at = ?
            WHERE reference = ? AND stage = ?""")
        .params(to.name(), UtcTimestamps.toColumn(at), UtcTimestamps.toColumn(at),
            closed ? UtcTimestamps.toColumn(at) : null, reference, from.name())
        .update() == 1;
  }

  void updateEligibility(String reference, boolean eligible, String reason, String incentives, Instant at) {
    jdbc.sql(
        "UPDATE sez_proposal SET eligible = ?, eligibility_reason = ?, incentives = ?, updated_at = ? WHERE reference = ?")
        .params(eligible, reason, incentives, UtcTimestamps.toColumn(at), reference)
        .update();
  }

  void updateZoneAndAcres(String reference, String zoneCode, BigDecimal acres, Instant at) {
    jdbc.sql("UPDATE sez_proposal SET zone_code = ?, acres_requested = ?, updated_at = ? WHERE reference = ?")
        .params(zoneCode, acres, UtcTimestamps.toColumn(at), reference)
        .update();
  }

  void updateMouDraft(String reference, String draftReference, Instant at) {
    jdbc.sql("UPDATE sez_proposal SET mou_draft_reference = ?, updated_at = ? WHERE reference = ?")
        .params(draftReference, UtcTimestamps.toColumn(at), reference)
        .update();
  }

  void updateMouSigning(String reference, MouSigning mou, Instant at) {
    jdbc.sql("""
            UPDATE sez_proposal SET mou_draft_reference = ?, mou_signed_on = ?, mou_venue = ?, mou_signatories = ?,
                mou_witnesses = ?, updated_at = ? WHERE reference = ?""")
        .params(mou.draftReference(), mou.signedOn(), mou.venue().name(), mou.signatories(), mou.witnesses(),
            UtcTimestamps.toColumn(at), reference)
        .update();
  }

  void updateJccNextSession(String reference, LocalDate sessionOn, Instant at) {
    jdbc.sql("UPDATE sez_proposal SET jcc_next_session_on = ?, updated_at = ? WHERE reference = ?")
        .params(sessionOn, UtcTimestamps.toColumn(at), reference)
        .update();
  }

  void updatePlot(String reference, String plotNumber, Instant at) {
    jdbc.sql("UPDATE sez_proposal SET plot_number = ?, updated_at = ? WHERE reference = ?")
        .params(plotNumber, UtcTimestamps.toColumn(at), reference)
        .update();
  }

  void updateAllotmentLetter(String reference, String letterNo, LocalDate letterDate, LocalDate constructionDeadline,
      Instant at) {
    jdbc.sql("""
            UPDATE sez_proposal SET allotment_letter_no = ?, allotment_letter_date = ?, construction_deadline = ?,
                updated_at = ? WHERE reference = ?""")
        .params(letterNo, letterDate, constructionDeadline, UtcTimestamps.toColumn(at), reference)
        .update();
  }
}
