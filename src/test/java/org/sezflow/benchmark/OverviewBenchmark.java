package org.sezflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.sezflow.SezFlowApplication;
import org.sezflow.TestUsers;
import org.sezflow.variables.ProcessVariables;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The managers' overview at scale: {@code GET /api/v1/overview} with ten years of history (100,000
 * ended proposals, each with its stage exits) and 5,000 open proposals, their tasks open in the
 * engine and a fifth of them overdue. The ended ones are written straight into the application's
 * tables, with four activity instances per stage they passed in the engine's history (about 1.5 million rows); the
 * open ones are started through the engine like any proposal. Then requests from 1 and 4 HTTP
 * clients, as a manager, to the overview, the activity figures of the diagram (last 30 days) and a
 * page of ended proposals, and their latencies: the target is p99 within 200 ms.
 *
 * <p>Run it with {@code ./mvnw -Pbenchmark test -Dtest=OverviewBenchmark} (H2), or with the mysql
 * profile's environment for MySQL. Tunables: benchmark.overview.ended (100000),
 * benchmark.overview.open (5000), benchmark.overview.requests (400), benchmark.overview.clients
 * (1,4). Writes target/benchmark-overview-&lt;h2|mysql&gt;.json. The assertions only check that it
 * worked, never how fast.
 */
class OverviewBenchmark {

  final int ended = Integer.getInteger("benchmark.overview.ended", 100_000);
  final int open = Integer.getInteger("benchmark.overview.open", 5_000);
  final int requests = Integer.getInteger("benchmark.overview.requests", 400);
  final List<Integer> clientCounts = List.of(System.getProperty("benchmark.overview.clients", "1,4").split(","))
      .stream().map(String::trim).map(Integer::parseInt).toList();

  @Test
  void overviewWithTenYearsOfHistory() throws Exception {
    String[] args = {"--sezflow.data-dir=./target/benchmark-db/" + UUID.randomUUID(), "--server.port=0",
        "--camunda.bpm.job-execution.enabled=false"};
    ConfigurableApplicationContext context = new SpringApplicationBuilder(SezFlowApplication.class).run(args);
    try {
      run(context);
    } finally {
      context.close();
    }
  }

  private void run(ConfigurableApplicationContext context) throws Exception {
    ProcessEngine engine = context.getBean(ProcessEngine.class);
    JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
    String database = List.of(context.getEnvironment().getActiveProfiles()).contains("mysql") ? "mysql" : "h2";
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();

    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(ProcessVariables.PROCESS_KEY).latestVersion().singleResult().getId();
    long seedBegan = System.nanoTime();
    BenchmarkSeed.seedEnded(jdbc, 0, ended);
    BenchmarkSeed.seedHistory(jdbc, definitionId, 0, ended);
    double endedSeconds = (System.nanoTime() - seedBegan) / 1e9;
    long openBegan = System.nanoTime();
    BenchmarkSeed.seedOpen(engine, context.getBean(javax.sql.DataSource.class), open);
    double openSeconds = (System.nanoTime() - openBegan) / 1e9;
    System.out.printf("seeded %d ended proposals in %.1f s, %d open proposals in %.1f s on %s%n", ended, endedSeconds,
        open, openSeconds, database);

    IdentityService identities = context.getBean(IdentityService.class);
    TestUsers.Credentials manager = TestUsers.ensure(identities, "benchmark-manager", "sez-managers");
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    String authorization = "Basic " + Base64.getEncoder().encodeToString(
        (manager.userId() + ":" + manager.password()).getBytes(StandardCharsets.UTF_8));
    Map<String, String> endpoints = new LinkedHashMap<>();
    endpoints.put("overview", "/api/v1/overview");
    endpoints.put("activities", "/api/v1/overview/activities?days=30&processDefinitionId=" + definitionId);
    endpoints.put("ended", "/api/v1/overview/ended?days=365&page=3&size=20");

    List<Map<String, Object>> results = new ArrayList<>();
    for (Map.Entry<String, String> endpoint : endpoints.entrySet()) {
      HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + endpoint.getValue()))
          .header("Authorization", authorization).GET().build();
      HttpResponse<String> first = http.send(request, HttpResponse.BodyHandlers.ofString());
      assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
      assertThat(first.body()).as(endpoint.getKey()).contains(switch (endpoint.getKey()) {
        case "overview" -> "\"zones\"";
        case "activities" -> "\"ScreenProposal\"";
        default -> "BENCH-";
      });
      Latencies.measure(http, request, 1, Math.max(20, requests / 10)); // warm-up
      for (int clients : clientCounts) {
        List<Double> latencies = Latencies.measure(http, request, clients, requests);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("endpoint", endpoint.getValue());
        result.put("clients", clients);
        result.put("requests", latencies.size());
        result.put("p50Ms", Latencies.percentile(latencies, 0.50));
        result.put("p95Ms", Latencies.percentile(latencies, 0.95));
        result.put("p99Ms", Latencies.percentile(latencies, 0.99));
        result.put("maxMs", latencies.get(latencies.size() - 1));
        results.add(result);
        System.out.printf("GET %s, %d client(s): %d requests, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
            endpoint.getValue().replaceAll("\\?.*", ""), clients, latencies.size(),
            Latencies.percentile(latencies, 0.50),
            Latencies.percentile(latencies, 0.95), Latencies.percentile(latencies, 0.99),
            latencies.get(latencies.size() - 1));
      }
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("database", database);
    json.put("endedProposals", ended);
    json.put("openProposals", open);
    json.put("seedEndedSeconds", endedSeconds);
    json.put("seedOpenSeconds", openSeconds);
    json.put("results", results);
    Path out = Path.of("target", "benchmark-overview-" + database + ".json");
    Files.createDirectories(out.getParent());
    Files.writeString(out, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
  }

}
