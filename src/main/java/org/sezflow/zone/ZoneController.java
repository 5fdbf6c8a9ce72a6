package org.sezflow.zone;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping(path = "/api/v1/zones", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Zones", description = "The CPEC SEZ sites: land account, pipeline of proposals, event log")
class ZoneController {

  private final ZoneRegistry registry;

  ZoneController(ZoneRegistry registry) {
    this.registry = registry;
  }

  @GetMapping
  @Operation(summary = "List all zones",
      description = "Prioritized zones first, each with its land account and pipeline.")
  List<ZoneResponse> list() {
    return registry.list().stream()
        .map(overview -> ZoneResponse.of(overview.zone(), overview.pipeline(), null))
        .toList();
  }

  @GetMapping("/{code}")
  @Operation(summary = "One zone with its latest events")
  @ApiResponse(responseCode = "200", description = "The zone")
  @ApiResponse(responseCode = "404", description = "No zone has this code",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
          schema = @Schema(implementation = ProblemDetail.class)))
  ZoneResponse get(@Parameter(description = "Zone code", example = "RSEZ") @PathVariable String code) {
    ZoneRegistry.ZoneDetails details = registry.get(code);
    return ZoneResponse.of(details.zone(), details.pipeline(), details.latestEvents());
  }

  record LandResponse(
      @Schema(example = "1000.00") BigDecimal totalAcres,
      @Schema(description = "Area that can be leased to enterprises", example = "702.00") BigDecimal leasableAcres,
      @Schema(description = "Held for proposals in progress", example = "25.00") BigDecimal reservedAcres,
      @Schema(description = "Granted as plots", example = "40.00") BigDecimal allocatedAcres,
      @Schema(description = "leasable - reserved - allocated", example = "637.00") BigDecimal freeAcres,
      @Schema(description = "Where the leasable figure comes from") String leasableSource,
      @Schema(
          description = "True when no source publishes the leasable area and it is a planning assumption") boolean leasableIsPlanningAssumption) {}

  record EventResponse(
      long id, Instant occurredAt, ZoneEventType type, BigDecimal acres, BigDecimal reservedAfter,
      BigDecimal allocatedAfter, BigDecimal freeAfter, String proposalRef, String processInstanceId,
      String step, String actor, String detail) {

    static EventResponse of(ZoneEvent e) {
      return new EventResponse(e.id(), e.occurredAt(), e.type(), e.acres(), e.reservedAfter(), e.allocatedAfter(),
          e.freeAfter(), e.proposalRef(), e.processInstanceId(), e.step(), e.actor(), e.detail());
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ZoneResponse(
      @Schema(example = "RSEZ") String code,
      @Schema(example = "Rashakai Special Economic Zone") String name,
      String province,
      String location,
      String developer,
      @Schema(description = "One of the four zones prioritized under CPEC") boolean priority,
      @Schema(description = "Designated for the Smart SEZ sectors pharma, health and AI") boolean smartSez,
      @Schema(
          description = "Why the zone is designated a Smart SEZ (planning assumption where so stated)") String smartSezBasis,
      String statusNote,
      List<String> sectors,
      LandResponse land,
      @Schema(description = "Proposals counted per stage") Map<PipelineStage, Integer> pipeline,
      @Schema(description = "Newest first; only on a single zone") List<EventResponse> latestEvents) {

    static ZoneResponse of(Zone zone, Map<PipelineStage, Integer> pipeline, List<ZoneEvent> events) {
      LandAccount land = zone.land();
      return new ZoneResponse(zone.code(), zone.name(), zone.province(), zone.location(), zone.developer(),
          zone.priority(), zone.smartSez(), zone.smartSezSource(), zone.statusNote(), zone.sectors(),
          new LandResponse(zone.totalAcres(), land.leasableAcres(), land.reservedAcres(), land.allocatedAcres(),
              land.freeAcres(), zone.leasableSource(), zone.leasableIsPlanningAssumption()),
          pipeline,
          events == null ? null : events.stream().map(EventResponse::of).toList());
    }
  }
}
