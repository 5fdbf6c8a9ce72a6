package org.sezflow.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.sezflow.proposal.StageDurations;
import org.sezflow.variables.ProcessVariables;
import org.sezflow.zone.PipelineStage;
import org.springframework.jdbc.core.JdbcTemplate;

import com.zaxxer.hikari.HikariDataSource;

/**
 * History for the benchmarks that measure reads over years of use: ended proposals written
 * straight into the application's tables (the proposal, its stage exits, its decision log) with
 * the engine's activity instances of each stage they passed, numbered {@code BENCH-0000000} on so
 * that a range can be added to what is there; and open proposals started through the engine.
 */
final class BenchmarkSeed {

  static final List<String> ZONES = List.of("RSEZ", "DSEZ", "AIIC", "BSEZ", "ICTMIZ", "PSMIP", "MPSEZ", "MMCSEZ",
      "MQSEZ");
  static final List<PipelineStage> PATH = List.of(PipelineStage.SUBMITTED, PipelineStage.SCREENING,
      PipelineStage.MOU, PipelineStage.JWG_REVIEW, PipelineStage.JCC_DECISION, PipelineStage.ALLOCATION);
  static final List<PipelineStage> ENDS = List.of(PipelineStage.ZONE_ENTERPRISE, PipelineStage.REJECTED,
      PipelineStage.LAPSED, PipelineStage.WITHDRAWN);

  /** The decision each stage ends with on the way to the next, as the decision log records it. */
  static final Map<PipelineStage, String[]> DECISION_LEAVING = Map.of(
      PipelineStage.SUBMITTED, new String[] {"SUBMISSION", "SUBMITTED"},
      PipelineStage.SCREENING, new String[] {"SCREENING", "ACCEPT"},
      PipelineStage.MOU, new String[] {"MOU_SIGNING", "SIGNED"},
      PipelineStage.JWG_REVIEW, new String[] {"JWG_REVIEW", "ENDORSE"},
      PipelineStage.JCC_DECISION, new String[] {"JCC_DECISION", "APPROVE"},
      PipelineStage.ALLOCATION, new String[] {"ALLOTMENT", "LETTER_ISSUED"});

  /** The main activities of each stage. */
  static final Map<PipelineStage, List<String>> ACTIVITIES = Map.of(
      PipelineStage.SUBMITTED, List.of("ProposalReceived", "RegisterProposal", "AssessEligibility", "ScreeningMerge"),
      PipelineStage.SCREENING, List.of("ScreenProposal", "ScreeningDecided", "ReservationMerge", "ReserveLand"),
      PipelineStage.MOU, List.of("PrepareMou", "RecordMouSigning", "SigningMerge", "StoreMouSigning"),
      PipelineStage.JWG_REVIEW, List.of("ConsultMinistry", "WaitForJwgSession", "JwgSessionDecided", "JwgDecided"),
      PipelineStage.JCC_DECISION, List.of("WaitForJccSession", "JccSessionDecided", "JccDecided", "AllocatePlot"),
      PipelineStage.ALLOCATION, List.of("IssueAllotmentLetter", "RecordAllotmentLetter", "NotifyPartners",
          "ZoneEnterpriseEstablished"));

  private BenchmarkSeed() {}

  static String reference(int i) {
    return String.format("BENCH-%07d", i);
  }

  /**
   * Ended proposals {@code from} (inclusive) to {@code to}, closed over the last ten years with every
   * outcome, in batches: the proposal row, its stage exits and its decision log (each stage's
   * decision, then the closure).
   */
  static void seedEnded(JdbcTemplate jdbc, int from, int to) {
    Random random = new Random(42L + from);
    Instant now = Instant.now();
    int batch = 2_000;
    for (int first = from; first < to; first += batch) {
      List<Object[]> proposals = new ArrayList<>();
      List<Object[]> exits = new ArrayList<>();
      List<Object[]> decisions = new ArrayList<>();
      Map<String, Map<PipelineStage, Integer>> counted = new HashMap<>();
      for (int i = first; i < Math.min(to, first + batch); i++) {
        String reference = reference(i);
        Instant closed = now.minus(Duration.ofMinutes(random.nextInt(10 * 365 * 24 * 60)));
        PipelineStage end = ENDS.get(random.nextInt(ENDS.size()));
        int stages = end == PipelineStage.ZONE_ENTERPRISE ? PATH.size() : 1 + random.nextInt(PATH.size() - 1);
        Instant left = closed;
        List<Object[]> own = new ArrayList<>();
        List<Object[]> ownDecisions = new ArrayList<>();
        for (int s = stages - 1; s >= 0; s--) {
          Duration stay = Duration.ofHours(1 + random.nextInt(24 * 40));
          own.add(new Object[] {reference, PATH.get(s).name(), LocalDate.ofInstant(left, ZoneOffset.ofHours(5)),
              StageDurations.bucket(stay), stay.toSeconds()});
          String[] decision = DECISION_LEAVING.get(PATH.get(s));
          ownDecisions.add(new Object[] {reference, decision[0], decision[1], "Seeded", "benchmark", column(left)});
          left = left.minus(stay);
        }
        Collections.reverse(own);
        Collections.reverse(ownDecisions);
        exits.addAll(own);
        decisions.addAll(ownDecisions);
        decisions.add(new Object[] {reference, "CLOSURE", end.name(), "Seeded", "benchmark", column(closed)});
        String zone = ZONES.get(random.nextInt(ZONES.size()));
        counted.computeIfAbsent(zone, z -> new HashMap<>()).merge(end, 1, Integer::sum);
        proposals.add(new Object[] {reference, "Benchmark proposal " + i, "textiles", false, zone, 5, 1_000_000, 40,
            100, "Benchmark sponsor",
            "bench@example.pk", end.name(), column(left), column(left), column(closed), column(closed)});
      }
      jdbc.batchUpdate("INSERT INTO sez_proposal (reference, title, sector, smart_sez_requested, zone_code, "
          + "acres_requested, investment_usd, fdi_share_pct, jobs_planned, sponsor_name, sponsor_email, stage, "
          + "submitted_at, stage_entered_at, updated_at, closed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          proposals);
      jdbc.batchUpdate("INSERT INTO sez_stage_exit (proposal_ref, stage, left_on, duration_bucket, duration_seconds) "
          + "VALUES (?, ?, ?, ?, ?)", exits);
      jdbc.batchUpdate(
          "INSERT INTO sez_proposal_decision (proposal_ref, step, outcome, reason, decided_by, decided_at) "
              + "VALUES (?, ?, ?, ?, ?, ?)",
          decisions);
      countInPipelines(jdbc, counted);
    }
  }

  /**
   * Adds proposals written straight into the tables to their zones' pipeline counts, as the
   * application's moves would have: the search's totals and the zone views read those counts.
   */
  static void countInPipelines(JdbcTemplate jdbc, Map<String, Map<PipelineStage, Integer>> counted) {
    counted.forEach((zone, stages) -> stages.forEach((stage, proposals) -> {
      if (jdbc.update("UPDATE sez_zone_pipeline SET proposals = proposals + ? WHERE zone_code = ? AND stage = ?",
          proposals, zone, stage.name()) == 0) {
        jdbc.update("INSERT INTO sez_zone_pipeline (zone_code, stage, proposals) VALUES (?, ?, ?)", zone,
            stage.name(), proposals);
      }
    }));
  }

  /**
   * The engine's history of the ended proposals {@code from} to {@code to}: four activity instances
   * per stage they passed (about 15 per proposal), ended at noon of the day they left the stage,
   * written by the database from the stage exits.
   */
  static void seedHistory(JdbcTemplate jdbc, String definitionId, int from, int to) {
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
          + "WHERE proposal_ref >= ? AND proposal_ref < ?", ProcessVariables.PROCESS_KEY, definitionId,
          reference(from), reference(to));
    }
  }

  /**
   * Open proposals driven through the engine as their officials do, a quarter at each of screening,
   * drafting the MoU, recording its signing and the ministries' consultation; a fifth of the open
   * tasks overdue. The connections are renewed every 500 proposals ({@link #renewConnections}).
   */
  static void seedOpen(ProcessEngine engine, DataSource dataSource, int open) throws Exception {
    Lifecycles lifecycles = new Lifecycles(engine, 0.01);
    List<Lifecycles.Step> steps = Lifecycles.toCommittees(Lifecycles.today());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    AtomicInteger started = new AtomicInteger();
    List<Future<?>> work = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      work.add(pool.submit(() -> {
        for (int n = started.getAndIncrement(); n < open; n = started.getAndIncrement()) {
          if (n % 500 == 499) {
            renewConnections(dataSource);
          }
          String instance = lifecycles.start(ZONES.get(n % ZONES.size()));
          for (Lifecycles.Step step : steps.subList(0, n % 4)) {
            lifecycles.complete(instance, step);
          }
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

  /**
   * Opens new connections, so that the database plans each statement again on the tables as they
   * now are. H2 keeps a connection's plans for its life (QUERY_CACHE_SIZE=512): plans made on the
   * empty tables of a new database, such as reading an execution's variables through the index on
   * TASK_ID_ (every row) instead of the one on EXECUTION_ID_, stay until Hikari renews the
   * connection (30 minutes), and would be measured instead of what a server that has run a while
   * does. MySQL plans each execution.
   */
  static void renewConnections(DataSource dataSource) {
    try {
      dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static LocalDateTime column(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
