package org.sezflow.zone;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.sezflow.system.RecordRows;
import org.sezflow.system.UtcTimestamps;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class LandHoldingRepository {

  private static final RowMapper<LandHolding> ROWS = RecordRows.of(LandHolding.class);

  private final JdbcClient jdbc;

  LandHoldingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<LandHolding> find(String proposalRef) {
    return jdbc
        .sql("SELECT proposal_ref, zone_code, acres, status, plot_number FROM sez_land_holding WHERE proposal_ref = ?")
        .param(proposalRef)
        .query(ROWS)
        .optional();
  }

  List<LandHolding> findAll(List<String> proposalRefs) {
    if (proposalRefs.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("""
            SELECT proposal_ref, zone_code, acres, status, plot_number FROM sez_land_holding
            WHERE proposal_ref IN (:refs)""")
        .param("refs", proposalRefs)
        .query(ROWS)
        .list();
  }

  /** Call only while holding the lock of the zone row: zone first, then holding, on every path. */
  Optional<LandHolding> findForUpdate(String proposalRef) {
    return jdbc.sql("""
            SELECT proposal_ref, zone_code, acres, status, plot_number FROM sez_land_holding
            WHERE proposal_ref = ? FOR UPDATE""")
        .param(proposalRef)
        .query(ROWS)
        .optional();
  }

  void insert(LandHolding holding, Instant at) {
    jdbc.sql("""
            INSERT INTO sez_land_holding (proposal_ref, zone_code, acres, status, plot_number, updated_at)
            VALUES (?, ?, ?, ?, ?, ?)""")
        .params(holding.proposalRef(), holding.zoneCode(), holding.acres(), holding.status().name(),
            holding.plotNumber(), UtcTimestamps.toColumn(at))
        .update();
  }

  void update(LandHolding holding, Instant at) {
    jdbc.sql("""
            UPDATE sez_land_holding SET zone_code = ?, acres = ?, status = ?, plot_number = ?, updated_at = ?
            WHERE proposal_ref = ?""")
        .params(holding.zoneCode(), holding.acres(), holding.status().name(), holding.plotNumber(),
            UtcTimestamps.toColumn(at), holding.proposalRef())
        .update();
  }
}
