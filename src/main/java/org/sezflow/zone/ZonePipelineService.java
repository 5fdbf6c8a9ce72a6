package org.sezflow.zone;

import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps each zone's pipeline (proposals per stage) and logs every move. */
@Service
public class ZonePipelineService {

  private final ZoneRepository zones;
  private final ZonePipelineRepository pipeline;
  private final ZoneEventLog eventLog;

  ZonePipelineService(ZoneRepository zones, ZonePipelineRepository pipeline, ZoneEventLog eventLog) {
    this.zones = zones;
    this.pipeline = pipeline;
    this.eventLog = eventLog;
  }

  /**
   * How many proposals the zone (null: every zone) holds at any of these stages. Kept with every
   * move, so it costs the same after years of proposals as on the first day.
   */
  @Transactional(readOnly = true)
  public long count(String zoneCode, Set<PipelineStage> stages) {
    return pipeline.total(zoneCode, stages);
  }

  /** How many proposals are at each stage, across all zones. */
  @Transactional(readOnly = true)
  public Map<PipelineStage, Long> countByStage() {
    return pipeline.totalsByStage();
  }

  /** Counts a new proposal at {@code stage}. */
  @Transactional
  public void enter(String zoneCode, PipelineStage stage, ZoneChangeCause cause) {
    move(zoneCode, null, stage, cause);
  }

  /**
   * Moves one proposal from one stage to another.
   *
   * @param from the stage it was counted at, or null for a proposal new to this zone
   */
  @Transactional
  public void move(String zoneCode, PipelineStage from, PipelineStage to, ZoneChangeCause cause) {
    if (from == null && !zones.exists(zoneCode)) {
      throw new ZoneNotFoundException(zoneCode);
    }
    // A proposal already counted in the zone proves the zone exists: no lookup on every move.
    if (from != null && !pipeline.decrement(zoneCode, from)) {
      throw new IllegalStateException("Zone " + zoneCode + " counts no proposal at stage " + from);
    }
    pipeline.increment(zoneCode, to);
    eventLog.append(zoneCode, ZoneEventType.PIPELINE_CHANGED, null, null, cause,
        (from == null ? "entered" : from.name()) + " -> " + to.name());
  }

  /** Moves one proposal, counted at {@code stage}, from one zone's pipeline to another's. */
  @Transactional
  public void transfer(String fromZone, String toZone, PipelineStage stage, ZoneChangeCause cause) {
    if (!zones.exists(toZone)) {
      throw new ZoneNotFoundException(toZone);
    }
    if (!pipeline.decrement(fromZone, stage)) {
      throw new IllegalStateException("Zone " + fromZone + " counts no proposal at stage " + stage);
    }
    pipeline.increment(toZone, stage);
    eventLog.append(fromZone, ZoneEventType.PIPELINE_CHANGED, null, null, cause,
        stage.name() + " -> left for " + toZone);
    eventLog.append(toZone, ZoneEventType.PIPELINE_CHANGED, null, null, cause,
        "arrived from " + fromZone + " -> " + stage.name());
  }
}
