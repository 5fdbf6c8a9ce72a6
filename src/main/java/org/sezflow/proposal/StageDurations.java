package org.sezflow.proposal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.sezflow.zone.PipelineStage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.sezflow.system.PakistanTime;

/**
 * Time proposals spend in each stage, recorded when a proposal leaves a stage: as a row of
 * {@code sez_stage_exit} in the same transaction (the managers' durations over any period, the
 * same on every node and after a restart), and, once committed, in the histogram
 * {@code sezflow_stage_duration_seconds} of this node (Prometheus adds the nodes up).
 */
@Component
public class StageDurations {

  /**
   * Upper bounds of the duration buckets, in hours: the median and 90th percentile of a period are
   * read from the bucket counts, interpolated within a bucket, as Prometheus reads its histograms.
   */
  public static final List<Long> BUCKET_HOURS = List.of(1L, 4L, 12L, 24L, 48L, 96L, 168L, 336L, 504L, 720L, 1080L,
      1440L, 2160L, 2880L, 4320L, 8760L, 17520L);

  private final Map<PipelineStage, Timer> timers = new EnumMap<>(PipelineStage.class);
  private final JdbcClient jdbc;
  private final Clock clock;

  StageDurations(MeterRegistry registry, JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
    for (PipelineStage stage : PipelineStage.values()) {
      timers.put(stage, Timer.builder("sezflow.stage.duration")
          .description("Time a proposal spent in a stage, recorded when it left the stage")
          .tag("stage", stage.name())
          .publishPercentileHistogram()
          .minimumExpectedValue(Duration.ofSeconds(1))
          .maximumExpectedValue(Duration.ofDays(730))
          .register(registry));
    }
  }

  /** The proposal left the stage after this long: recorded with the caller's transaction. */
  void record(String reference, PipelineStage stage, Duration duration) {
    Instant now = clock.instant();
    jdbc.sql("INSERT INTO sez_stage_exit (proposal_ref, stage, left_on, duration_bucket, duration_seconds) "
        + "VALUES (?, ?, ?, ?, ?)")
        .params(reference, stage.name(), PakistanTime.dateOf(now), bucket(duration),
            Math.max(0, duration.toSeconds()))
        .update();
    recordAfterCommit(stage, duration);
  }

  /** The bucket a duration falls in: the first whose upper bound it does not exceed, or the last + 1. */
  public static int bucket(Duration duration) {
    long seconds = Math.max(0, duration.toSeconds());
    for (int i = 0; i < BUCKET_HOURS.size(); i++) {
      if (seconds <= BUCKET_HOURS.get(i) * 3600) {
        return i;
      }
    }
    return BUCKET_HOURS.size();
  }

  private void recordAfterCommit(PipelineStage stage, Duration duration) {
    Timer timer = timers.get(stage);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          timer.record(duration);
        }
      });
    } else {
      timer.record(duration);
    }
  }
}
