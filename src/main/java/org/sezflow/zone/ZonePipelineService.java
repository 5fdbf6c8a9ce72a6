package org.sezflow.zone;

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
