package org.sezflow.zone;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side of the zone records: zones with their land, pipeline and latest events. */
@Service
public class ZoneRegistry {

  /** How many events a zone's detail shows; the full log is in the database. */
  public static final int LATEST_EVENTS = 20;

  public record ZoneOverview(Zone zone, Map<PipelineStage, Integer> pipeline) {}

  public record ZoneDetails(Zone zone, Map<PipelineStage, Integer> pipeline, List<ZoneEvent> latestEvents) {}

  private final ZoneRepository zones;
  private final ZonePipelineRepository pipeline;
  private final ZoneEventLog eventLog;

  ZoneRegistry(ZoneRepository zones, ZonePipelineRepository pipeline, ZoneEventLog eventLog) {
    this.zones = zones;
    this.pipeline = pipeline;
    this.eventLog = eventLog;
  }

  @Transactional(readOnly = true)
  public List<ZoneOverview> list() {
    Map<String, Map<PipelineStage, Integer>> counts = pipeline.allCounts();
    return zones.findAll().stream()
        .map(zone -> new ZoneOverview(zone,
            counts.getOrDefault(zone.code(), ZonePipelineRepository.zeroCounts())))
        .toList();
  }

  /** One zone with its land account, without pipeline and events (two queries, for the process steps). */
  @Transactional(readOnly = true)
  public Zone zone(String code) {
    return zones.findByCode(code).orElseThrow(() -> new ZoneNotFoundException(code));
  }

  @Transactional(readOnly = true)
  public boolean exists(String code) {
    return zones.findByCode(code).isPresent();
  }

  /** Every change a proposal caused to zone records, oldest first. */
  @Transactional(readOnly = true)
  public List<ZoneEvent> eventsOfProposal(String proposalRef) {
    return eventLog.ofProposal(proposalRef);
  }

  @Transactional(readOnly = true)
  public ZoneDetails get(String code) {
    Zone zone = zones.findByCode(code).orElseThrow(() -> new ZoneNotFoundException(code));
    return new ZoneDetails(zone, pipeline.counts(code), eventLog.latest(code, LATEST_EVENTS));
  }
}
