package org.sezflow.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.management.Metrics;
import org.sezflow.engine.SystemAuthentication;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The process engine's own metrics in Prometheus, as {@code camunda_engine_metric_total{name=...}}:
 * process instances started, activity instances, decisions evaluated, jobs acquired, executed,
 * failed and rejected, history removed by the cleanup. The engine writes its counts to the database
 * every 15 minutes (its metrics reporter); the figures are the whole cluster's totals from there,
 * the same on every node (aggregate with max), and lag the engine by up to that interval.
 */
@Component
class EngineMetrics implements MeterBinder {

  static final List<String> NAMES = List.of(Metrics.ROOT_PROCESS_INSTANCE_START, Metrics.ACTIVTY_INSTANCE_START,
      Metrics.ACTIVTY_INSTANCE_END, Metrics.EXECUTED_DECISION_INSTANCES, Metrics.EXECUTED_DECISION_ELEMENTS,
      Metrics.JOB_ACQUISITION_ATTEMPT, Metrics.JOB_ACQUIRED_SUCCESS, Metrics.JOB_ACQUIRED_FAILURE,
      Metrics.JOB_EXECUTION_REJECTED, Metrics.JOB_SUCCESSFUL, Metrics.JOB_FAILED, Metrics.JOB_LOCKED_EXCLUSIVE,
      Metrics.HISTORY_CLEANUP_REMOVED_PROCESS_INSTANCES, Metrics.HISTORY_CLEANUP_REMOVED_DECISION_INSTANCES);

  /** One reading of the engine's totals serves a whole scrape. */
  static final Duration MAX_AGE = Duration.ofSeconds(2);

  private final ManagementService management;
  private final SystemAuthentication system;
  private final Clock clock;
  private Instant readAt;
  private Map<String, Long> totals = Map.of();

  EngineMetrics(ManagementService management, SystemAuthentication system, Clock clock) {
    this.management = management;
    this.system = system;
    this.clock = clock;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (String name : NAMES) {
      FunctionCounter.builder("camunda.engine.metric", this, metrics -> metrics.total(name))
          .description("The process engine's count of this event, across the cluster, as last reported to the database")
          .tag("name", name)
          .register(registry);
    }
  }

  private synchronized double total(String name) {
    Instant now = clock.instant();
    if (readAt == null || readAt.plus(MAX_AGE).isBefore(now)) {
      // The metrics query is for administrators: read as the application, whoever scrapes.
      totals = system.read(() -> {
        Map<String, Long> read = new HashMap<>();
        NAMES.forEach(metric -> read.put(metric, management.createMetricsQuery().name(metric).sum()));
        return read;
      });
      readAt = now;
    }
    return totals.getOrDefault(name, 0L);
  }
}
