package org.sezflow.zone;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sezflow.system.UtcTimestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ZoneRepository {

  private static final String SELECT_ZONE = """
      SELECT code, name, province, location, developer, total_acres, leasable_acres, leasable_source,
             leasable_is_assumption, reserved_acres, allocated_acres, priority, smart_sez, smart_sez_source,
             status_note
      FROM sez_zone
      """;

  private final JdbcClient jdbc;

  ZoneRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Zone> findAll() {
    Map<String, List<String>> sectors = new LinkedHashMap<>();
    jdbc.sql("SELECT zone_code, sector FROM sez_zone_sector ORDER BY zone_code, position")
        .query(rs -> {
          sectors.computeIfAbsent(rs.getString("zone_code"), code -> new ArrayList<>())
              .add(rs.getString("sector"));
        });
    return jdbc.sql(SELECT_ZONE + " ORDER BY priority DESC, code")
        .query((rs, row) -> mapZone(rs, sectors.getOrDefault(rs.getString("code"), List.of())))
        .list();
  }

  Optional<Zone> findByCode(String code) {
    List<String> sectors = jdbc.sql("SELECT sector FROM sez_zone_sector WHERE zone_code = ? ORDER BY position")
        .param(code)
        .query(String.class)
        .list();
    // Exact match: MySQL compares codes case-insensitively, "aiic" is not a zone code.
    return jdbc.sql(SELECT_ZONE + " WHERE code = ?")
        .param(code)
        .query((rs, row) -> mapZone(rs, sectors))
        .optional()
        .filter(zone -> zone.code().equals(code));
  }

  boolean exists(String code) {
    return jdbc.sql("SELECT code FROM sez_zone WHERE code = ?").param(code).query(String.class).list().contains(code);
  }

  /**
   * Reads the land account and locks the zone row until the transaction ends, so that changes to
   * one zone's land are serialized across threads and nodes.
   */
  Optional<LandAccount> lockLandAccount(String code) {
    return jdbc.sql("""
            SELECT code, leasable_acres, reserved_acres, allocated_acres
            FROM sez_zone WHERE code = ? FOR UPDATE""")
        .param(code)
        .query((rs, row) -> code.equals(rs.getString("code")) ? mapLandAccount(rs) : null)
        .list().stream().filter(java.util.Objects::nonNull).findFirst();
  }

  void updateLandAccount(String code, LandAccount account) {
    int updated = jdbc.sql("""
            UPDATE sez_zone SET leasable_acres = ?, reserved_acres = ?, allocated_acres = ?
            WHERE code = ?""")
        .params(account.leasableAcres(), account.reservedAcres(), account.allocatedAcres(), code)
        .update();
    if (updated != 1) {
      throw new IllegalStateException("Zone " + code + " vanished while its row was locked");
    }
  }

  /** Numbers the zone's next plot; call only while holding the zone row's lock. */
  /** Call only while holding the zone's lock: takes the lowest plot number a cancellation freed, if any. */
  Optional<String> takeFreedPlot(String code) {
    Optional<String> freed = jdbc.sql("SELECT plot_number FROM sez_free_plot WHERE zone_code = ? ORDER BY plot_number")
        .param(code).query(String.class).list().stream().findFirst();
    freed.ifPresent(plot -> jdbc.sql("DELETE FROM sez_free_plot WHERE zone_code = ? AND plot_number = ?")
        .params(code, plot).update());
    return freed;
  }

  /** Call only while holding the zone's lock. */
  void freePlot(String code, String plotNumber, Instant at) {
    jdbc.sql("INSERT INTO sez_free_plot (zone_code, plot_number, freed_at) VALUES (?, ?, ?)")
        .params(code, plotNumber, UtcTimestamps.toColumn(at)).update();
  }

  String nextPlotNumber(String code) {
    jdbc.sql("UPDATE sez_zone SET last_plot_no = last_plot_no + 1 WHERE code = ?").param(code).update();
    int number = jdbc.sql("SELECT last_plot_no FROM sez_zone WHERE code = ?").param(code).query(Integer.class).single();
    return String.format("%s-P%04d", code, number);
  }

  private static Zone mapZone(ResultSet rs, List<String> sectors) throws SQLException {
    return new Zone(
        rs.getString("code"),
        rs.getString("name"),
        rs.getString("province"),
        rs.getString("location"),
        rs.getString("developer"),
        rs.getBigDecimal("total_acres"),
        rs.getString("leasable_source"),
        rs.getBoolean("leasable_is_assumption"),
        rs.getBoolean("priority"),
        rs.getBoolean("smart_sez"),
        rs.getString("smart_sez_source"),
        rs.getString("status_note"),
        List.copyOf(sectors),
        mapLandAccount(rs));
  }

  private static LandAccount mapLandAccount(ResultSet rs) throws SQLException {
    return new LandAccount(
        rs.getBigDecimal("leasable_acres"),
        rs.getBigDecimal("reserved_acres"),
        rs.getBigDecimal("allocated_acres"));
  }
}
