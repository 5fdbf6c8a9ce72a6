package org.sezflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.sezflow.SezFlowApplication;
import org.sezflow.TestUsers;
import org.sezflow.proposal.StageDurations;
import org.sezflow.workflow.ProcessVariables;
import org.sezflow.workflow.ProposalFixturesAccess;
import org.sezflow.zone.PipelineStage;
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

  static final List<String> ZONES = List.of("RSEZ", "DSEZ", "AIIC", "BSEZ", "ICTMIZ", "PSMIP", "MPSEZ", "MMCSEZ",
      "MQSEZ");
  static final List<PipelineStage> PATH = List.of(PipelineStage.SUBMITTED, PipelineStage.SCREENING,
      PipelineStage.MOU, PipelineStage.JWG_REVIEW, PipelineStage.JCC_DECISION, PipelineStage.ALLOCATION);
  static final List<PipelineStage> ENDS = List.of(PipelineStage.ZONE_ENTERPRISE, PipelineStage.REJECTED,
      PipelineStage.LAPSED, PipelineStage.WITHDRAWN);

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
    seedEnded(jdbc);
    seedHistory(jdbc, definitionId);
    double endedSeconds = (System.nanoTime() - seedBegan) / 1e9;
    long openBegan = System.nanoTime();
    seedOpen(engine, jdbc);
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
      measure(http, request, 1, Math.max(20, requests / 10)); // warm-up
      for (int clients : clientCounts) {
        List<Double> latencies = measure(http, request, clients, requests);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("endpoint", endpoint.getValue());
        result.put("clients", clients);
        result.put("requests", latencies.size());
        result.put("p50Ms", percentile(latencies, 0.50));
        result.put("p95Ms", percentile(latencies, 0.95));
        result.put("p99Ms", percentile(latencies, 0.99));
        result.put("maxMs", latencies.get(latencies.size() - 1));
        results.add(result);
        System.out.printf("GET %s, %d client(s): %d requests, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
            endpoint.getValue().replaceAll("\\?.*", ""), clients, latencies.size(), percentile(latencies, 0.50),
            percentile(latencies, 0.95), percentile(latencies, 0.99), latencies.get(latencies.size() - 1));
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

  /** Ten years of ended proposals, written in batches: the proposal row and its stage exits. */
  private void seedEnded(JdbcTemplate jdbc) {
    Random random = new Random(42);
    Instant now = Instant.now();
    int batch = 2_000;
    for (int from = 0; from < ended; from += batch) {
      List<Object[]> proposals = new ArrayList<>();
      List<Object[]> exits = new ArrayList<>();
      for (int i = from; i < Math.min(ended, from + batch); i++) {
        String reference = String.format("BENCH-%07d", i);
        Instant closed = now.minus(Duration.ofMinutes(random.nextInt(10 * 365 * 24 * 60)));
        PipelineStage end = ENDS.get(random.nextInt(ENDS.size()));
        int stages = end == PipelineStage.ZONE_ENTERPRISE ? PATH.size() : 1 + random.nextInt(PATH.size() - 1);
        Instant left = closed;
        List<Object[]> own = new ArrayList<>();
        for (int s = stages - 1; s >= 0; s--) {
          Duration stay = Duration.ofHours(1 + random.nextInt(24 * 40));
          own.add(new Object[] {reference, PATH.get(s).name(), LocalDate.ofInstant(left, ZoneOffset.ofHours(5)),
              StageDurations.bucket(stay), stay.toSeconds()});
          left = left.minus(stay);
        }
        Collections.reverse(own);
        exits.addAll(own);
        proposals.add(new Object[] {reference, "Benchmark proposal " + i, "textiles", false,
            ZONES.get(random.nextInt(ZONES.size())), 5, 1_000_000, 40, 100, "Benchmark sponsor",
            "bench@example.pk", end.name(), column(left), column(left), column(closed), column(closed)});
      }
      jdbc.batchUpdate("INSERT INTO sez_proposal (reference, title, sector, smart_sez_requested, zone_code, "
          + "acres_requested, investment_usd, fdi_share_pct, jobs_planned, sponsor_name, sponsor_email, stage, "
          + "submitted_at, stage_entered_at, updated_at, closed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          proposals);
      jdbc.batchUpdate("INSERT INTO sez_stage_exit (proposal_ref, stage, left_on, duration_bucket, duration_seconds) "
          + "VALUES (?, ?, ?, ?, ?)", exits);
    }
  }

  /** The main activities of each stage. */
  static final Map<PipelineStage, List<String>> ACTIVITIES = Map.of(
      PipelineStage.SUBMITTED, List.of("ProposalReceived", "RegisterProposal", "AssessEligibility", "ScreeningMerge"),
      PipelineStage.SCREENING, List.of("ScreenProposal", "ScreeningDecided", "ReservationMerge", "ReserveLand"),
      PipelineStage.MOU, List.of("PrepareMou", "RecordMouSigning", "SigningMerge", "StoreMouSigning"),
      PipelineStage.JWG_REVIEW, List.of("ConsultMinistry", "WaitForJwgSession", "JwgSessionDecided", "JwgDecided"),
      PipelineStage.JCC_DECISION, List.of("WaitForJccSession", "JccSessionDecided", "JccDecided", "AllocatePlot"),
      PipelineStage.ALLOCATION, List.of("IssueAllotmentLetter", "RecordAllotmentLetter", "NotifyPartners",
          "ZoneEnterpriseEstablished"));

  /**
   * The engine's history of the ended proposals: four activity instances per stage they passed
   * (about 15 per proposal), ended at noon of the day they left the stage, written by the database
   * from the stage exits.
   */
  private void seedHistory(JdbcTemplate jdbc, String definitionId) {
    for (int position = 0; position < 4; position++) {
      StringBuilder activity = new StringBuilder("CASE stage");
      for (Map.Entry<PipelineStage, List<String>> stage : ACTIVITIES.entrySet()) {
        activity.append(" WHEN '").append(stage.getKey().name()).append("' THEN '")
            .append(stage.getValue().get(position)).append('\'');
      }
      activity.append(" END");
      jdbc.update("INSERT INTO ACT_HI_ACTINST (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_, "
          + "EXECUTION_ID_, ACT_ID_, ACT_TYPE_, START_TIME_, END_TIME_, DURATION_, ACT_INST_STATE_) "
          + "SELECT CONCAT('bench-', id, '-" + position + "'), ?, ?, proposal_ref, proposal_ref, proposal_ref, "
          + activity + ", 'userTask', TIMESTAMPADD(SECOND, -duration_seconds, TIMESTAMPADD(HOUR, 12, left_on)), "
          + "TIMESTAMPADD(HOUR, 12, left_on), duration_seconds * 1000, 4 FROM sez_stage_exit "
          + "WHERE proposal_ref LIKE 'BENCH-%'", ProcessVariables.PROCESS_KEY, definitionId);
    }
  }

  /** Open proposals started through the engine (registered, assessed, at screening with a task); a fifth overdue. */
  private void seedOpen(ProcessEngine engine, JdbcTemplate jdbc) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    AtomicInteger started = new AtomicInteger();
    List<Future<?>> work = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      work.add(pool.submit(() -> {
        while (started.getAndIncrement() < open) {
          Map<String, Object> variables = ProposalFixturesAccess.textilesJv();
          variables.put(ProcessVariables.ACRES_REQUESTED, 0.01);
          engine.getRuntimeService().startProcessInstanceByKey(ProcessVariables.PROCESS_KEY, variables);
        }
        return null;
      }));
    }
    for (Future<?> future : work) {
      future.get();
    }
    pool.shutdown();
    engine.getTaskService().createTaskQuery().processDefinitionKey(ProcessVariables.PROCESS_KEY)
        .listPage(0, open / 5).forEach(task -> engine.getTaskService().setDueDate(task.getId(),
            java.util.Date.from(Instant.now().minus(Duration.ofDays(3)))));
  }

  private static List<Double> measure(HttpClient http, HttpRequest request, int clients, int total) throws Exception {
    List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger left = new AtomicInteger(total);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> work = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      work.add(pool.submit(() -> {
        while (left.getAndDecrement() > 0) {
          long began = System.nanoTime();
          HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
          latencies.add((System.nanoTime() - began) / 1e6);
          if (response.statusCode() != 200) {
            throw new IllegalStateException("overview answered " + response.statusCode());
          }
        }
        return null;
      }));
    }
    for (Future<?> future : work) {
      future.get();
    }
    pool.shutdown();
    List<Double> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    return sorted;
  }

  private static double percentile(List<Double> sorted, double q) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
  }

  private static LocalDateTime column(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
