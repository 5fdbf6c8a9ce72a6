package org.sezflow.metrics;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

import org.sezflow.enterprise.EnterpriseEvaluation;
import org.sezflow.enterprise.EnterpriseEvaluation.Evaluation;
import org.sezflow.enterprise.EnterpriseEvaluation.Group;
import org.sezflow.enterprise.EnterpriseEvaluation.Standing;
import org.sezflow.zone.ZoneRegistry;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The zone enterprises' evaluation as Prometheus series (the figures of GET /api/v1/overview/enterprises):
 * enterprises per zone and standing, investment and jobs committed and realised, exports, and the
 * days from allotment to commercial operations. Like {@link SezFlowMetrics}, one evaluation serves a
 * whole scrape and every node reports the same figures (aggregate with max).
 */
@Component
class EnterpriseMetrics implements MeterBinder {

  private final EnterpriseEvaluation evaluation;
  private final ZoneRegistry zones;
  private final Clock clock;
  private Evaluation snapshot;
  private Instant takenAt;

  EnterpriseMetrics(EnterpriseEvaluation evaluation, ZoneRegistry zones, Clock clock) {
    this.evaluation = evaluation;
    this.zones = zones;
    this.clock = clock;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    List<MultiGauge.Row<?>> enterprises = new ArrayList<>();
    List<MultiGauge.Row<?>> investment = new ArrayList<>();
    List<MultiGauge.Row<?>> jobs = new ArrayList<>();
    List<MultiGauge.Row<?>> exports = new ArrayList<>();
    for (String zone : new TreeSet<>(zones.list().stream().map(z -> z.zone().code()).toList())) {
      for (Standing standing : Standing.values()) {
        enterprises.add(row(Tags.of("zone", zone, "standing", standing.name()),
            g -> g.standing().get(standing), zone));
      }
      investment.add(row(Tags.of("zone", zone, "kind", "committed"), g -> g.committedInvestmentUsd().doubleValue(),
          zone));
      investment.add(row(Tags.of("zone", zone, "kind", "realised"), g -> g.realisedInvestmentUsd().doubleValue(),
          zone));
      jobs.add(row(Tags.of("zone", zone, "kind", "committed"), g -> g.committedJobs(), zone));
      jobs.add(row(Tags.of("zone", zone, "kind", "pakistani"), g -> g.jobsPakistani(), zone));
      jobs.add(row(Tags.of("zone", zone, "kind", "foreign"), g -> g.jobsForeign(), zone));
      exports.add(row(Tags.of("zone", zone), g -> g.exportsUsd().doubleValue(), zone));
    }
    MultiGauge.builder("sezflow.enterprises").description("Zone enterprises per zone and standing")
        .register(registry).register(enterprises);
    MultiGauge.builder("sezflow.enterprise.investment.usd")
        .description("Investment committed in the proposals and realised by the latest accepted reports, USD")
        .register(registry).register(investment);
    MultiGauge.builder("sezflow.enterprise.jobs")
        .description("Jobs committed in the proposals and employed by the latest accepted reports")
        .register(registry).register(jobs);
    MultiGauge.builder("sezflow.enterprise.exports.usd").description("Exports over the accepted reports, USD")
        .register(registry).register(exports);
    for (Map.Entry<String, ToDoubleFunction<Group>> quantile : Map.<String, ToDoubleFunction<Group>>of(
        "0.5", g -> days(g.medianDaysToOperations()), "0.9", g -> days(g.p90DaysToOperations())).entrySet()) {
      Gauge.builder("sezflow.enterprise.days.to.operations", this,
          metrics -> quantile.getValue().applyAsDouble(metrics.current().total()))
          .description("Days from the allotment letter to commercial operations, over all enterprises that reached "
              + "them")
          .tags("quantile", quantile.getKey()).register(registry);
    }
  }

  private MultiGauge.Row<?> row(Tags tags, ToDoubleFunction<Group> figure, String zone) {
    return MultiGauge.Row.of(tags, this, metrics -> metrics.current().byZone().stream()
        .filter(g -> g.key().equals(zone)).findFirst().map(figure::applyAsDouble).orElse(0.0));
  }

  private static double days(Integer days) {
    return days == null ? Double.NaN : days;
  }

  synchronized Evaluation current() {
    Instant now = clock.instant();
    if (snapshot == null || takenAt.plus(SezFlowMetrics.MAX_AGE).isBefore(now)) {
      snapshot = evaluation.evaluate();
      takenAt = now;
    }
    return snapshot;
  }
}
