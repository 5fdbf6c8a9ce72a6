package org.sezflow.metrics;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.sezflow.committee.Committee;
import org.sezflow.committee.CommitteeSession;
import org.sezflow.committee.StuckSessions;
import org.sezflow.engine.SystemAuthentication;
import org.sezflow.identity.Groups;
import org.sezflow.proposal.ProposalReads;
import org.sezflow.proposal.ProposalStatus;
import org.sezflow.sla.GroupTaskCounts;
import org.sezflow.zone.LandAccount;
import org.sezflow.zone.PipelineStage;
import org.sezflow.zone.ZoneRegistry;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * SEZ Flow's gauges for managers (Prometheus at /actuator/prometheus): proposals per stage and
 * status, each zone's land account and pipeline, open and overdue tasks per group, open
 * incidents, committee sessions open past their date. The values come from the shared database, so every node reports the same figures
 * (aggregate them with max, not sum). One snapshot serves a whole scrape: it is read again when
 * older than {@link #MAX_AGE}. The zones' series are rows of multi-gauges, registered again when
 * the set of zones changes, so a zone added later gets its series.
 */
@Component
class SezFlowMetrics implements MeterBinder {

  static final Duration MAX_AGE = Duration.ofSeconds(2);
  static final List<String> TASK_GROUPS = Groups.OFFICIALS;

  record Snapshot(Instant takenAt, Map<PipelineStage, Long> proposalsByStage, Map<String, LandAccount> land,
      Map<String, Map<PipelineStage, Integer>> pipelines, Map<String, Long> openTasks, Map<String, Long> overdueTasks,
      long openIncidents, Map<Committee, Long> sessionsPastTheirDate) {}

  private final ProposalReads proposals;
  private final ZoneRegistry zones;
  private final GroupTaskCounts taskCounts;
  private final RuntimeService runtime;
  private final SystemAuthentication system;
  private final StuckSessions sessions;
  private final Clock clock;
  private Snapshot snapshot;
  private MultiGauge zoneLand;
  private MultiGauge zonePipelines;
  private Set<String> zonesWithRows = Set.of();

  SezFlowMetrics(ProposalReads proposals, ZoneRegistry zones, GroupTaskCounts taskCounts, RuntimeService runtime,
      SystemAuthentication system, StuckSessions sessions, Clock clock) {
    this.sessions = sessions;
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
    zoneLand = MultiGauge.builder("sezflow.zone.land.acres").description("Land account of each zone, acres")
        .register(registry);
    zonePipelines = MultiGauge.builder("sezflow.zone.pipeline.proposals")
        .description("Proposals counted in each zone's pipeline").register(registry);
    registerZoneRows(zones.list().stream().map(overview -> overview.zone().code()).collect(Collectors.toSet()));
    for (String group : TASK_GROUPS) {
      gauge(registry, "sezflow.tasks.open", "Open tasks of each official group", s -> s.openTasks().get(group),
          "group", group);
      gauge(registry, "sezflow.tasks.overdue", "Open tasks past their due date", s -> s.overdueTasks().get(group),
          "group", group);
    }
    gauge(registry, "sezflow.incidents.open", "Open incidents of the process engine", Snapshot::openIncidents);
    for (Committee committee : Committee.values()) {
      gauge(registry, "sezflow.committee.sessions.past.date", "Committee sessions still open after the day of their "
          + "meeting", s -> s.sessionsPastTheirDate().getOrDefault(committee, 0L), "committee", committee.name());
    }
  }

  private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<Snapshot> value,
      String... tags) {
    Gauge.builder(name, this, metrics -> value.applyAsDouble(metrics.current()))
        .description(description)
        .tags(tags)
        .register(registry);
  }

  private static double acres(Snapshot s, String zone, Function<LandAccount, BigDecimal> figure) {
    LandAccount land = s.land().get(zone);
    return land == null ? Double.NaN : figure.apply(land).doubleValue();
  }

  synchronized Snapshot current() {
    Instant now = clock.instant();
    if (snapshot == null || snapshot.takenAt().plus(MAX_AGE).isBefore(now)) {
      snapshot = take(now);
      if (zoneLand != null && !snapshot.land().keySet().equals(zonesWithRows)) {
        registerZoneRows(snapshot.land().keySet());
      }
    }
    return snapshot;
  }

  /** A series per zone and account, and per zone and stage, for the zones there are now. */
  private void registerZoneRows(Set<String> zoneCodes) {
    List<MultiGauge.Row<?>> land = new ArrayList<>();
    List<MultiGauge.Row<?>> pipelines = new ArrayList<>();
    Map<String, Function<LandAccount, BigDecimal>> accounts = Map.of("leasable", LandAccount::leasableAcres,
        "reserved", LandAccount::reservedAcres, "allocated", LandAccount::allocatedAcres, "free",
        LandAccount::freeAcres);
    for (String zone : new TreeSet<>(zoneCodes)) {
      accounts.forEach((account, figure) -> land.add(MultiGauge.Row.of(Tags.of("zone", zone, "account", account), this,
          metrics -> acres(metrics.current(), zone, figure))));
      for (PipelineStage stage : PipelineStage.values()) {
        pipelines.add(MultiGauge.Row.of(Tags.of("zone", zone, "stage", stage.name()), this,
            metrics -> metrics.current().pipelines().getOrDefault(zone, Map.of()).getOrDefault(stage, 0)));
      }
    }
    zoneLand.register(land, true);
    zonePipelines.register(pipelines, true);
    zonesWithRows = Set.copyOf(zoneCodes);
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
      Map<Committee, Long> pastTheirDate = sessions.openPastTheirDate().stream()
          .collect(Collectors.groupingBy(CommitteeSession::committee, Collectors.counting()));
      return new Snapshot(now, proposals.countByStage(), land, pipelines, open, overdue,
          runtime.createIncidentQuery().count(), pastTheirDate);
    });
  }
}
