package org.sezflow.metrics;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.camunda.bpm.engine.RuntimeService;
import org.sezflow.identity.Groups;
import org.sezflow.proposal.ProposalService;
import org.sezflow.proposal.ProposalStatus;
import org.sezflow.system.SystemAuthentication;
import org.sezflow.workflow.GroupTaskCounts;
import org.sezflow.zone.LandAccount;
import org.sezflow.zone.PipelineStage;
import org.sezflow.zone.ZoneRegistry;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * SEZ Flow's gauges for managers (Prometheus at /actuator/prometheus): proposals per stage and
 * status, each zone's land account and pipeline, open and overdue tasks per group, open
 * incidents. The values come from the shared database, so every node reports the same figures
 * (aggregate them with max, not sum). One snapshot serves a whole scrape: it is read again when
 * older than {@link #MAX_AGE}.
 */
@Component
class SezFlowMetrics implements MeterBinder {

  static final Duration MAX_AGE = Duration.ofSeconds(2);
  static final List<String> TASK_GROUPS = Groups.OFFICIALS;

  record Snapshot(Instant takenAt, Map<PipelineStage, Long> proposalsByStage, Map<String, LandAccount> land,
      Map<String, Map<PipelineStage, Integer>> pipelines, Map<String, Long> openTasks, Map<String, Long> overdueTasks,
      long openIncidents) {}

  private final ProposalService proposals;
  private final ZoneRegistry zones;
  private final GroupTaskCounts taskCounts;
  private final RuntimeService runtime;
  private final SystemAuthentication system;
  private final Clock clock;
  private Snapshot snapshot;

  SezFlowMetrics(ProposalService proposals, ZoneRegistry zones, GroupTaskCounts taskCounts, RuntimeService runtime,
      SystemAuthentication system, Clock clock) {
    this.proposals = proposals;
    this.zones = zones;
    this.taskCounts = taskCounts;
    this.runtime = runtime;
    this.system = system;
    this.clock = clock;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (PipelineStage stage : PipelineStage.values()) {
      gauge(registry, "sezflow.proposals", "Proposals at each stage", s -> s.proposalsByStage().get(stage),
          "stage", stage.name(), "status", ProposalStatus.of(stage).name());
    }
    for (ZoneRegistry.ZoneOverview overview : zones.list()) {
      String zone = overview.zone().code();
      gauge(registry, "sezflow.zone.land.acres", "Land account of each zone, acres", s -> acres(s, zone, LandAccount::leasableAcres),
          "zone", zone, "account", "leasable");
      gauge(registry, "sezflow.zone.land.acres", "Land account of each zone, acres", s -> acres(s, zone, LandAccount::reservedAcres),
          "zone", zone, "account", "reserved");
      gauge(registry, "sezflow.zone.land.acres", "Land account of each zone, acres", s -> acres(s, zone, LandAccount::allocatedAcres),
          "zone", zone, "account", "allocated");
      gauge(registry, "sezflow.zone.land.acres", "Land account of each zone, acres", s -> acres(s, zone, LandAccount::freeAcres),
          "zone", zone, "account", "free");
      for (PipelineStage stage : PipelineStage.values()) {
        gauge(registry, "sezflow.zone.pipeline.proposals", "Proposals counted in each zone's pipeline",
            s -> s.pipelines().getOrDefault(zone, Map.of()).getOrDefault(stage, 0), "zone", zone, "stage", stage.name());
      }
    }
    for (String group : TASK_GROUPS) {
      gauge(registry, "sezflow.tasks.open", "Open tasks of each official group", s -> s.openTasks().get(group),
          "group", group);
      gauge(registry, "sezflow.tasks.overdue", "Open tasks past their due date", s -> s.overdueTasks().get(group),
          "group", group);
    }
    gauge(registry, "sezflow.incidents.open", "Open incidents of the process engine", Snapshot::openIncidents);
  }

  private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<Snapshot> value,
      String... tags) {
    Gauge.builder(name, this, metrics -> value.applyAsDouble(metrics.current()))
        .description(description)
        .tags(tags)
        .register(registry);
  }

  private static double acres(Snapshot s, String zone, java.util.function.Function<LandAccount, BigDecimal> figure) {
    LandAccount land = s.land().get(zone);
    return land == null ? Double.NaN : figure.apply(land).doubleValue();
  }

  synchronized Snapshot current() {
    Instant now = clock.instant();
    if (snapshot == null || snapshot.takenAt().plus(MAX_AGE).isBefore(now)) {
      snapshot = take(now);
    }
    return snapshot;
  }

  /** Reads the figures as the system, whatever user's request triggered the scrape. */
  private Snapshot take(Instant now) {
    return system.read(() -> {
      Map<String, LandAccount> land = new HashMap<>();
      Map<String, Map<PipelineStage, Integer>> pipelines = new HashMap<>();
      zones.list().forEach(overview -> {
        land.put(overview.zone().code(), overview.zone().land());
        pipelines.put(overview.zone().code(), overview.pipeline());
      });
      Map<String, Long> open = new HashMap<>();
      Map<String, Long> overdue = new HashMap<>();
      taskCounts.count(TASK_GROUPS, now).forEach((group, counts) -> {
        open.put(group, counts.open());
        overdue.put(group, counts.overdue());
      });
      return new Snapshot(now, proposals.countByStage(), land, pipelines, open, overdue,
          runtime.createIncidentQuery().count());
    });
  }
}
