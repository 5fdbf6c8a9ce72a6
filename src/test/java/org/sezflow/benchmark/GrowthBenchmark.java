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
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
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
 * Growth mode (issue 14): how what users feel grows with the ten years of history SEZ Flow keeps.
 * It starts the application on an empty database, drives a few proposals of every outcome through
 * it ({@link HistoryTemplates}), starts the open proposals (a quarter at each of the first four
 * steps, {@link BenchmarkSeed#seedOpen}), then grows the ended proposals to each size in turn by
 * copying the templates' every row, the engine's history included ({@link HistoryCopies}), spread
 * over the zones and ten years. At each size it measures, as their users send them, the p50, p95
 * and p99 of each read ({@link #reads}); the lifecycle throughput, app and floor, as the lifecycle
 * benchmark drives them; and the database's size. At the last size it adds proposals past the
 * history's time to live and measures the history cleanup: rows removed per second, and the
 * lifecycle throughput while it runs.
 *
 * <p>Run it with {@code ./mvnw -Pbenchmark test -Dtest=GrowthBenchmark} (H2), or with the mysql
 * profile's environment for MySQL. Tunables: benchmark.growth.sizes (0,10000,100000),
 * benchmark.growth.open (5000), benchmark.growth.requests (200 per read and size),
 * benchmark.growth.threads (2 driver threads for the lifecycles), benchmark.growth.seconds (10 per
 * measured repetition, 3 repetitions of app and of floor), benchmark.growth.warmupSeconds (40),
 * benchmark.growth.expired (5000 proposals past their time to live). Writes
 * target/benchmark-growth-&lt;h2|mysql&gt;.json. The assertions only check that the benchmark worked.
 * With benchmark.growth.dataDir (H2) or the URL of an earlier run's database (MySQL), it measures
 * that database again: what it holds is kept, sizes below it are skipped.
 */
class GrowthBenchmark {

  final List<Integer> sizes = Stream.of(System.getProperty("benchmark.growth.sizes", "0,10000,100000").split(","))
      .map(String::trim).map(Integer::parseInt).toList();
  final int open = Integer.getInteger("benchmark.growth.open", 5_000);
  final int requests = Integer.getInteger("benchmark.growth.requests", 200);
  final int threads = Integer.getInteger("benchmark.growth.threads", 2);
  final double seconds = Double.parseDouble(System.getProperty("benchmark.growth.seconds", "10"));
  final double warmupSeconds = Double.parseDouble(System.getProperty("benchmark.growth.warmupSeconds", "40"));
  final int expired = Integer.getInteger("benchmark.growth.expired", 5_000);
  final int repetitions = 3;
  /** The H2 data directory of an earlier run to measure again, or none (a new database). */
  final String reuse = System.getProperty("benchmark.growth.dataDir");

  @Test
  void readsAsTheHistoryGrows() throws Exception {
    String dataDir = reuse != null ? reuse : "./target/benchmark-db/" + UUID.randomUUID();
    String[] args = {"--sezflow.data-dir=" + dataDir, "--server.port=0", "--camunda.bpm.job-execution.enabled=false",
        "--" + BenchmarkInstrumentation.ENABLED + "=true"};
    ConfigurableApplicationContext context = new SpringApplicationBuilder(SezFlowApplication.class,
        BenchmarkInstrumentation.class).run(args);
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
    FloorProcess.deploy(engine);
    IdentityService identities = context.getBean(IdentityService.class);
    Map<String, String> users = Map.of(
        "portal", basic(TestUsers.ensure(identities, "growth-portal", "external-systems")),
        "pmu", basic(TestUsers.ensure(identities, "growth-pmu", "boi-pmu")),
        "manager", basic(TestUsers.ensure(identities, "growth-manager", "sez-managers")));

    long began = System.nanoTime();
    List<HistoryTemplates.Template> templates = HistoryTemplates.drive(engine, jdbc, port, users.get("portal"));
    HistoryCopies copies = new HistoryCopies(jdbc, context.getBean(DataSource.class), templates);
    Map<String, Double> rowsPerCopy = copies.rowsPerCopy();
    System.out.printf("%d template proposals driven in %.1f s; a copy adds %.0f rows: %s%n", templates.size(),
        (System.nanoTime() - began) / 1e9, rowsPerCopy.values().stream().mapToDouble(Double::doubleValue).sum(),
        rowsPerCopy);
    began = System.nanoTime();
    DataSource dataSource = context.getBean(DataSource.class);
    // An earlier run's database keeps its open proposals and its copies: only what is missing is added.
    long openBefore = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ProcessVariables.PROCESS_KEY).count();
    BenchmarkSeed.seedOpen(engine, dataSource, (int) Math.max(0, open - openBefore));
    System.out.printf("%d open proposals driven in %.1f s%n", open, (System.nanoTime() - began) / 1e9);
    BenchmarkSeed.renewConnections(dataSource);
    String reference = templates.get(0).reference();
    Map<String, HttpRequest> reads = reads(port, users, reference, filterIds(engine));
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    LifecycleBenchmark driver = new LifecycleBenchmark();
    Lifecycles lifecycles = new Lifecycles(engine, driver.acres);
    long warmupEnds = System.nanoTime() + (long) (warmupSeconds * 1e9);
    while (System.nanoTime() < warmupEnds) {
      driver.segment(lifecycles, LifecycleBenchmark.APP, threads, 0, true, Math.min(seconds, warmupSeconds / 2));
      driver.segment(lifecycles, LifecycleBenchmark.FLOOR, threads, 0, true, Math.min(seconds, warmupSeconds / 2));
    }

    List<Map<String, Object>> results = new ArrayList<>();
    int seeded = jdbc.queryForObject("SELECT COUNT(*) FROM sez_proposal WHERE reference LIKE 'BENCH-%'",
        Integer.class);
    for (int size : sizes) {
      if (size < seeded) {
        System.out.printf("%n== %d ended proposals: skipped, the database holds %d%n", size, seeded);
        continue;
      }
      began = System.nanoTime();
      long rows = copies.copy(seeded, size, false);
      double seedSeconds = (System.nanoTime() - began) / 1e9;
      BenchmarkSeed.renewConnections(dataSource);
      long bytes = databaseBytes(jdbc, mysql, dataDir);
      System.out.printf("%n== %d ended proposals (%d copied in %.1f s, %d rows), %d open; database %.1f MiB%n",
          size, size - seeded, seedSeconds, rows, open, bytes / 1048576.0);
      seeded = size;
      Map<String, Object> atSize = new LinkedHashMap<>();
      atSize.put("ended", size);
      atSize.put("open", open);
      atSize.put("databaseBytes", bytes);
      atSize.put("reads", measureReads(http, reads));
      atSize.put("lifecycles", throughput(driver, lifecycles));
      results.add(atSize);
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("database", mysql ? "mysql" : "h2");
    json.put("requestsPerRead", requests);
    json.put("rowsPerEndedProposal", rowsPerCopy);
    json.put("sizes", results);
    if (expired > 0) {
      json.put("cleanup", cleanup(engine, jdbc, copies, seeded, driver, lifecycles));
    }
    Path out = Path.of("target", "benchmark-growth-" + (mysql ? "mysql" : "h2") + ".json");
    Files.createDirectories(out.getParent());
    Files.writeString(out, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
  }

  private Map<String, Object> measureReads(HttpClient http, Map<String, HttpRequest> reads) throws Exception {
    System.out.printf("%-30s %9s %9s %9s%n", "read", "p50 ms", "p95 ms", "p99 ms");
    Map<String, Object> figures = new LinkedHashMap<>();
    for (Map.Entry<String, HttpRequest> entry : reads.entrySet()) {
      String name = entry.getKey();
      HttpResponse<String> first = http.send(entry.getValue(), HttpResponse.BodyHandlers.ofString());
      assertThat(first.statusCode()).as(name + ": " + first.body()).isEqualTo(200);
      Latencies.measure(http, entry.getValue(), 1, Math.max(10, requests / 10)); // warm-up
      Map<String, SqlCounter.Timing> before = SqlCounter.timings();
      List<Double> latencies = Latencies.measure(http, entry.getValue(), 1, requests);
      double p50 = Latencies.percentile(latencies, 0.50);
      double p95 = Latencies.percentile(latencies, 0.95);
      double p99 = Latencies.percentile(latencies, 0.99);
      System.out.printf("%-30s %9.1f %9.1f %9.1f%n", name, p50, p95, p99);
      Map<String, Object> read = new LinkedHashMap<>();
      read.put("p50Ms", p50);
      read.put("p95Ms", p95);
      read.put("p99Ms", p99);
      read.put("costliestStatements", costliest(before, requests, 2));
      figures.put(name, read);
    }
    return figures;
  }

  /** App and floor lifecycles, alternating, {@link #repetitions} times each: the medians. */
  private Map<String, Object> throughput(LifecycleBenchmark driver, Lifecycles lifecycles) throws Exception {
    Map<String, List<Map<String, Double>>> figures = new LinkedHashMap<>();
    Map<String, SqlCounter.Timing> before = SqlCounter.timings();
    long appLifecycles = 0;
    for (int r = 1; r <= repetitions; r++) {
      for (String kind : List.of(LifecycleBenchmark.APP, LifecycleBenchmark.FLOOR)) {
        LifecycleBenchmark.Rep rep = driver.segment(lifecycles, kind, threads, r, false, seconds);
        figures.computeIfAbsent(kind, k -> new ArrayList<>()).add(rep.metrics());
        appLifecycles += kind.equals(LifecycleBenchmark.APP) ? rep.lifecycles() : 0;
      }
    }
    System.out.println("costliest statements of the app and floor lifecycles, per app lifecycle:");
    List<Map<String, Object>> statements = costliest(before, appLifecycles, 8);
    Map<String, Object> medians = new LinkedHashMap<>();
    for (Map.Entry<String, List<Map<String, Double>>> kind : figures.entrySet()) {
      List<Map<String, Double>> reps = kind.getValue();
      Map<String, Double> median = new LinkedHashMap<>();
      for (String metric : List.of("lifecyclesPerSecond", "p50Ms", "statementsPerLifecycle", "cpuMsPerLifecycle")) {
        median.put(metric, LifecycleBenchmark.median(reps.stream().mapToDouble(m -> m.get(metric)).toArray()));
      }
      medians.put(kind.getKey(), median);
    }
    medians.put("costliestStatements", statements);
    System.out.printf("lifecycles at %d threads, median of %d x %.0f s: %s%n", threads, repetitions, seconds, medians);
    return medians;
  }

  private static Job cleanupJob(ProcessEngine engine) {
    List<Job> jobs = engine.getHistoryService().findHistoryCleanupJobs();
    return jobs.isEmpty() ? null : jobs.get(0);
  }

  /** The statements that took the most time since {@code before}, per request or lifecycle; printed. */
  private static List<Map<String, Object>> costliest(Map<String, SqlCounter.Timing> before, long per, int limit) {
    List<Map<String, Object>> statements = new ArrayList<>();
    for (SqlCounter.Timing t : SqlCounter.costliest(before, SqlCounter.timings(), limit)) {
      String sql = t.sql().replaceAll("\\s+", " ").strip();
      double ms = t.nanos() / 1e6 / Math.max(1, per);
      double executions = t.executions() / (double) Math.max(1, per);
      System.out.printf("    %7.2f ms in %5.1f x  %s%n", ms, executions, sql.length() > 150 ? sql.substring(0, 150)
          + "..." : sql);
      statements.add(Map.of("sql", sql, "msPer", ms, "executionsPer", executions));
    }
    return statements;
  }

  /**
   * Adds proposals past the history's time to live and runs Camunda's history cleanup job by hand,
   * pass after pass, while app lifecycles run: the rows it removes per second, and the lifecycle
   * throughput meanwhile.
   */
  private Map<String, Object> cleanup(ProcessEngine engine, JdbcTemplate jdbc, HistoryCopies copies, int seeded,
      LifecycleBenchmark driver, Lifecycles lifecycles) throws Exception {
    int earlier = jdbc.queryForObject("SELECT COUNT(*) FROM sez_proposal WHERE reference LIKE 'OLD-%'",
        Integer.class);
    copies.copy(seeded + earlier, seeded + earlier + expired, true);
    Map<String, Long> due = copies.dueForCleanup();
    long dueRows = due.values().stream().mapToLong(Long::longValue).sum();
    System.out.printf("%n== history cleanup of %d proposals past their time to live: %d rows due%n", expired,
        dueRows);
    engine.getHistoryService().cleanUpHistoryAsync(true);
    AtomicLong passes = new AtomicLong();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    long began = System.nanoTime();
    AtomicLong ended = new AtomicLong();
    Thread cleaner = new Thread(() -> {
      try {
        // The job reschedules itself for now while it finds rows, later once it finds none.
        for (Job job = cleanupJob(engine); job != null && !job.getDuedate().after(new java.util.Date()); job =
            cleanupJob(engine)) {
          engine.getManagementService().executeJob(job.getId());
          passes.incrementAndGet();
        }
      } catch (Throwable e) {
        failure.set(e);
      } finally {
        ended.set(System.nanoTime());
      }
    }, "history-cleanup");
    cleaner.start();
    List<Map<String, Double>> during = new ArrayList<>();
    while (cleaner.isAlive()) {
      during.add(driver.segment(lifecycles, LifecycleBenchmark.APP, threads, 0, false, seconds).metrics());
    }
    cleaner.join();
    assertThat(failure.get()).as("the history cleanup").isNull();
    double cleanupSeconds = (ended.get() - began) / 1e9;
    long left = copies.dueForCleanup().values().stream().mapToLong(Long::longValue).sum();
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("proposals", expired);
    figures.put("rowsDue", due);
    figures.put("rowsLeft", left);
    figures.put("seconds", cleanupSeconds);
    figures.put("passes", passes.get());
    figures.put("rowsPerSecond", (dueRows - left) / cleanupSeconds);
    figures.put("appLifecyclesPerSecondDuring", LifecycleBenchmark.median(during.stream()
        .mapToDouble(m -> m.get("lifecyclesPerSecond")).toArray()));
    System.out.printf("cleanup: %d rows removed in %.1f s (%d passes) = %.0f rows/s, %d left; app lifecycles "
        + "meanwhile %s/s%n", dueRows - left, cleanupSeconds, passes.get(), (dueRows - left) / cleanupSeconds, left,
        during.stream().map(m -> String.format("%.1f", m.get("lifecyclesPerSecond"))).toList());
    return figures;
  }

  /** The body of Tasklist's task list request: no extra criteria, newest first. */
  static final String TASKLIST_LIST_BODY = "{\"processVariables\":[],\"taskVariables\":[],"
      + "\"caseInstanceVariables\":[],\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";

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
    // Tasklist asks for HAL, which embeds each task's card variables (the filter's "variables").
    filters.forEach((name, id) -> reads.put("Tasklist " + name, HttpRequest.newBuilder(URI.create(base
        + "/engine-rest/filter/" + id + "/list?firstResult=0&maxResults=15")).header("Authorization", users.get("pmu"))
        .header("Content-Type", "application/json").header("Accept", "application/hal+json")
        .POST(HttpRequest.BodyPublishers.ofString(TASKLIST_LIST_BODY)).build()));
    reads.put("Tasklist filter counts", get(base + "/engine-rest/filter?resourceType=Task&itemCount=true",
        users.get("pmu")));
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
