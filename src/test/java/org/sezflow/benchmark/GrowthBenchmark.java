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
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.sezflow.SezFlowApplication;
import org.sezflow.TestUsers;
import org.sezflow.workflow.ProcessVariables;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Growth mode (issue 14, first part): how the reads users make grow with the history SEZ Flow
 * keeps. It starts the application on an empty database, starts the open proposals through the
 * engine, then grows the ended proposals to each size in turn ({@link BenchmarkSeed}: the
 * proposal, its stage exits, its decision log and the engine's activity instances) and measures
 * at each size, as their users send them, the p50, p95 and p99 of: a proposal's status and
 * timeline, the search with each filter, a zone, the Tasklist "Overdue" and "My group's tasks"
 * filters as a PMU official, a Prometheus scrape, the managers' overview and the engine's
 * process-definition statistics; and the database's size.
 *
 * <p>Run it with {@code ./mvnw -Pbenchmark test -Dtest=GrowthBenchmark} (H2), or with the mysql
 * profile's environment for MySQL. Tunables: benchmark.growth.sizes (0,10000,100000),
 * benchmark.growth.open (5000), benchmark.growth.requests (200 per read and size). Writes
 * target/benchmark-growth-&lt;h2|mysql&gt;.json. Not yet: the lifecycle throughput and the history
 * cleanup at each size, zone events of the ended proposals, and the filters' card variables.
 */
class GrowthBenchmark {

  final List<Integer> sizes = Stream.of(System.getProperty("benchmark.growth.sizes", "0,10000,100000").split(","))
      .map(String::trim).map(Integer::parseInt).toList();
  final int open = Integer.getInteger("benchmark.growth.open", 5_000);
  final int requests = Integer.getInteger("benchmark.growth.requests", 200);

  @Test
  void readsAsTheHistoryGrows() throws Exception {
    String dataDir = "./target/benchmark-db/" + UUID.randomUUID();
    String[] args = {"--sezflow.data-dir=" + dataDir, "--server.port=0", "--camunda.bpm.job-execution.enabled=false"};
    ConfigurableApplicationContext context = new SpringApplicationBuilder(SezFlowApplication.class).run(args);
    try {
      run(context, Path.of(dataDir));
    } finally {
      context.close();
    }
  }

  private void run(ConfigurableApplicationContext context, Path dataDir) throws Exception {
    ProcessEngine engine = context.getBean(ProcessEngine.class);
    JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
    boolean mysql = List.of(context.getEnvironment().getActiveProfiles()).contains("mysql");
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(ProcessVariables.PROCESS_KEY).latestVersion().singleResult().getId();

    long began = System.nanoTime();
    BenchmarkSeed.seedOpen(engine, open);
    System.out.printf("%d open proposals started in %.1f s%n", open, (System.nanoTime() - began) / 1e9);
    String reference = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ProcessVariables.PROCESS_KEY).listPage(0, 1).get(0).getBusinessKey();

    IdentityService identities = context.getBean(IdentityService.class);
    Map<String, String> users = Map.of(
        "portal", basic(TestUsers.ensure(identities, "growth-portal", "external-systems")),
        "pmu", basic(TestUsers.ensure(identities, "growth-pmu", "boi-pmu")),
        "manager", basic(TestUsers.ensure(identities, "growth-manager", "sez-managers")));
    Map<String, HttpRequest> reads = reads(port, users, reference, filterIds(engine));
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    List<Map<String, Object>> results = new ArrayList<>();
    int seeded = 0;
    for (int size : sizes) {
      began = System.nanoTime();
      BenchmarkSeed.seedEnded(jdbc, seeded, size);
      BenchmarkSeed.seedHistory(jdbc, definitionId, seeded, size);
      double seedSeconds = (System.nanoTime() - began) / 1e9;
      seeded = size;
      long bytes = databaseBytes(jdbc, mysql, dataDir);
      System.out.printf("%n== %d ended proposals (%d added in %.1f s), %d open; database %.1f MiB%n", size,
          size - (results.isEmpty() ? 0 : (int) results.get(results.size() - 1).get("ended")), seedSeconds, open,
          bytes / 1048576.0);
      System.out.printf("%-28s %9s %9s %9s%n", "read", "p50 ms", "p95 ms", "p99 ms");
      Map<String, Object> atSize = new LinkedHashMap<>();
      atSize.put("ended", size);
      atSize.put("open", open);
      atSize.put("databaseBytes", bytes);
      Map<String, Object> figures = new LinkedHashMap<>();
      for (Map.Entry<String, HttpRequest> read : reads.entrySet()) {
        HttpResponse<String> first = http.send(read.getValue(), HttpResponse.BodyHandlers.ofString());
        assertThat(first.statusCode()).as(read.getKey() + ": " + first.body()).isEqualTo(200);
        Latencies.measure(http, read.getValue(), 1, Math.max(10, requests / 10)); // warm-up
        List<Double> latencies = Latencies.measure(http, read.getValue(), 1, requests);
        double p50 = Latencies.percentile(latencies, 0.50);
        double p95 = Latencies.percentile(latencies, 0.95);
        double p99 = Latencies.percentile(latencies, 0.99);
        figures.put(read.getKey(), Map.of("p50Ms", p50, "p95Ms", p95, "p99Ms", p99));
        System.out.printf("%-28s %9.1f %9.1f %9.1f%n", read.getKey(), p50, p95, p99);
      }
      atSize.put("reads", figures);
      results.add(atSize);
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("database", mysql ? "mysql" : "h2");
    json.put("requestsPerRead", requests);
    json.put("sizes", results);
    Path out = Path.of("target", "benchmark-growth-" + (mysql ? "mysql" : "h2") + ".json");
    Files.createDirectories(out.getParent());
    Files.writeString(out, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
  }

  /** Each read as its user sends it. */
  private static Map<String, HttpRequest> reads(int port, Map<String, String> users, String reference,
      Map<String, String> filters) {
    String base = "http://localhost:" + port;
    Map<String, HttpRequest> reads = new LinkedHashMap<>();
    reads.put("proposal status", get(base + "/api/v1/proposals/" + reference, users.get("portal")));
    reads.put("proposal timeline", get(base + "/api/v1/proposals/" + reference + "/timeline", users.get("portal")));
    reads.put("search by zone", get(base + "/api/v1/proposals?zone=AIIC", users.get("portal")));
    reads.put("search by open stage", get(base + "/api/v1/proposals?stage=SCREENING", users.get("portal")));
    reads.put("search by ended stage", get(base + "/api/v1/proposals?stage=ZONE_ENTERPRISE", users.get("portal")));
    reads.put("search by status", get(base + "/api/v1/proposals?status=IN_PROGRESS", users.get("portal")));
    reads.put("search by zone and stage", get(base + "/api/v1/proposals?zone=AIIC&stage=SCREENING",
        users.get("portal")));
    reads.put("zone", get(base + "/api/v1/zones/AIIC", users.get("portal")));
    filters.forEach((name, id) -> reads.put("Tasklist " + name, HttpRequest.newBuilder(URI.create(base
        + "/engine-rest/filter/" + id + "/list?firstResult=0&maxResults=15")).header("Authorization", users.get("pmu"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build()));
    reads.put("Prometheus scrape", get(base + "/actuator/prometheus", users.get("manager")));
    reads.put("managers' overview", get(base + "/api/v1/overview", users.get("manager")));
    reads.put("definition statistics", get(base + "/engine-rest/process-definition/statistics?incidents=true",
        users.get("manager")));
    return reads;
  }

  private static Map<String, String> filterIds(ProcessEngine engine) {
    Map<String, String> ids = new LinkedHashMap<>();
    for (String name : List.of("Overdue", "My group's tasks")) {
      ids.put(name, engine.getFilterService().createFilterQuery().filterName(name).singleResult().getId());
    }
    return ids;
  }

  /**
   * The space the tables and their indexes take: MySQL's data and index length of the schema, or
   * what H2 says each table uses (its file also holds free space after bulk inserts, printed apart).
   */
  private static long databaseBytes(JdbcTemplate jdbc, boolean mysql, Path dataDir) throws Exception {
    if (mysql) {
      return jdbc.queryForObject("SELECT COALESCE(SUM(data_length + index_length), 0) FROM information_schema.tables "
          + "WHERE table_schema = DATABASE()", Long.class);
    }
    jdbc.execute("CHECKPOINT SYNC");
    try (Stream<Path> files = Files.walk(dataDir)) {
      System.out.printf("H2 file: %.1f MiB%n", files.filter(f -> f.toString().endsWith(".mv.db"))
          .mapToLong(f -> f.toFile().length()).sum() / 1048576.0);
    }
    return jdbc.queryForObject("SELECT SUM(DISK_SPACE_USED('\"' || TABLE_SCHEMA || '\".\"' || TABLE_NAME || '\"')) "
        + "FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_TYPE = 'BASE TABLE' AND TABLE_SCHEMA = 'PUBLIC'", Long.class);
  }

  private static HttpRequest get(String url, String authorization) {
    return HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization).GET().build();
  }

  private static String basic(TestUsers.Credentials user) {
    return "Basic " + Base64.getEncoder().encodeToString((user.userId() + ":" + user.password())
        .getBytes(StandardCharsets.UTF_8));
  }
}
