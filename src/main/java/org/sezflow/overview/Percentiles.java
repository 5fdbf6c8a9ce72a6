package org.sezflow.overview;

import java.util.List;

import org.sezflow.proposal.StageDurations;

/** How many passed a stage or activity in a period, with the median and 90th percentile of their times. */
record Percentiles(long exits, Long medianSeconds, Long p90Seconds) {

  /** Times within the first bucket cannot be told apart: a figure below it means "under 1 h". */
  static final long SHORTEST_BUCKET_SECONDS = StageDurations.BUCKET_HOURS.get(0) * 3600;

  /**
   * Median and 90th percentile of a bucketed distribution, interpolated linearly within the bucket
   * the rank falls in (as Prometheus reads a histogram); null where nothing was counted.
   */
  static Percentiles of(long[] counts) {
    if (counts == null) {
      return new Percentiles(0, null, null);
    }
    long total = 0;
    for (long count : counts) {
      total += count;
    }
    if (total == 0) {
      return new Percentiles(0, null, null);
    }
    return new Percentiles(total, quantile(counts, total, 0.5), quantile(counts, total, 0.9));
  }

  private static long quantile(long[] counts, long total, double q) {
    double rank = q * total;
    long before = 0;
    List<Long> hours = StageDurations.BUCKET_HOURS;
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] > 0 && before + counts[i] >= rank) {
        long lower = i == 0 ? 0 : hours.get(i - 1) * 3600;
        if (i == hours.size()) {
          return lower; // beyond the last bound: report the bound
        }
        long upper = hours.get(i) * 3600;
        return lower + Math.round((upper - lower) * ((rank - before) / counts[i]));
      }
      before += counts[i];
    }
    return hours.get(hours.size() - 1) * 3600;
  }
}
