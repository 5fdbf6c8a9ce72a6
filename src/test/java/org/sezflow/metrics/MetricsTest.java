package org.sezflow.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.sezflow.TestUsers;
import org.sezflow.variables.ProcessVariables;
import org.sezflow.workflow.ProposalFixturesAccess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** What a manager's Prometheus scrapes, and the health a load balancer sees. */
// Metrics export is on for tests (spring.test.observability.auto-configure in the tests' configuration).
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MetricsTest {

  @Autowired
  org.springframework.jdbc.core.JdbcTemplate jdbc;

  @Autowired
  TestRestTemplate http;

  @Autowired
  IdentityService identityService;

  @Autowired
  RuntimeService runtime;

  @Autowired
  ProcessEngine engine;

  @Test
  void managersScrapeProposalLandTaskAndStageMetrics() {
    // One proposal that has left SUBMITTED (a stage duration) and waits at screening (an open task).
    var pi = runtime.startProcessInstanceByKey(ProcessVariables.PROCESS_KEY, ProposalFixturesAccess.textilesJv());
    TestUsers.Credentials manager = TestUsers.ensure(identityService, "metrics-manager", "sez-managers");

    // Gauges read a snapshot of at most SezFlowMetrics.MAX_AGE; scrape until it includes the new proposal.
    ResponseEntity<String> scrape = scrape(manager);
    for (int attempt = 0; attempt < 20
        && gauge(scrape.getBody(), "sezflow_tasks_open{group=\"boi-pmu\"}") < 1; attempt++) {
      sleep(500);
      scrape = scrape(manager);
    }

    assertThat(scrape.getStatusCode()).as(scrape.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(scrape.getBody()).contains(
        "sezflow_proposals{stage=\"SCREENING\",status=\"IN_PROGRESS\"}",
        "sezflow_zone_land_acres{account=\"free\",zone=\"RSEZ\"}",
        "sezflow_zone_land_acres{account=\"leasable\",zone=\"RSEZ\"} 702.0",
        "sezflow_zone_pipeline_proposals{stage=\"SCREENING\",zone=\"RSEZ\"}",
        "sezflow_tasks_open{group=\"boi-pmu\"}",
        "sezflow_tasks_overdue{group=\"boi-pmu\"}",
        "sezflow_incidents_open",
        "sezflow_stage_duration_seconds_bucket{stage=\"SUBMITTED\"",
        "sezflow_stage_duration_seconds_count{stage=\"SUBMITTED\"}");
    assertThat(gauge(scrape.getBody(), "sezflow_tasks_open{group=\"boi-pmu\"}")).isGreaterThanOrEqualTo(1.0);
    assertThat(gauge(scrape.getBody(), "sezflow_proposals{stage=\"SCREENING\",status=\"IN_PROGRESS\"}"))
        .isGreaterThanOrEqualTo(1.0);

    runtime.createMessageCorrelation(ProcessVariables.MESSAGE_PROPOSAL_WITHDRAWN)
        .processInstanceBusinessKey(pi.getBusinessKey()).correlate();
  }

  @Test
  void healthIsOpenAndShowsTheDatabaseAndTheEngineToAnAdmin() {
    ResponseEntity<String> anonymous = http.getForEntity("/actuator/health", String.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(anonymous.getBody()).contains("\"status\":\"UP\"").doesNotContain("\"db\"");

    TestUsers.Credentials admin = TestUsers.ensure(identityService, "metrics-admin", "camunda-admin");
    ResponseEntity<String> detailed = http.withBasicAuth(admin.userId(), admin.password())
        .getForEntity("/actuator/health", String.class);
    // (The job executor's component shows where the job executor runs; the tests keep it off.)
    assertThat(detailed.getBody()).contains("\"db\"", "\"processEngine\"");

    assertThat(http.getForEntity("/actuator/health/readiness", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void theEnginesOwnMetricsAreScrapedWithTheApplications() {
    runtime.startProcessInstanceByKey(ProcessVariables.PROCESS_KEY, ProposalFixturesAccess.textilesJv());
    // The engine writes its counts to the database every 15 minutes; a test does not wait for that.
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDbMetricsReporter().reportNow();
    TestUsers.Credentials manager = TestUsers.ensure(identityService, "metrics-engine-manager", "sez-managers");
    String scrape = scrape(manager).getBody();
    try {
      Thread.sleep(2_100); // past EngineMetrics.MAX_AGE: read the totals again
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    scrape = scrape(manager).getBody();
    assertThat(gauge(scrape, "camunda_engine_metric_total{name=\"root-process-instance-start\"}"))
        .isGreaterThanOrEqualTo(1);
    assertThat(gauge(scrape, "camunda_engine_metric_total{name=\"activity-instance-start\"}"))
        .isGreaterThanOrEqualTo(1);
    assertThat(scrape).contains("jvm_memory_used_bytes");
  }

  /** Every metric the Grafana dashboard in src/main/grafana queries is in a scrape. */
  @Test
  void theGrafanaDashboardQueriesOnlyMetricsThatAreScraped() throws Exception {
    runtime.startProcessInstanceByKey(ProcessVariables.PROCESS_KEY, ProposalFixturesAccess.textilesJv());
    TestUsers.Credentials manager = TestUsers.ensure(identityService, "metrics-grafana-manager", "sez-managers");
    String scrape = scrape(manager).getBody();
    com.fasterxml.jackson.databind.JsonNode dashboard = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(java.nio.file.Path.of("src/main/grafana/sez-flow-dashboard.json").toFile());
    java.util.Set<String> queried = new java.util.TreeSet<>();
    java.util.regex.Pattern metric = java.util.regex.Pattern.compile("\\b((?:sezflow|camunda)_[a-z_]+)\\b");
    dashboard.path("panels").forEach(panel -> panel.path("targets").forEach(target -> {
      java.util.regex.Matcher names = metric.matcher(target.path("expr").asText());
      while (names.find()) {
        queried.add(names.group(1));
      }
    }));
    assertThat(queried).contains("sezflow_zone_land_acres", "sezflow_stage_duration_seconds_bucket",
        "camunda_engine_metric_total");
    for (String name : queried) {
      assertThat(scrape.lines().anyMatch(line -> line.startsWith(name + "{") || line.startsWith(name + " ")))
          .as("the dashboard queries %s; is it scraped?", name).isTrue();
    }
  }

  /** A zone added while the application runs gets its land and pipeline series. */
  @Test
  void aZoneAddedLaterGetsItsSeries() {
    TestUsers.Credentials manager = TestUsers.ensure(identityService, "metrics-zone-manager", "sez-managers");
    String series = "sezflow_zone_land_acres{account=\"leasable\",zone=\"MTESTZ\"}";
    assertThat(scrape(manager).getBody()).doesNotContain(series);
    jdbc.update("""
        INSERT INTO sez_zone (code, name, province, location, developer, total_acres, leasable_acres, leasable_source,
            leasable_is_assumption, reserved_acres, allocated_acres, priority, smart_sez, smart_sez_source, status_note)
        VALUES ('MTESTZ', 'Metrics test zone', 'Punjab', 'nowhere', 'nobody', 100, 70, 'test', TRUE, 0, 0,
            FALSE, FALSE, NULL, 'test only')""");
    try {
      String scrape = "";
      // The figures are read again at most every 2 s; the zone's rows come with the next reading.
      for (int attempt = 0; attempt < 40 && !scrape.contains(series); attempt++) {
        sleep(250);
        scrape = scrape(manager).getBody();
      }
      assertThat(gauge(scrape, series)).isEqualTo(70.0);
      assertThat(scrape).contains("sezflow_zone_pipeline_proposals{stage=\"SCREENING\",zone=\"MTESTZ\"}");
      String enterprises = "sezflow_enterprises{standing=\"ON_TRACK\",zone=\"MTESTZ\"}";
      for (int attempt = 0; attempt < 40 && !scrape.contains(enterprises); attempt++) {
        sleep(250);
        scrape = scrape(manager).getBody();
      }
      assertThat(gauge(scrape, enterprises)).isEqualTo(0.0);
    } finally {
      jdbc.update("DELETE FROM sez_zone WHERE code = 'MTESTZ'");
    }
  }

  @Test
  void metricsAreClosedToOfficialsAndStrangers() {
    TestUsers.Credentials official = TestUsers.ensure(identityService, "metrics-official", "boi-pmu");
    assertThat(
        http.withBasicAuth(official.userId(), official.password()).getForEntity("/actuator/prometheus", String.class)
            .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.getForEntity("/actuator/prometheus", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private ResponseEntity<String> scrape(TestUsers.Credentials manager) {
    return http.withBasicAuth(manager.userId(), manager.password()).getForEntity("/actuator/prometheus", String.class);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static double gauge(String scrape, String series) {
    if (scrape == null) {
      return -1;
    }
    return scrape.lines().filter(line -> line.startsWith(series + " ")).findFirst()
        .map(line -> Double.parseDouble(line.substring(series.length() + 1).trim()))
        .orElseThrow(() -> new AssertionError("no series " + series));
  }
}
