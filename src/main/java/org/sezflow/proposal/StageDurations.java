package org.sezflow.proposal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.sezflow.system.PakistanTime;
import org.sezflow.zone.PipelineStage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Time proposals spend in each stage, recorded when a proposal leaves a stage: as a row of
 * {@code sez_stage_exit} in the same transaction (the managers' durations over any period, the
 * same on every node and after a restart), and as a {@link StageLeft} event, which the metrics
 * count once the transaction has committed.
 */
@Component
public class StageDurations {

  /**
   * Upper bounds of the duration buckets, in hours: the median and 90th percentile of a period are
   * read from the bucket counts, interpolated within a bucket, as Prometheus reads its histograms.
   */
  public static final List<Long> BUCKET_HOURS = List.of(1L, 4L, 12L, 24L, 48L, 96L, 168L, 336L, 504L, 720L, 1080L,
      1440L, 2160L, 2880L, 4320L, 8760L, 17520L);

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  StageDurations(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
    this.jdbc = jdbc;
    this.events = events;
    this.clock = clock;
  }

  /** The proposal left the stage after this long: recorded with the caller's transaction. */
  void record(String reference, PipelineStage stage, Duration duration) {
    Instant now = clock.instant();
    jdbc.sql("INSERT INTO sez_stage_exit (proposal_ref, stage, left_on, duration_bucket, duration_seconds) "
        + "VALUES (?, ?, ?, ?, ?)")
        .params(reference, stage.name(), PakistanTime.dateOf(now), bucket(duration),
            Math.max(0, duration.toSeconds()))
        .update();
    events.publishEvent(new StageLeft(reference, stage, duration));
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
}
