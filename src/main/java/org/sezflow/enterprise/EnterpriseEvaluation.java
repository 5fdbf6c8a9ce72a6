package org.sezflow.enterprise;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The Board's evaluation of its zone enterprises, per zone, sector and partner country: how many
 * are on track, late, in default, cancelled, operating or graduated; the investment and jobs they
 * committed against what their accepted reports show; their exports; and the days from allotment
 * to commercial operations. Read from the figures each step keeps on the enterprise's record (one
 * row per enterprise, no report or history scanned), so it costs the same after years of reports.
 */
@Service
public class EnterpriseEvaluation {

  /** How the evaluation counts an enterprise. */
  public enum Standing {
    ON_TRACK,
    /** On track only because a deadline it works towards was extended or restored. */
    LATE,
    /** Missed a milestone: show-cause open, or its cancellation proposed. */
    IN_DEFAULT,
    CANCELLED,
    OPERATING,
    GRADUATED
  }

  public record Group(String key, long enterprises, Map<Standing, Long> standing, BigDecimal committedInvestmentUsd,
      BigDecimal realisedInvestmentUsd, long committedJobs, long jobsPakistani, long jobsForeign, BigDecimal exportsUsd,
      long reachedOperations, Integer medianDaysToOperations, Integer p90DaysToOperations) {}

  public record Evaluation(Instant at, Group total, List<Group> byZone, List<Group> bySector,
      List<Group> byPartnerCountry) {}

  record Row(String proposalRef, EnterpriseStatus status, boolean behindSchedule, String zoneCode, String sector,
      BigDecimal committedInvestmentUsd, int jobsPlanned, BigDecimal realisedInvestmentUsd, int jobsPakistani,
      int jobsForeign, BigDecimal exportsUsd, Integer daysToOperations) {

    Standing standing() {
      return switch (status) {
        case ON_TRACK -> behindSchedule ? Standing.LATE : Standing.ON_TRACK;
        case IN_DEFAULT, CANCELLATION_PROPOSED -> Standing.IN_DEFAULT;
        case CANCELLED -> Standing.CANCELLED;
        case OPERATING -> Standing.OPERATING;
        case GRADUATED -> Standing.GRADUATED;
      };
    }
  }

  private final JdbcClient jdbc;
  private final Clock clock;
  private final AtomicReference<CompletableFuture<Evaluation>> inFlight = new AtomicReference<>();

  EnterpriseEvaluation(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * The evaluation now. Requests that arrive while one is being read share its result instead of
   * reading the same rows again: four managers refreshing at once cost one reading, not four
   * (EnterpriseBenchmark). A request that arrives when none is being read starts its own, so what
   * was committed before it arrived is in it.
   */
  public Evaluation evaluate() {
    CompletableFuture<Evaluation> mine = new CompletableFuture<>();
    CompletableFuture<Evaluation> reading = inFlight.compareAndExchange(null, mine);
    if (reading != null) {
      return reading.join();
    }
    try {
      Evaluation evaluation = read();
      mine.complete(evaluation);
      return evaluation;
    } catch (RuntimeException failed) {
      mine.completeExceptionally(failed);
      throw failed;
    } finally {
      inFlight.set(null);
    }
  }

  /** One query for the enterprises, one for their partners' countries; mapped by hand, for 10,000 rows a request. */
  private Evaluation read() {
    List<Row> rows = jdbc.sql("""
            SELECT e.proposal_ref, e.status, e.behind_schedule, p.zone_code, p.sector,
                   p.investment_usd AS committed_investment_usd, p.jobs_planned, e.realised_investment_usd,
                   e.jobs_pakistani, e.jobs_foreign, e.exports_usd, e.days_to_operations
            FROM sez_enterprise e JOIN sez_proposal p ON p.reference = e.proposal_ref""")
        .query((rs, n) -> new Row(rs.getString(1), EnterpriseStatus.valueOf(rs.getString(2)), rs.getBoolean(3),
            rs.getString(4), rs.getString(5), rs.getBigDecimal(6), rs.getInt(7), rs.getBigDecimal(8), rs.getInt(9),
            rs.getInt(10), rs.getBigDecimal(11), (Integer) rs.getObject(12, Integer.class)))
        .list();
    Map<String, List<String>> countries = new TreeMap<>();
    jdbc.sql("""
            SELECT DISTINCT pp.proposal_ref, pp.country FROM sez_proposal_partner pp
            JOIN sez_enterprise e ON e.proposal_ref = pp.proposal_ref""")
        .query(rs -> {
          countries.computeIfAbsent(rs.getString(1), ref -> new ArrayList<>()).add(rs.getString(2));
        });
    Map<String, List<Row>> byCountry = new TreeMap<>();
    rows.forEach(row -> countries.getOrDefault(row.proposalRef(), List.of())
        .forEach(country -> byCountry.computeIfAbsent(country, c -> new ArrayList<>()).add(row)));
    return new Evaluation(clock.instant(), group("ALL", rows), groups(rows, Row::zoneCode),
        groups(rows, Row::sector), byCountry.entrySet().stream().map(e -> group(e.getKey(), e.getValue())).toList());
  }

  private static List<Group> groups(List<Row> rows, Function<Row, String> key) {
    Map<String, List<Row>> grouped = new TreeMap<>();
    rows.forEach(row -> grouped.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row));
    return grouped.entrySet().stream().map(e -> group(e.getKey(), e.getValue())).toList();
  }

  static Group group(String key, Collection<Row> rows) {
    Map<Standing, Long> standing = new EnumMap<>(Standing.class);
    for (Standing s : Standing.values()) {
      standing.put(s, 0L);
    }
    BigDecimal committed = BigDecimal.ZERO;
    BigDecimal realised = BigDecimal.ZERO;
    BigDecimal exports = BigDecimal.ZERO;
    long jobsPlanned = 0;
    long jobsPakistani = 0;
    long jobsForeign = 0;
    List<Integer> days = new ArrayList<>();
    for (Row row : rows) {
      standing.merge(row.standing(), 1L, Long::sum);
      committed = committed.add(row.committedInvestmentUsd());
      realised = realised.add(row.realisedInvestmentUsd());
      exports = exports.add(row.exportsUsd());
      jobsPlanned += row.jobsPlanned();
      jobsPakistani += row.jobsPakistani();
      jobsForeign += row.jobsForeign();
      if (row.daysToOperations() != null) {
        days.add(row.daysToOperations());
      }
    }
    days.sort(Integer::compare);
    return new Group(key, rows.size(), standing, committed, realised, jobsPlanned, jobsPakistani, jobsForeign, exports,
        days.size(), rank(days, 0.5), rank(days, 0.9));
  }

  /** The nearest-rank percentile of sorted values; null when there are none. */
  static Integer rank(List<Integer> sorted, double q) {
    if (sorted.isEmpty()) {
      return null;
    }
    int index = (int) Math.ceil(q * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
  }
}
