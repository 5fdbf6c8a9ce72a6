package org.sezflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.sezflow.SezFlowApplication;
import org.sezflow.TestUsers;
import org.sezflow.benchmark.SqlCounter.Key;
import org.sezflow.benchmark.SqlCounter.Snapshot;
import org.sezflow.benchmark.SqlCounter.Verb;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The benchmark of SEZ Flow: in one warm Spring context of the real application, whole
 * jv-proposal lifecycles on the happy path ("app") against a process of the same shape whose
 * service tasks do nothing ("floor"), alternating, at 1, 2 and 4 driver threads; then M
 * concurrent HTTP clients submitting proposals through /api/v1/proposals. Prints a table and
 * writes the same as JSON to target/benchmark-&lt;h2|mysql&gt;.json.
 *
 * <p>Run it with {@code ./mvnw -Pbenchmark test} (H2), or with the mysql profile's environment
 * (SPRING_PROFILES_ACTIVE=mysql, SEZ_DB_URL, SEZ_DB_USER, SEZ_DB_PASSWORD, SEZ_ADMIN_PASSWORD)
 * for MySQL. Tunables (system properties): benchmark.warmupSeconds (60),
 * benchmark.repetitionSeconds (10), benchmark.repetitions (3), benchmark.threads (1,2,4),
 * benchmark.restClients (1,4,16), benchmark.restSeconds (10), benchmark.restWarmupSeconds (3),
 * benchmark.acres (0.01, the area each proposal asks for), benchmark.sessionBatch (5, the proposals
 * a driver takes through the committees' sessions together: each batch holds one JWG and one JCC
 * session; see {@link Lifecycles}).
 *
 * <p>The assertions only check that the benchmark worked, never how fast.
 */
class LifecycleBenchmark {

  static final String APP = "app";
  static final String FLOOR = "floor";
  static final String APP_END = "ZoneEnterpriseEstablished";
  static final List<String> STEPS = List.of("start", "ScreenProposal", "PrepareMou", "RecordMouSigning",
      "ConsultMinistry", "JwgSession", "JccSession", "IssueAllotmentLetter", SqlCounter.OTHER_STEP);

  // Tunables.
  final double warmupSeconds = Double.parseDouble(System.getProperty("benchmark.warmupSeconds", "60"));
  final double repetitionSeconds = Double.parseDouble(System.getProperty("benchmark.repetitionSeconds", "10"));
  final int repetitions = Integer.parseInt(System.getProperty("benchmark.repetitions", "3"));
  final List<Integer> threadCounts = ints(System.getProperty("benchmark.threads", "1,2,4"));
  final List<Integer> restClients = ints(System.getProperty("benchmark.restClients", "1,4,16"));
  final double restSeconds = Double.parseDouble(System.getProperty("benchmark.restSeconds", "10"));
  final double restWarmupSeconds = Double.parseDouble(System.getProperty("benchmark.restWarmupSeconds", "3"));
  final double acres = Double.parseDouble(System.getProperty("benchmark.acres", "0.01"));
  final int sessionBatch = Integer.parseInt(System.getProperty("benchmark.sessionBatch", "5"));

  final AtomicLong sequence = new AtomicLong();
  final ConcurrentLinkedQueue<String> appInstances = new ConcurrentLinkedQueue<>();

  /** One timed run of lifecycles by a number of driver threads. */
  record Rep(String kind, int threads, int repetition, boolean warmup, double seconds, long lifecycles,
      long userTasks, long[] latenciesNanos, long cpuNanos, Snapshot sql, long failures, String firstFailure,
      double systemLoadAverage) {

    double perLifecycle(double value) {
      return lifecycles == 0 ? Double.NaN : value / lifecycles;
    }

    Map<String, Double> metrics() {
      Map<String, Double> m = new LinkedHashMap<>();
      m.put("lifecyclesPerSecond", lifecycles / seconds);
      m.put("userTasksPerSecond", userTasks / seconds);
      m.put("p50Ms", percentile(latenciesNanos, 50) / 1e6);
      m.put("p95Ms", percentile(latenciesNanos, 95) / 1e6);
      m.put("p99Ms", percentile(latenciesNanos, 99) / 1e6);
      m.put("cpuMsPerLifecycle", perLifecycle(cpuNanos / 1e6));
      m.put("selectPerLifecycle", perLifecycle(sql.verb(Verb.SELECT)));
      m.put("insertPerLifecycle", perLifecycle(sql.verb(Verb.INSERT)));
      m.put("updatePerLifecycle", perLifecycle(sql.verb(Verb.UPDATE)));
      m.put("deletePerLifecycle", perLifecycle(sql.verb(Verb.DELETE)));
      m.put("otherPerLifecycle", perLifecycle(sql.verb(Verb.OTHER)));
      m.put("statementsPerLifecycle", perLifecycle(sql.total()));
      m.put("commitsPerLifecycle", perLifecycle(sql.commits()));
      m.put("autoCommitStatementsPerLifecycle", perLifecycle(sql.autoCommitStatements()));
      m.put("rollbacksPerLifecycle", perLifecycle(sql.rollbacks()));
      return m;
    }
  }

  @Test
  void lifecyclesAndRestApi() throws Exception {
    String[] args = {
        "--sezflow.data-dir=./target/benchmark-db/" + UUID.randomUUID(),
        "--" + BenchmarkInstrumentation.ENABLED + "=true",
        "--server.port=0"};
    long startupBegan = System.nanoTime();
    ConfigurableApplicationContext context = new SpringApplicationBuilder(SezFlowApplication.class,
        BenchmarkInstrumentation.class).run(args);
    double startupMs = (System.nanoTime() - startupBegan) / 1e6;
    try {
      run(context, startupMs);
    } finally {
      context.close();
    }
  }

  private void run(ConfigurableApplicationContext context, double startupMs) throws Exception {
    Map<String, Object> json = new LinkedHashMap<>();
    DataSource dataSource = context.getBean(DataSource.class);
    assertThat(SqlCounter.isWrapped(dataSource)).as("the DataSource is wrapped by the counter").isTrue();
    String database = List.of(context.getEnvironment().getActiveProfiles()).contains("mysql") ? "mysql" : "h2";
    String product;
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      product = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
    }
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    ProcessEngine engine = context.getBean(ProcessEngine.class);
    FloorProcess.deploy(engine);
    TestUsers.Credentials portal = TestUsers.ensure(engine.getIdentityService(), "bench.portal", "external-systems");
    Lifecycles lifecycles = new Lifecycles(engine, acres);

    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("warmupSeconds", warmupSeconds);
    settings.put("repetitionSeconds", repetitionSeconds);
    settings.put("repetitions", repetitions);
    settings.put("threads", threadCounts);
    settings.put("restClients", restClients);
    settings.put("restSeconds", restSeconds);
    settings.put("restWarmupSeconds", restWarmupSeconds);
    settings.put("acresPerProposal", acres);
    settings.put("sessionBatch", sessionBatch);
    json.put("database", database);
    json.put("databaseProduct", product);
    json.put("startedAt", Instant.now().toString());
    json.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    json.put("availableProcessors", Runtime.getRuntime().availableProcessors());
    json.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
    json.put("settings", settings);
    json.put("startupMs", startupMs);
    System.out.printf(Locale.ROOT, "%n=== SEZ Flow benchmark on %s (%s), %d CPUs, start-up %.0f ms ===%n", database,
        product, Runtime.getRuntime().availableProcessors(), startupMs);

    // --- warm-up, alternating app and floor -------------------------------------------------
    List<Rep> reps = new ArrayList<>();
    long warmupEnds = System.nanoTime() + (long) (warmupSeconds * 1e9);
    double warmupSegment = Math.min(repetitionSeconds, Math.max(1, warmupSeconds / 6));
    int w = 0;
    do {
      int threads = threadCounts.get(w % threadCounts.size());
      reps.add(segment(lifecycles, APP, threads, 0, true, warmupSegment));
      reps.add(segment(lifecycles, FLOOR, threads, 0, true, warmupSegment));
      w++;
    } while (System.nanoTime() < warmupEnds);
    System.out.printf(Locale.ROOT, "warm-up: %d segments of %.0f s, %d app and %d floor lifecycles%n", w * 2,
        warmupSegment, reps.stream().filter(r -> r.kind().equals(APP)).mapToLong(Rep::lifecycles).sum(),
        reps.stream().filter(r -> r.kind().equals(FLOOR)).mapToLong(Rep::lifecycles).sum());

    // --- measured repetitions, alternating app and floor ---------------------------------------
    for (int threads : threadCounts) {
      for (int r = 1; r <= repetitions; r++) {
        reps.add(segment(lifecycles, APP, threads, r, false, repetitionSeconds));
        reps.add(segment(lifecycles, FLOOR, threads, r, false, repetitionSeconds));
      }
    }
    List<Rep> measured = reps.stream().filter(r -> !r.warmup()).toList();

    // --- the REST API ------------------------------------------------------------------------
    RestLoad rest = new RestLoad(port, portal.userId(), portal.password(), acres);
    List<Map<String, Object>> restJson = new ArrayList<>();
    List<RestLoad.Result> restResults = new ArrayList<>();
    List<Snapshot> restSql = new ArrayList<>();
    List<Double> restCpuMs = new ArrayList<>();
    RestLoad.Result restWarmup = rest.run(restClients.stream().max(Integer::compare).orElse(4), restWarmupSeconds);
    List<RestLoad.Result> allRest = new ArrayList<>(List.of(restWarmup));
    for (int clients : restClients) {
      allRest.add(rest.run(clients, Math.min(2, restWarmupSeconds)));
      System.gc();
      Snapshot before = SqlCounter.snapshot();
      long cpuBefore = processCpuNanos();
      RestLoad.Result result = rest.run(clients, restSeconds);
      restCpuMs.add((processCpuNanos() - cpuBefore) / 1e6);
      restSql.add(SqlCounter.snapshot().minus(before));
      restResults.add(result);
      allRest.add(result);
    }

    // --- checks outside the measurements -----------------------------------------------------
    Verification verification = verify(engine, context.getBean(JdbcClient.class));
    System.gc();
    long heapUsed = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();

    // --- report ------------------------------------------------------------------------------
    List<Map<String, Object>> cells = new ArrayList<>();
    StringBuilder table = new StringBuilder();
    table.append(
        String.format(Locale.ROOT, "%nLifecycles on %s: median of %d repetitions of %.0f s [min-max]; per lifecycle: "
            + "CPU and SQL statements; driven in batches of %d through one JWG and one JCC session (latency: a "
            + "lifecycle's start to its end within its batch)%n", database, repetitions, repetitionSeconds,
            sessionBatch));
    table.append(String.format(Locale.ROOT, "%-3s %-5s %-22s %-22s %7s %7s %7s %-20s %6s %6s %6s %6s %7s %6s %6s%n",
        "thr", "kind", "lifecycles/s", "user tasks/s", "p50 ms", "p95 ms", "p99 ms", "CPU ms/lifecycle", "SELECT",
        "INSERT", "UPDATE", "DELETE", "total", "commit", "autoc"));
    for (int threads : threadCounts) {
      Map<String, Object> cell = new LinkedHashMap<>();
      cell.put("threads", threads);
      Map<String, Map<String, Double>> medians = new LinkedHashMap<>();
      for (String kind : List.of(APP, FLOOR)) {
        List<Rep> these = measured.stream().filter(r -> r.kind().equals(kind) && r.threads() == threads).toList();
        Map<String, Object> stats = new LinkedHashMap<>();
        Map<String, Double> med = new LinkedHashMap<>();
        for (String metric : these.get(0).metrics().keySet()) {
          double[] values = these.stream().mapToDouble(r -> r.metrics().get(metric)).toArray();
          Map<String, Double> s = new LinkedHashMap<>();
          s.put("median", median(values));
          s.put("min", Arrays.stream(values).min().orElse(Double.NaN));
          s.put("max", Arrays.stream(values).max().orElse(Double.NaN));
          stats.put(metric, s);
          med.put(metric, median(values));
        }
        stats.put("lifecycles", these.stream().map(Rep::lifecycles).toList());
        stats.put("seconds", these.stream().map(Rep::seconds).toList());
        cell.put(kind, stats);
        medians.put(kind, med);
        ToDoubleFunction<String> m = med::get;
        table.append(String.format(Locale.ROOT,
            "%-3d %-5s %-22s %-22s %7.1f %7.1f %7.1f %-20s %6.1f %6.1f %6.1f %6.1f %7.1f %6.1f %6.1f%n", threads, kind,
            withRange(these, "lifecyclesPerSecond", "%.1f"), withRange(these, "userTasksPerSecond", "%.0f"),
            m.applyAsDouble("p50Ms"), m.applyAsDouble("p95Ms"), m.applyAsDouble("p99Ms"),
            withRange(these, "cpuMsPerLifecycle", "%.1f"),
            m.applyAsDouble("selectPerLifecycle"), m.applyAsDouble("insertPerLifecycle"),
            m.applyAsDouble("updatePerLifecycle"), m.applyAsDouble("deletePerLifecycle"),
            m.applyAsDouble("statementsPerLifecycle"), m.applyAsDouble("commitsPerLifecycle"),
            m.applyAsDouble("autoCommitStatementsPerLifecycle")));
      }
      Map<String, Double> ratios = new LinkedHashMap<>();
      ratios.put("throughput",
          medians.get(APP).get("lifecyclesPerSecond") / medians.get(FLOOR).get("lifecyclesPerSecond"));
      ratios.put("statementsPerLifecycle",
          medians.get(APP).get("statementsPerLifecycle") / medians.get(FLOOR).get("statementsPerLifecycle"));
      ratios.put("cpuMsPerLifecycle",
          medians.get(APP).get("cpuMsPerLifecycle") / medians.get(FLOOR).get("cpuMsPerLifecycle"));
      ratios.put("p50Latency", medians.get(APP).get("p50Ms") / medians.get(FLOOR).get("p50Ms"));
      cell.put("appOverFloor", ratios);
      cells.add(cell);
      table.append(String.format(Locale.ROOT, "%-3d app/floor: throughput %.2f, SQL statements per lifecycle %.2f, "
          + "CPU per lifecycle %.2f, p50 latency %.2f%n", threads, ratios.get("throughput"),
          ratios.get("statementsPerLifecycle"), ratios.get("cpuMsPerLifecycle"), ratios.get("p50Latency")));
    }
    json.put("lifecycles", cells);

    table.append(String.format(Locale.ROOT, "%nREST: POST /api/v1/proposals, %.0f s per client count "
        + "(after a %.0f s warm-up); SQL and CPU per request%n", restSeconds, restWarmupSeconds));
    table.append(String.format(Locale.ROOT, "%-7s %9s %10s %8s %8s %8s %-16s %7s %7s %7s %7s %7s %7s %7s%n", "clients",
        "requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "statuses", "SELECT", "INSERT", "UPDATE", "DELETE",
        "total", "commit", "CPU ms"));
    for (int i = 0; i < restResults.size(); i++) {
      RestLoad.Result r = restResults.get(i);
      Snapshot s = restSql.get(i);
      double n = Math.max(1, r.requests());
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("clients", r.clients());
      row.put("seconds", r.seconds());
      row.put("requests", r.requests());
      row.put("requestsPerSecond", r.requests() / r.seconds());
      row.put("p50Ms", percentile(r.latenciesNanos(), 50) / 1e6);
      row.put("p95Ms", percentile(r.latenciesNanos(), 95) / 1e6);
      row.put("p99Ms", percentile(r.latenciesNanos(), 99) / 1e6);
      row.put("statuses", r.statuses());
      row.put("transportErrors", r.errors());
      row.put("firstError", r.firstError());
      row.put("selectPerRequest", s.verb(Verb.SELECT) / n);
      row.put("insertPerRequest", s.verb(Verb.INSERT) / n);
      row.put("updatePerRequest", s.verb(Verb.UPDATE) / n);
      row.put("deletePerRequest", s.verb(Verb.DELETE) / n);
      row.put("statementsPerRequest", s.total() / n);
      row.put("commitsPerRequest", s.commits() / n);
      row.put("cpuMsPerRequest", restCpuMs.get(i) / n);
      restJson.add(row);
      table.append(String.format(Locale.ROOT,
          "%-7d %9d %10.1f %8.1f %8.1f %8.1f %-16s %7.1f %7.1f %7.1f %7.1f %7.1f %7.1f %7.2f%n",
          r.clients(), r.requests(), r.requests() / r.seconds(), percentile(r.latenciesNanos(), 50) / 1e6,
          percentile(r.latenciesNanos(), 95) / 1e6, percentile(r.latenciesNanos(), 99) / 1e6,
          r.statuses().toString(), s.verb(Verb.SELECT) / n, s.verb(Verb.INSERT) / n, s.verb(Verb.UPDATE) / n,
          s.verb(Verb.DELETE) / n, s.total() / n, s.commits() / n, restCpuMs.get(i) / n));
    }
    json.put("rest", restJson);

    json.put("attribution", attribution(measured, table));

    table.append(String.format(Locale.ROOT, "%nStart-up %.0f ms; heap used after the run (after System.gc()) %.1f MiB; "
        + "%d app lifecycles driven, %d of them ended at %s%n", startupMs, heapUsed / 1048576.0, appInstances.size(),
        verification.endedAtAllocation(), APP_END));
    table.append(String.format(Locale.ROOT, "Decision logs (sez_proposal_decision, step:outcome in order) of the app "
        + "lifecycles that differ from the first lifecycle's: %d of %d%n  expected: %s%n",
        verification.unexpectedDecisionLogs(), verification.decisionLogsChecked(),
        String.join(", ", verification.expectedDecisions())));
    verification.samples().forEach(sample -> table.append("  differs: ").append(sample).append('\n'));
    json.put("heapUsedAfterRunBytes", heapUsed);
    json.put("appLifecyclesDriven", appInstances.size());
    json.put("appLifecyclesEndedAtZoneEnterpriseEstablished", verification.endedAtAllocation());
    Map<String, Object> decisionLogs = new LinkedHashMap<>();
    decisionLogs.put("expected", verification.expectedDecisions());
    decisionLogs.put("checked", verification.decisionLogsChecked());
    decisionLogs.put("unexpected", verification.unexpectedDecisionLogs());
    decisionLogs.put("samples", verification.samples());
    json.put("appDecisionLogs", decisionLogs);
    json.put("failedLifecycles", reps.stream().mapToLong(Rep::failures).sum());
    json.put("repetitions", reps.stream().map(r -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("kind", r.kind());
      m.put("threads", r.threads());
      m.put("repetition", r.repetition());
      m.put("warmup", r.warmup());
      m.put("seconds", r.seconds());
      m.put("lifecycles", r.lifecycles());
      m.put("failures", r.failures());
      m.put("firstFailure", r.firstFailure());
      m.put("systemLoadAverage", r.systemLoadAverage());
      m.putAll(r.metrics());
      return m;
    }).toList());
    System.out.println(table);

    Path out = Path.of("target", "benchmark-" + database + ".json");
    Files.createDirectories(out.getParent());
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), json);
    System.out.println("Written " + out.toAbsolutePath());

    // --- the benchmark worked (no timing assertions) ----------------------------------------
    for (Rep r : reps) {
      assertThat(r.failures()).as("failed %s lifecycles at %d threads (%s): %s", r.kind(), r.threads(),
          r.warmup() ? "warm-up" : "repetition " + r.repetition(), r.firstFailure()).isZero();
      if (!r.warmup()) {
        assertThat(r.lifecycles()).as("%s lifecycles at %d threads", r.kind(), r.threads()).isPositive();
      }
    }
    assertThat(verification.endedAtAllocation()).as("app lifecycles that ended at " + APP_END)
        .isEqualTo(appInstances.size());
    for (RestLoad.Result r : allRest) {
      assertThat(r.requests()).as("REST requests with %d clients", r.clients()).isPositive();
      assertThat(r.errors()).as("REST transport errors: %s", r.firstError()).isZero();
      assertThat(r.statuses().keySet()).as("REST answers: %s", r.firstError()).containsOnly(201);
    }
  }

  /** Runs whole lifecycles of one kind on a number of threads for about the given time. */
  Rep segment(Lifecycles lifecycles, String kind, int threads, int repetition, boolean warmup,
      double seconds) throws InterruptedException {
    System.gc();
    LongAdder userTasks = new LongAdder();
    LongAdder failures = new LongAdder();
    String[] firstFailure = new String[1];
    List<long[]> latencies = new ArrayList<>();
    Snapshot sqlBefore = SqlCounter.snapshot();
    long cpuBefore = processCpuNanos();
    long began = System.nanoTime();
    long deadline = began + (long) (seconds * 1e9);
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread worker = new Thread(() -> {
        long[] mine = new long[256];
        int n = 0;
        // Whole batches of lifecycles only: the one running at the deadline is finished and counted.
        while (System.nanoTime() < deadline) {
          long seq = sequence.getAndAdd(sessionBatch);
          try {
            Lifecycles.Batch batch = kind.equals(APP) ? lifecycles.app(seq, sessionBatch, userTasks::increment)
                : lifecycles.floor(seq, sessionBatch, userTasks::increment);
            if (kind.equals(APP)) {
              appInstances.addAll(batch.processInstanceIds());
            }
            for (long latency : batch.latenciesNanos()) {
              if (n == mine.length) {
                mine = Arrays.copyOf(mine, n * 2);
              }
              mine[n++] = latency;
            }
          } catch (RuntimeException e) {
            failures.add(sessionBatch);
            synchronized (firstFailure) {
              if (firstFailure[0] == null) {
                firstFailure[0] = e.toString();
                e.printStackTrace();
              }
            }
          } finally {
            SqlCounter.step(null);
            SqlCounter.source(null);
          }
        }
        synchronized (latencies) {
          latencies.add(Arrays.copyOf(mine, n));
        }
      }, "driver-" + kind + "-" + t);
      workers.add(worker);
      worker.start();
    }
    for (Thread worker : workers) {
      worker.join();
    }
    double elapsed = (System.nanoTime() - began) / 1e9;
    long cpu = processCpuNanos() - cpuBefore;
    Snapshot sql = SqlCounter.snapshot().minus(sqlBefore);
    long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    Rep rep = new Rep(kind, threads, repetition, warmup, elapsed, all.length, userTasks.sum(), all, cpu, sql,
        failures.sum(), firstFailure[0], ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    Map<String, Double> m = rep.metrics();
    System.out.printf(Locale.ROOT, "%-7s %-5s threads=%d rep=%d: %5d lifecycles in %.1f s = %6.1f/s, p50 %.1f ms, "
        + "CPU %.1f ms and %.1f statements per lifecycle, load average %.1f%s%n", warmup ? "warm-up" : "measure",
        kind, threads, repetition, rep.lifecycles(), elapsed, m.get("lifecyclesPerSecond"), m.get("p50Ms"),
        m.get("cpuMsPerLifecycle"), m.get("statementsPerLifecycle"), rep.systemLoadAverage(),
        rep.failures() > 0 ? ", " + rep.failures() + " FAILED: " + rep.firstFailure() : "");
    return rep;
  }

  /** Where the statements go: per step, per application delegate or listener, per table. */
  private Map<String, Object> attribution(List<Rep> measured, StringBuilder out) {
    Map<String, Object> json = new LinkedHashMap<>();
    Map<String, Snapshot> sums = new LinkedHashMap<>();
    Map<String, Long> lifecycleSums = new LinkedHashMap<>();
    for (String kind : List.of(APP, FLOOR)) {
      Snapshot sum = Snapshot.empty();
      long n = 0;
      for (Rep r : measured) {
        if (r.kind().equals(kind)) {
          sum = sum.plus(r.sql());
          n += r.lifecycles();
        }
      }
      sums.put(kind, sum);
      lifecycleSums.put(kind, n);
    }
    double appN = Math.max(1, lifecycleSums.get(APP));
    double floorN = Math.max(1, lifecycleSums.get(FLOOR));
    Map<Key, Long> app = sums.get(APP).byKey();
    Map<Key, Long> floor = sums.get(FLOOR).byKey();

    out.append(String.format(Locale.ROOT, "%nWhere the statements go (per lifecycle, all measured repetitions: %d app, "
        + "%d floor lifecycles)%n", lifecycleSums.get(APP), lifecycleSums.get(FLOOR)));
    out.append(String.format(Locale.ROOT, "%-22s %9s %9s %9s %9s %9s%n", "step (driver call)", "app", "engine",
        "app code", "floor", "app-floor"));
    Map<String, Object> bySteps = new LinkedHashMap<>();
    for (String step : STEPS) {
      double a = sum(app, k -> k.step().equals(step)) / appN;
      double aCode = sum(app, k -> k.step().equals(step) && !k.source().equals(SqlCounter.ENGINE)) / appN;
      double f = sum(floor, k -> k.step().equals(step)) / floorN;
      if (a == 0 && f == 0) {
        continue;
      }
      bySteps.put(step, Map.of("app", a, "appEngine", a - aCode, "appCode", aCode, "floor", f));
      out.append(String.format(Locale.ROOT, "%-22s %9.1f %9.1f %9.1f %9.1f %+9.1f%n", step, a, a - aCode, aCode, f,
          a - f));
    }
    double aAll = sum(app, k -> true) / appN;
    double aCodeAll = sum(app, k -> !k.source().equals(SqlCounter.ENGINE)) / appN;
    double fAll = sum(floor, k -> true) / floorN;
    out.append(String.format(Locale.ROOT, "%-22s %9.1f %9.1f %9.1f %9.1f %+9.1f%n", "total", aAll, aAll - aCodeAll,
        aCodeAll, fAll, aAll - fAll));
    json.put("byStep", bySteps);

    out.append(String.format(Locale.ROOT, "%nApplication code per lifecycle (statements run while a delegate or a "
        + "task listener of jv-proposal runs)%n"));
    out.append(String.format(Locale.ROOT, "%-36s %7s %7s %7s %7s %7s%n", "delegate / listeners", "SELECT", "INSERT",
        "UPDATE", "DELETE", "total"));
    Set<String> sources = app.keySet().stream().map(Key::source).filter(s -> !s.equals(SqlCounter.ENGINE))
        .collect(Collectors.toCollection(java.util.TreeSet::new));
    Map<String, Object> bySource = new LinkedHashMap<>();
    for (String source : sources) {
      Map<String, Double> verbs = new LinkedHashMap<>();
      for (Verb verb : Verb.values()) {
        verbs.put(verb.name(), sum(app, k -> k.source().equals(source) && k.verb() == verb) / appN);
      }
      double total = sum(app, k -> k.source().equals(source)) / appN;
      verbs.put("total", total);
      bySource.put(source, verbs);
      out.append(String.format(Locale.ROOT, "%-36s %7.1f %7.1f %7.1f %7.1f %7.1f%n", source, verbs.get("SELECT"),
          verbs.get("INSERT"), verbs.get("UPDATE"), verbs.get("DELETE"), total));
    }
    json.put("appCodeBySource", bySource);

    out.append(String.format(Locale.ROOT, "%nStatements per lifecycle by verb and table (app vs floor, largest "
        + "differences first)%n"));
    out.append(String.format(Locale.ROOT, "%-34s %9s %9s %9s%n", "verb table", "app", "floor", "app-floor"));
    Map<String, double[]> byTable = new TreeMap<>();
    app.forEach((k, v) -> byTable.computeIfAbsent(k.verb() + " " + k.table(), x -> new double[2])[0] += v / appN);
    floor.forEach((k, v) -> byTable.computeIfAbsent(k.verb() + " " + k.table(), x -> new double[2])[1] += v / floorN);
    List<Map.Entry<String, double[]>> rows = new ArrayList<>(byTable.entrySet());
    rows.sort(Comparator.comparingDouble((Map.Entry<String, double[]> e) -> -(e.getValue()[0] - e.getValue()[1]))
        .thenComparing(Map.Entry::getKey));
    Map<String, Object> tablesJson = new LinkedHashMap<>();
    for (Map.Entry<String, double[]> row : rows) {
      double[] v = row.getValue();
      tablesJson.put(row.getKey(), Map.of("app", v[0], "floor", v[1]));
      if (Math.abs(v[0]) >= 0.05 || Math.abs(v[1]) >= 0.05) {
        out.append(String.format(Locale.ROOT, "%-34s %9.2f %9.2f %+9.2f%n", row.getKey(), v[0], v[1], v[0] - v[1]));
      }
    }
    json.put("byVerbAndTable", tablesJson);
    json.put("appLifecycles", lifecycleSums.get(APP));
    json.put("floorLifecycles", lifecycleSums.get(FLOOR));
    return json;
  }

  private static double sum(Map<Key, Long> counts, java.util.function.Predicate<Key> filter) {
    return counts.entrySet().stream().filter(e -> filter.test(e.getKey())).mapToLong(Map.Entry::getValue).sum();
  }

  /**
   * After the run, outside the measurements: how many app lifecycles ended at the zone
   * enterprise, and whether each one's decision log (step:outcome, in order) is the same as the
   * first lifecycle's, which ran alone.
   */
  record Verification(long endedAtAllocation, List<String> expectedDecisions, long decisionLogsChecked,
      long unexpectedDecisionLogs, List<String> samples) {}

  private Verification verify(ProcessEngine engine, JdbcClient jdbc) {
    List<String> ids = new ArrayList<>(appInstances);
    Map<String, String> references = new LinkedHashMap<>();
    long ended = 0;
    for (int i = 0; i < ids.size(); i += 500) {
      Set<String> batch = new HashSet<>(ids.subList(i, Math.min(ids.size(), i + 500)));
      for (HistoricProcessInstance pi : engine.getHistoryService().createHistoricProcessInstanceQuery()
          .processInstanceIds(batch).list()) {
        if (APP_END.equals(pi.getEndActivityId()) && pi.getEndTime() != null) {
          ended++;
        }
        references.put(pi.getId(), pi.getBusinessKey());
      }
    }
    List<String> refs = ids.stream().map(references::get).filter(java.util.Objects::nonNull).toList();
    Map<String, List<String>> logs = new LinkedHashMap<>();
    for (int i = 0; i < refs.size(); i += 500) {
      jdbc.sql(
          "SELECT proposal_ref, step, outcome FROM sez_proposal_decision WHERE proposal_ref IN (:refs) ORDER BY id")
          .param("refs", refs.subList(i, Math.min(refs.size(), i + 500)))
          .query((rs, n) -> {
            // Eligibility depends on the zone (pharma is not listed everywhere): its outcome is not compared.
            String step = rs.getString(2);
            logs.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                .add(step.equals("ELIGIBILITY") ? step : step + ":" + rs.getString(3));
            return null;
          }).list();
    }
    List<String> expected = refs.isEmpty() ? List.of() : logs.getOrDefault(refs.get(0), List.of());
    long unexpected = 0;
    List<String> samples = new ArrayList<>();
    for (String ref : refs) {
      List<String> log = logs.getOrDefault(ref, List.of());
      if (!log.equals(expected)) {
        unexpected++;
        if (samples.size() < 3) {
          samples.add(ref + ": " + String.join(", ", log));
        }
      }
    }
    return new Verification(ended, expected, refs.size(), unexpected, samples);
  }

  private static String withRange(List<Rep> reps, String metric, String format) {
    double[] values = reps.stream().mapToDouble(r -> r.metrics().get(metric)).toArray();
    return String.format(Locale.ROOT, format + " [" + format + "-" + format + "]", median(values),
        Arrays.stream(values).min().orElse(Double.NaN), Arrays.stream(values).max().orElse(Double.NaN));
  }

  static double median(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  /** Nearest-rank percentile of sorted values. */
  static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static List<Integer> ints(String csv) {
    return Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
  }
}
