package org.sezflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.sezflow.SezFlowApplication;
import org.sezflow.TestUsers;
import org.sezflow.enterprise.EnterpriseEvaluation;
import org.sezflow.variables.EnterpriseVariables;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Zone enterprises at scale (issue 22). First, lifecycles of jv-proposal to the allotment letter
 * (each now starting its enterprise's monitoring) on 2 threads, with no enterprise monitored
 * beforehand; then 10,000 zone enterprises are seeded (their records written straight into the
 * tables, with partners, milestones and four accepted reports each, and their zone-enterprise
 * processes started through the engine, each waiting at a milestone or its monitored years with
 * its report branch) and the same lifecycles run again: the target is at most 10 % fewer per
 * second. Then the evaluation, {@code GET /api/v1/overview/enterprises}, as a manager from 1 and 4
 * clients, and the Prometheus scrape: the target is p99 within 200 ms.
 *
 * <p>Run it with {@code ./mvnw -Pbenchmark test -Dtest=EnterpriseBenchmark} (H2), or with the mysql
 * profile's environment for MySQL. Tunables: benchmark.enterprises (10000),
 * benchmark.enterprise.seconds (20, per repetition), benchmark.enterprise.repetitions (3),
 * benchmark.enterprise.warmupSeconds (60),
 * benchmark.enterprise.requests (400). Writes target/benchmark-enterprises-&lt;h2|mysql&gt;.json.
 * The assertions only check that it worked, never how fast.
 */
class EnterpriseBenchmark {

  static final List<String> SECTORS = List.of("pharmaceuticals", "textiles", "electronics", "food processing",
      "automotive parts", "medical imaging");

  final int enterprises = Integer.getInteger("benchmark.enterprises", 10_000);
  final double seconds = Double.parseDouble(System.getProperty("benchmark.enterprise.seconds", "20"));
  final int repetitions = Integer.getInteger("benchmark.enterprise.repetitions", 3);
  final int requests = Integer.getInteger("benchmark.enterprise.requests", 400);
  final double warmupSeconds = Double.parseDouble(System.getProperty("benchmark.enterprise.warmupSeconds", "60"));
  final AtomicLong sequence = new AtomicLong();

  @Test
  void monitoringTenThousandZoneEnterprises() throws Exception {
    String[] args = {"--sezflow.data-dir=./target/benchmark-db/" + UUID.randomUUID(), "--server.port=0",
        "--camunda.bpm.job-execution.enabled=false", "--" + BenchmarkInstrumentation.ENABLED + "=true"};
    ConfigurableApplicationContext context = new SpringApplicationBuilder(SezFlowApplication.class,
        BenchmarkInstrumentation.class).run(args);
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
    Lifecycles lifecycles = new Lifecycles(engine, 0.01);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("database", database);
    json.put("enterprises", enterprises);

    lifecyclesPerSecond(lifecycles, 2, warmupSeconds); // the JIT and the caches, before anything is measured
    List<Double> before = new ArrayList<>();
    Map<String, SqlCounter.Timing> timingsBefore = SqlCounter.timings();
    for (int r = 0; r < repetitions; r++) {
      before.add(lifecyclesPerSecond(lifecycles, 2, seconds));
    }
    printCostliest("before", timingsBefore);
    long seedBegan = System.nanoTime();
    List<String> references = seedRecords(jdbc, enterprises);
    startProcesses(engine.getRuntimeService(), references);
    double seedSeconds = (System.nanoTime() - seedBegan) / 1e9;
    long monitored = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(EnterpriseVariables.PROCESS_KEY).count();
    System.out.printf(Locale.ROOT, "seeded %d zone enterprises in %.1f s; %d monitored on %s%n", enterprises,
        seedSeconds, monitored, database);
    assertThat(monitored).isGreaterThanOrEqualTo(enterprises);
    List<Double> after = new ArrayList<>();
    Map<String, SqlCounter.Timing> timingsAfter = SqlCounter.timings();
    for (int r = 0; r < repetitions; r++) {
      after.add(lifecyclesPerSecond(lifecycles, 2, seconds));
    }
    printCostliest("with the enterprises", timingsAfter);
    double ratio = median(after) / median(before);
    System.out.printf(Locale.ROOT, "lifecycles/s on 2 threads: %s before, %s with %d monitored: median ratio %.3f%n",
        before, after, monitored, ratio);
    json.put("seedSeconds", seedSeconds);
    json.put("monitoredInstances", monitored);
    json.put("lifecyclesPerSecondBefore", before);
    json.put("lifecyclesPerSecondAfter", after);
    json.put("throughputRatio", ratio);

    TestUsers.Credentials manager = TestUsers.ensure(engine.getIdentityService(), "bench.manager", "sez-managers");
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    String authorization = "Basic " + Base64.getEncoder().encodeToString(
        (manager.userId() + ":" + manager.password()).getBytes(StandardCharsets.UTF_8));
    EnterpriseEvaluation.Evaluation evaluation = context.getBean(EnterpriseEvaluation.class).evaluate();
    assertThat(evaluation.total().enterprises()).isGreaterThanOrEqualTo(enterprises);
    List<Map<String, Object>> results = new ArrayList<>();
    for (String path : List.of("/api/v1/overview/enterprises", "/actuator/prometheus")) {
      HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
          .header("Authorization", authorization).GET().build();
      HttpResponse<String> first = http.send(request, HttpResponse.BodyHandlers.ofString());
      assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
      Latencies.measure(http, request, 1, Math.max(20, requests / 10));
      for (int clients : List.of(1, 4)) {
        List<Double> latencies = Latencies.measure(http, request, clients, requests);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("endpoint", path);
        result.put("clients", clients);
        result.put("p50Ms", Latencies.percentile(latencies, 0.50));
        result.put("p95Ms", Latencies.percentile(latencies, 0.95));
        result.put("p99Ms", Latencies.percentile(latencies, 0.99));
        results.add(result);
        System.out.printf(Locale.ROOT, "GET %s, %d client(s): %d requests, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
            path, clients, latencies.size(), Latencies.percentile(latencies, 0.50),
            Latencies.percentile(latencies, 0.95), Latencies.percentile(latencies, 0.99));
      }
    }
    json.put("results", results);
    Path out = Path.of("target", "benchmark-enterprises-" + database + ".json");
    Files.createDirectories(out.getParent());
    Files.writeString(out, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
  }

  /** The statements that took the most database time since {@code since}: where a slowdown comes from. */
  private static void printCostliest(String phase, Map<String, SqlCounter.Timing> since) {
    System.out.printf(Locale.ROOT, "costliest statements %s:%n", phase);
    for (SqlCounter.Timing timing : SqlCounter.costliest(since, SqlCounter.timings(), 8)) {
      String sql = timing.sql().replaceAll("\\s+", " ").strip();
      System.out.printf(Locale.ROOT, "  %8.0f ms %7d x  %s%n", timing.nanos() / 1e6, timing.executions(),
          sql.length() > 400 ? sql.substring(0, 120) + " ... " + sql.substring(sql.length() - 280) : sql);
    }
  }

  /** Whole lifecycles on some threads for about the given time; lifecycles per second. */
  private double lifecyclesPerSecond(Lifecycles lifecycles, int threads, double forSeconds) throws Exception {
    AtomicLong done = new AtomicLong();
    long began = System.nanoTime();
    long deadline = began + (long) (forSeconds * 1e9);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      workers.add(pool.submit(() -> {
        while (System.nanoTime() < deadline) {
          done.addAndGet(lifecycles.app(sequence.getAndAdd(5), 5, () -> {}).processInstanceIds().size());
        }
        return null;
      }));
    }
    for (Future<?> worker : workers) {
      worker.get();
    }
    pool.shutdown();
    return done.get() / ((System.nanoTime() - began) / 1e9);
  }

  /**
   * Zone enterprises written straight into the tables: proposal, two partners, enterprise, three
   * milestones and four accepted reports each; seven in ten building (one in ten of those late), three
   * in ten operating. Returns their references.
   */
  static List<String> seedRecords(JdbcTemplate jdbc, int count) {
    Random random = new Random(22);
    List<String> references = new ArrayList<>();
    Timestamp now = Timestamp.from(Instant.now());
    LocalDate today = LocalDate.now();
    for (int from = 0; from < count; from += 1000) {
      List<Object[]> proposals = new ArrayList<>();
      List<Object[]> partners = new ArrayList<>();
      List<Object[]> rows = new ArrayList<>();
      List<Object[]> milestones = new ArrayList<>();
      List<Object[]> reports = new ArrayList<>();
      for (int i = from; i < Math.min(count, from + 1000); i++) {
        String ref = String.format("ENT-BENCH-%06d", i);
        references.add(ref);
        String zone = Lifecycles.ZONES.get(i % Lifecycles.ZONES.size());
        boolean operating = random.nextInt(10) < 3;
        LocalDate allotted = today.minusDays(operating ? 800 + random.nextInt(400) : 30 + random.nextInt(60));
        proposals.add(new Object[] {ref, "Benchmark enterprise " + i, SECTORS.get(i % SECTORS.size()), false, zone,
            1 + random.nextInt(20), 1_000_000L + random.nextInt(50_000_000), 49, 50 + random.nextInt(900),
            "Sponsor " + i, "s" + i + "@example.pk", "ZONE_ENTERPRISE", "P" + i, "SEZA/ALT/" + i, allotted, now, now,
            now, now});
        partners.add(new Object[] {ref, 1, "Pakistani partner " + i, "PK", "SECP " + i, 51});
        partners.add(new Object[] {ref, 2, "Chinese partner " + i, "CN", "USCC " + i, 49});
        int days = operating ? 400 + random.nextInt(300) : 0;
        rows.add(new Object[] {ref, operating ? "OPERATING" : "ON_TRACK", allotted,
            operating ? allotted.plusDays(days) : null, operating ? allotted.plusDays(days).plusYears(5) : null,
            now, now, 1_000_000L + random.nextInt(20_000_000), random.nextInt(500), random.nextInt(50),
            operating ? random.nextInt(5_000_000) : 0, operating ? days : null, !operating && random.nextInt(10) == 0});
        int m = 0;
        for (String milestone : List.of("SUB_LEASE", "CONSTRUCTION_START", "COMMERCIAL_OPERATIONS")) {
          LocalDate due = allotted.plusMonths(m == 0 ? 3 : m == 1 ? 6 : 24);
          milestones.add(new Object[] {ref, milestone, m, due, due, operating ? "VERIFIED" : "PENDING"});
          m++;
        }
        // Four quarters accepted, the last ending before the allotment's quarter (as if reported earlier).
        LocalDate quarterStart = allotted.withDayOfMonth(1).withMonth(((allotted.getMonthValue() - 1) / 3) * 3 + 1);
        for (int q = 4; q >= 1; q--) {
          LocalDate end = quarterStart.minusMonths(3L * (q - 1)).minusDays(1);
          String period = end.getYear() + "-Q" + ((end.getMonthValue() - 1) / 3 + 1);
          reports.add(new Object[] {ref, period, end.minusMonths(3).plusDays(1), end, 1_000_000, 10, 1, 0, 10});
        }
      }
      jdbc.batchUpdate("INSERT INTO sez_proposal (reference, title, sector, smart_sez_requested, zone_code, "
          + "acres_requested, investment_usd, fdi_share_pct, jobs_planned, sponsor_name, sponsor_email, stage, "
          + "plot_number, allotment_letter_no, allotment_letter_date, submitted_at, stage_entered_at, updated_at, "
          + "closed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", proposals);
      jdbc.batchUpdate("INSERT INTO sez_proposal_partner (proposal_ref, position, name, country, registration_no, "
          + "equity_pct) VALUES (?, ?, ?, ?, ?, ?)", partners);
      jdbc.batchUpdate("INSERT INTO sez_enterprise (proposal_ref, status, allotted_on, operating_since, "
          + "monitoring_ends_on, established_at, updated_at, realised_investment_usd, jobs_pakistani, jobs_foreign, "
          + "exports_usd, days_to_operations, behind_schedule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
      jdbc.batchUpdate("INSERT INTO sez_enterprise_milestone (proposal_ref, milestone, position, original_due_on, "
          + "due_on, status) VALUES (?, ?, ?, ?, ?, ?)", milestones);
      jdbc.batchUpdate("INSERT INTO sez_enterprise_report (proposal_ref, period, period_start, due_on, status, "
          + "investment_usd, jobs_pakistani, jobs_foreign, exports_usd, construction_pct) "
          + "VALUES (?, ?, ?, ?, 'ACCEPTED', ?, ?, ?, ?, ?)", reports);
    }
    return references;
  }

  /** Each seeded enterprise's process, started through the engine on 4 threads as the establishment starts it. */
  static void startProcesses(RuntimeService runtime, List<String> references) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    for (String reference : references) {
      pool.submit(() -> runtime.createProcessInstanceByKey(EnterpriseVariables.PROCESS_KEY).businessKey(reference)
          .setVariable(EnterpriseVariables.PROPOSAL_REF, reference).execute());
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(1, TimeUnit.HOURS)).isTrue();
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }
}
