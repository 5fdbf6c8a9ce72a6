package org.sezflow.zone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sezflow.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ZoneApiTest {

  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
      new ParameterizedTypeReference<>() {};
  private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {};

  @Autowired
  TestRestTemplate http;

  @Autowired
  IdentityService identityService;

  TestRestTemplate api;

  @BeforeEach
  void logIn() {
    TestUsers.Credentials user = TestUsers.ensure(identityService, "zone-api-reader", "sez-managers");
    api = http.withBasicAuth(user.userId(), user.password());
  }

  @Test
  @SuppressWarnings("unchecked")
  void listsTheNineZonesWithLandAndPipeline() {
    ResponseEntity<List<Map<String, Object>>> response = api.exchange("/api/v1/zones", HttpMethod.GET, null, LIST);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
    assertThat(response.getBody()).hasSize(9);
    Map<String, Object> first = response.getBody().get(0);
    assertThat(first).containsKeys("code", "name", "province", "developer", "priority", "smartSez", "sectors",
        "land", "pipeline");
    assertThat(first).doesNotContainKey("latestEvents");
    assertThat(first.get("priority")).isEqualTo(true);
    Map<String, Object> land = (Map<String, Object>) first.get("land");
    assertThat(land).containsKeys("totalAcres", "leasableAcres", "reservedAcres", "allocatedAcres", "freeAcres",
        "leasableSource", "leasableIsPlanningAssumption");
    assertThat((Map<String, Object>) first.get("pipeline")).containsKeys("SUBMITTED", "JCC_DECISION", "WITHDRAWN");
  }

  @Test
  @SuppressWarnings("unchecked")
  void showsOneZoneWithItsLatestEvents() {
    ResponseEntity<Map<String, Object>> response = api.exchange("/api/v1/zones/RSEZ", HttpMethod.GET, null, OBJECT);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Object> zone = response.getBody();
    assertThat(zone.get("code")).isEqualTo("RSEZ");
    assertThat(zone.get("name")).isEqualTo("Rashakai Special Economic Zone");
    assertThat(((Map<String, Object>) zone.get("land")).get("leasableAcres")).isEqualTo(702.0);
    List<Map<String, Object>> events = (List<Map<String, Object>>) zone.get("latestEvents");
    assertThat(events).isNotEmpty()
        .allSatisfy(event -> assertThat(event).containsKeys("type", "occurredAt", "step", "actor"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void anUnknownZoneIs404WithProblemJson() {
    ResponseEntity<Map<String, Object>> response = api.exchange("/api/v1/zones/XYZ", HttpMethod.GET, null, OBJECT);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(response.getBody()).containsEntry("status", 404).containsEntry("title", "Unknown zone");
    List<Map<String, Object>> errors = (List<Map<String, Object>>) response.getBody().get("errors");
    assertThat(errors).singleElement().satisfies(error -> {
      assertThat(error).containsEntry("field", "zoneCode");
      assertThat((String) error.get("message")).contains("XYZ");
    });
  }

  @Test
  void withoutCredentialsTheApisAnswer401() {
    for (String path : List.of("/api/v1/zones", "/api/v1/zones/RSEZ", "/engine-rest/process-definition",
        "/engine-rest/task", "/actuator/info")) {
      ResponseEntity<Map<String, Object>> response = http.exchange(path, HttpMethod.GET, null, OBJECT);
      assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(response.getHeaders().getFirst("WWW-Authenticate")).as(path).startsWith("Basic");
      assertThat(response.getHeaders().getContentType()).as(path).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
      assertThat(response.getBody()).as(path).containsEntry("status", 401);
    }
  }

  @Test
  void aWrongPasswordIs401() {
    // A user of its own: after a failed attempt Camunda delays that user's next logins.
    TestUsers.ensure(identityService, "zone-api-mistyper");
    ResponseEntity<String> response = http.withBasicAuth("zone-api-mistyper", "not-the-password")
        .getForEntity("/api/v1/zones", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void camundaRestAcceptsTheSameCredentials() {
    ResponseEntity<String> response = api.getForEntity("/engine-rest/process-definition/key/jv-proposal", String.class);
    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).contains("\"key\":\"jv-proposal\"");
  }

  @Test
  void healthStaysOpen() {
    ResponseEntity<String> response = http.getForEntity("/actuator/health", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).contains("\"status\":\"UP\"");
  }

  @Test
  void theOpenApiDescriptionDocumentsTheZoneEndpoints() {
    ResponseEntity<String> response = http.getForEntity("/v3/api-docs", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).contains("\"/api/v1/zones\"", "\"/api/v1/zones/{code}\"", "\"basicAuth\"");
  }
}
