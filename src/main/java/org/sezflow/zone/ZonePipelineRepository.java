package org.sezflow.zone;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Counts of proposals per zone and stage. Rows appear the first time a stage is counted. */
@Repository
class ZonePipelineRepository {

  private final JdbcClient jdbc;

  ZonePipelineRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Map<PipelineStage, Integer> counts(String zoneCode) {
    Map<PipelineStage, Integer> counts = zeroCounts();
    jdbc.sql("SELECT stage, proposals FROM sez_zone_pipeline WHERE zone_code = ?")
        .param(zoneCode)
        .query(rs -> {
          counts.put(PipelineStage.valueOf(rs.getString("stage")), rs.getInt("proposals"));
        });
    return counts;
  }

  Map<String, Map<PipelineStage, Integer>> allCounts() {
    Map<String, Map<PipelineStage, Integer>> counts = new HashMap<>();
    jdbc.sql("SELECT zone_code, stage, proposals FROM sez_zone_pipeline")
        .query(rs -> {
          counts.computeIfAbsent(rs.getString("zone_code"), code -> zeroCounts())
              .put(PipelineStage.valueOf(rs.getString("stage")), rs.getInt("proposals"));
        });
    return counts;
  }

  /** The proposals counted in the zone (null: in every zone) at any of these stages. */
  long total(String zoneCode, Set<PipelineStage> stages) {
    if (stages.isEmpty()) {
      return 0;
    }
    Map<String, Object> params = new HashMap<>();
    params.put("stages", stages.stream().map(PipelineStage::name).toList());
    String zone = "";
    if (zoneCode != null) {
      zone = " AND zone_code = :zoneCode";
      params.put("zoneCode", zoneCode);
    }
    return jdbc.sql("SELECT COALESCE(SUM(proposals), 0) FROM sez_zone_pipeline WHERE stage IN (:stages)" + zone)
        .params(params).query(Long.class).single();
  }

  /** The proposals counted at each stage, over all zones. */
  Map<PipelineStage, Long> totalsByStage() {
    Map<PipelineStage, Long> totals = new EnumMap<>(PipelineStage.class);
    for (PipelineStage stage : PipelineStage.values()) {
      totals.put(stage, 0L);
    }
    jdbc.sql("SELECT stage, SUM(proposals) AS proposals FROM sez_zone_pipeline GROUP BY stage")
        .query(rs -> {
          totals.put(PipelineStage.valueOf(rs.getString("stage")), rs.getLong("proposals"));
        });
    return totals;
  }

  static Map<PipelineStage, Integer> zeroCounts() {
    Map<PipelineStage, Integer> counts = new EnumMap<>(PipelineStage.class);
    for (PipelineStage stage : PipelineStage.values()) {
      counts.put(stage, 0);
    }
    return counts;
  }

  void increment(String zoneCode, PipelineStage stage) {
    if (add(zoneCode, stage) == 1) {
      return;
    }
    try {
      jdbc.sql("INSERT INTO sez_zone_pipeline (zone_code, stage, proposals) VALUES (?, ?, 1)")
          .params(zoneCode, stage.name())
          .update();
    } catch (DuplicateKeyException concurrentInsert) {
      // Another transaction created the row first; it is committed now, so add to it.
      add(zoneCode, stage);
    }
  }

  /** Returns false when nothing was counted at that stage (the count never goes below zero). */
  boolean decrement(String zoneCode, PipelineStage stage) {
    return jdbc.sql("""
            UPDATE sez_zone_pipeline SET proposals = proposals - 1
            WHERE zone_code = ? AND stage = ? AND proposals > 0""")
        .params(zoneCode, stage.name())
        .update() == 1;
  }

  private int add(String zoneCode, PipelineStage stage) {
    return jdbc.sql("UPDATE sez_zone_pipeline SET proposals = proposals + 1 WHERE zone_code = ? AND stage = ?")
        .params(zoneCode, stage.name())
        .update();
  }
}
