package org.sezflow.zone;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sezflow.identity.ApiSecuritySlice;
import org.sezflow.identity.Groups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * /api/v1/zones in a web slice: the controller, the real ZoneRegistry over mocked repositories, the
 * application's security chain and problem JSON (ApiExceptionHandler), no database or engine.
 */
@Tag("slice")
@WebMvcTest(ZoneController.class)
@Import({ZoneRegistry.class, ApiSecuritySlice.class})
class ZoneControllerTest {

  @Autowired
  MockMvc mvc;

  @MockitoBean
  ZoneRepository zones;

  @MockitoBean
  ZonePipelineRepository pipeline;

  @MockitoBean
  ZoneEventLog eventLog;

  @MockitoBean
  IdentityService identityService;

  @Test
  void listsEveryZoneWithItsLandAndAFullPipelineButNoEvents() throws Exception {
    when(zones.findAll()).thenReturn(List.of(zone("RSEZ", true), zone("PSMIP", false)));
    Map<PipelineStage, Integer> rsez = ZonePipelineRepository.zeroCounts();
    rsez.put(PipelineStage.SCREENING, 3);
    when(pipeline.allCounts()).thenReturn(Map.of("RSEZ", rsez));

    mvc.perform(getAs("/api/v1/zones", Groups.BOI_PMU))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.length()").value(2))
        .andExpect(jsonPath("$[0].code").value("RSEZ"))
        .andExpect(jsonPath("$[0].priority").value(true))
        .andExpect(jsonPath("$[0].sectors[0]").value("textiles"))
        .andExpect(jsonPath("$[0].land.leasableAcres").value(702.0))
        .andExpect(jsonPath("$[0].land.freeAcres").value(636.5))
        .andExpect(jsonPath("$[0].pipeline.SCREENING").value(3))
        .andExpect(jsonPath("$[0].pipeline.WITHDRAWN").value(0))
        .andExpect(jsonPath("$[0].latestEvents").doesNotExist())
        // A zone with nothing counted yet still shows every stage.
        .andExpect(jsonPath("$[1].code").value("PSMIP"))
        .andExpect(jsonPath("$[1].pipeline.length()").value(PipelineStage.values().length))
        .andExpect(jsonPath("$[1].pipeline.SUBMITTED").value(0));
  }

  @Test
  void showsOneZoneWithItsLatestEventsNewestFirst() throws Exception {
    when(zones.findByCode("RSEZ")).thenReturn(Optional.of(zone("RSEZ", true)));
    when(pipeline.counts("RSEZ")).thenReturn(new EnumMap<>(ZonePipelineRepository.zeroCounts()));
    when(eventLog.latest("RSEZ", ZoneRegistry.LATEST_EVENTS)).thenReturn(List.of(
        new ZoneEvent(8, "RSEZ", Instant.parse("2026-03-23T05:00:00Z"), ZoneEventType.LAND_RESERVED,
            new BigDecimal("25.50"), new BigDecimal("25.50"), new BigDecimal("40.00"), new BigDecimal("636.50"),
            "JV-2026-000001", "pi-1", "Reserve land", "pmu.officer", null),
        new ZoneEvent(1, "RSEZ", Instant.parse("2026-01-01T00:00:00Z"), ZoneEventType.ZONE_REGISTERED,
            null, null, null, null, null, null, "Seed", "migration", null)));

    mvc.perform(getAs("/api/v1/zones/RSEZ", Groups.SEZ_MANAGERS))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.code").value("RSEZ"))
        .andExpect(jsonPath("$.name").value("Zone RSEZ"))
        .andExpect(jsonPath("$.land.reservedAcres").value(25.5))
        .andExpect(jsonPath("$.latestEvents.length()").value(2))
        .andExpect(jsonPath("$.latestEvents[0].type").value("LAND_RESERVED"))
        .andExpect(jsonPath("$.latestEvents[0].occurredAt").value("2026-03-23T05:00:00Z"))
        .andExpect(jsonPath("$.latestEvents[0].proposalRef").value("JV-2026-000001"))
        .andExpect(jsonPath("$.latestEvents[1].type").value("ZONE_REGISTERED"));
    verify(eventLog).latest("RSEZ", ZoneRegistry.LATEST_EVENTS);
  }

  @Test
  void anUnknownZoneIs404ProblemJsonNamingTheCode() throws Exception {
    // The repositories find no zone XYZ (a mock's Optional is empty).
    mvc.perform(getAs("/api/v1/zones/XYZ", Groups.BOI_PMU))
        .andExpect(status().isNotFound())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("urn:sezflow:problem:zone-not-found"))
        .andExpect(jsonPath("$.title").value("Unknown zone"))
        .andExpect(jsonPath("$.status").value(404))
        .andExpect(jsonPath("$.detail").value("No SEZ zone has the code 'XYZ'"))
        .andExpect(jsonPath("$.instance").value("/api/v1/zones/XYZ"))
        .andExpect(jsonPath("$.errors.length()").value(1))
        .andExpect(jsonPath("$.errors[0].field").value("zoneCode"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("XYZ")));
    verifyNoInteractions(pipeline, eventLog);
  }

  @Test
  void withoutCredentialsTheZonesAre401ProblemJsonAndNothingIsRead() throws Exception {
    for (String path : List.of("/api/v1/zones", "/api/v1/zones/RSEZ")) {
      mvc.perform(get(path))
          .andExpect(status().isUnauthorized())
          .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"SEZ Flow\""))
          .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.type").value("urn:sezflow:problem:unauthenticated"))
          .andExpect(jsonPath("$.status").value(401))
          .andExpect(jsonPath("$.instance").value(path));
    }
    verifyNoInteractions(zones, pipeline, eventLog);
  }

  @Test
  void aWrongPasswordIs401() throws Exception {
    mvc.perform(get("/api/v1/zones").header(HttpHeaders.AUTHORIZATION, ApiSecuritySlice.basic(Groups.BOI_PMU, "wrong")))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.type").value("urn:sezflow:problem:unauthenticated"));
    verifyNoInteractions(zones);
  }

  @Test
  void aUserInNoApiGroupIs403ProblemJson() throws Exception {
    mvc.perform(getAs("/api/v1/zones", ApiSecuritySlice.STRANGER))
        .andExpect(status().isForbidden())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("urn:sezflow:problem:forbidden"))
        .andExpect(jsonPath("$.status").value(403));
    verifyNoInteractions(zones);
  }

  @Test
  void theCallerIsHandedToTheEngineForTheRequest() throws Exception {
    when(zones.findAll()).thenReturn(List.of());

    mvc.perform(getAs("/api/v1/zones", Groups.SEZ_AUTHORITY))
        .andExpect(status().isOk());

    verify(identityService).setAuthentication(Groups.SEZ_AUTHORITY, List.of(Groups.SEZ_AUTHORITY));
    verify(identityService).clearAuthentication();
  }

  private static MockHttpServletRequestBuilder getAs(String path, String userId) {
    return get(path).header(HttpHeaders.AUTHORIZATION, ApiSecuritySlice.basic(userId));
  }

  private static Zone zone(String code, boolean priority) {
    return new Zone(code, "Zone " + code, "Khyber Pakhtunkhwa", "M-1 motorway", "KPEZDMC", new BigDecimal("1000.00"),
        "published industrial area", false, priority, false, null, null, List.of("textiles", "pharma"),
        new LandAccount(new BigDecimal("702.00"), new BigDecimal("25.50"), new BigDecimal("40.00")));
  }
}
