package org.sezflow.metrics;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

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
 * whole scrape and every node reports the same figures (aggregate with max). A zone added later gets
 * its series with the next reading, as in {@link SezFlowMetrics}.
 */
@Component
class EnterpriseMetrics implements MeterBinder {

  private final EnterpriseEvaluation evaluation;
  private final ZoneRegistry zones;
  private final Clock clock;
  private Evaluation snapshot;
  private Instant takenAt;
  private MultiGauge enterprises;
  private MultiGauge investment;
  private MultiGauge jobs;
  private MultiGauge exports;
  private Set<String> zonesWithRows = Set.of();

  EnterpriseMetrics(EnterpriseEvaluation evaluation, ZoneRegistry zones, Clock clock) {
    this.evaluation = evaluation;
    this.zones = zones;
    this.clock = clock;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    enterprises = MultiGauge.builder("sezflow.enterprises").description("Zone enterprises per zone and standing")
        .register(registry);
    investment = MultiGauge.builder("sezflow.enterprise.investment.usd")
        .description("Investment committed in the proposals and realised by the latest accepted reports, USD")
        .register(registry);
    jobs = MultiGauge.builder("sezflow.enterprise.jobs")
        .description("Jobs committed in the proposals and employed by the latest accepted reports").register(registry);
    exports = MultiGauge.builder("sezflow.enterprise.exports.usd").description("Exports over the accepted reports, USD")
        .register(registry);
    registerZoneRows(zoneCodes());
    for (Map.Entry<String, ToDoubleFunction<Group>> quantile : Map.<String, ToDoubleFunction<Group>>of(
        "0.5", g -> days(g.medianDaysToOperations()), "0.9", g -> days(g.p90DaysToOperations())).entrySet()) {
      Gauge.builder("sezflow.enterprise.days.to.operations", this,
          metrics -> quantile.getValue().applyAsDouble(metrics.current().total()))
          .description("Days from the allotment letter to commercial operations, over all enterprises that reached "
              + "them")
          .tags("quantile", quantile.getKey()).register(registry);
    }
  }

  /** A series per zone and figure, for the zones there are now; a zone added later gets its series. */
  private void registerZoneRows(Set<String> zoneCodes) {
    List<MultiGauge.Row<?>> enterpriseRows = new ArrayList<>();
    List<MultiGauge.Row<?>> investmentRows = new ArrayList<>();
    List<MultiGauge.Row<?>> jobRows = new ArrayList<>();
    List<MultiGauge.Row<?>> exportRows = new ArrayList<>();
    for (String zone : new TreeSet<>(zoneCodes)) {
      for (Standing standing : Standing.values()) {
        enterpriseRows.add(row(Tags.of("zone", zone, "standing", standing.name()),
            g -> g.standing().get(standing), zone));
      }
      investmentRows.add(row(Tags.of("zone", zone, "kind", "committed"),
          g -> g.committedInvestmentUsd().doubleValue(), zone));
      investmentRows.add(row(Tags.of("zone", zone, "kind", "realised"),
          g -> g.realisedInvestmentUsd().doubleValue(), zone));
      jobRows.add(row(Tags.of("zone", zone, "kind", "committed"), g -> g.committedJobs(), zone));
      jobRows.add(row(Tags.of("zone", zone, "kind", "pakistani"), g -> g.jobsPakistani(), zone));
      jobRows.add(row(Tags.of("zone", zone, "kind", "foreign"), g -> g.jobsForeign(), zone));
      exportRows.add(row(Tags.of("zone", zone), g -> g.exportsUsd().doubleValue(), zone));
    }
    // Rows are added, never replaced: replacing them while a scrape reads them made it see each row
    // twice (DuplicateLabelsException). A zone removed keeps its series, at zero.
    enterprises.register(enterpriseRows, false);
    investment.register(investmentRows, false);
    jobs.register(jobRows, false);
    exports.register(exportRows, false);
    Set<String> registered = new HashSet<>(zonesWithRows);
    registered.addAll(zoneCodes);
    zonesWithRows = Set.copyOf(registered);
  }

  private Set<String> zoneCodes() {
    return zones.list().stream().map(z -> z.zone().code()).collect(Collectors.toSet());
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
      Set<String> zoneCodes = zoneCodes();
      if (enterprises != null && !zonesWithRows.containsAll(zoneCodes)) {
        registerZoneRows(zoneCodes);
      }
    }
    return snapshot;
  }
}
