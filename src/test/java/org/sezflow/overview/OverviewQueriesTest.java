package org.sezflow.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sezflow.proposal.StageDurations;
import org.sezflow.system.UtcTimestamps;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The overview's query over Camunda's history (whose tables the engine creates, so the application
 * starts) on the database itself (H2, or MySQL with the mysql profile), with exact expectations:
 * rows of a definition of the test's own, removed afterwards; and the percentiles of the stage
 * durations. The queries over the application's own tables are in OverviewRepositoryTest (a slice).
 */
@SpringBootTest
class OverviewQueriesTest {

  static final String DEFINITION = "qtest-definition:1:" + UUID.randomUUID();

  @Autowired
  OverviewRepository repository;

  @Autowired
  JdbcTemplate jdbc;

  @AfterEach
  void removeRows() {
    jdbc.update("DELETE FROM ACT_HI_ACTINST WHERE PROC_DEF_ID_ = ?", DEFINITION);
  }

  @Test
  void percentilesAreInterpolatedWithinTheBucketTheRankFallsIn() {
    int size = StageDurations.BUCKET_HOURS.size() + 1;
    long[] counts = new long[size];
    counts[2] = 10; // ten exits between 4 h and 12 h
    Percentiles evenly = Percentiles.of(counts);
    assertThat(evenly.exits()).isEqualTo(10);
    assertThat(evenly.medianSeconds()).isEqualTo(8 * 3600); // 4 h + half of 8 h
    assertThat(evenly.p90Seconds()).isEqualTo(40_320); // 4 h + 0.9 × 8 h = 11.2 h

    counts = new long[size];
    counts[0] = 5; // up to 1 h
    counts[3] = 5; // 12 h to 24 h
    Percentiles split = Percentiles.of(counts);
    assertThat(split.medianSeconds()).isEqualTo(3600); // the 5th of 10 is the last of the first bucket
    assertThat(split.p90Seconds()).isEqualTo(12 * 3600 + Math.round(12 * 3600 * 0.8)); // 4th of 5 in (12 h, 24 h]

    counts = new long[size];
    counts[size - 1] = 3; // all beyond the last bound: the bound is reported
    assertThat(Percentiles.of(counts).medianSeconds())
        .isEqualTo(StageDurations.BUCKET_HOURS.get(size - 2) * 3600);

    assertThat(Percentiles.of(new long[size])).isEqualTo(new Percentiles(0, null, null));
    assertThat(Percentiles.of(null)).isEqualTo(new Percentiles(0, null, null));
  }

  @Test
  void activityTimesComeFromTheHistoryOfOneDefinitionPerActivityAndBucket() {
    Instant now = Instant.now();
    activity("ScreenProposal", now.minus(Duration.ofHours(5)), Duration.ofHours(2));
    activity("ScreenProposal", now.minus(Duration.ofHours(6)), Duration.ofMinutes(30));
    activity("ScreenProposal", now.minus(Duration.ofDays(10)), Duration.ofHours(2)); // before the period
    // The committees' waits are message catches (a session's close delivers the decision), not tasks.
    activity("JccSessionDecided", "intermediateMessageCatch", now.minus(Duration.ofHours(1)), Duration.ofDays(3));
    activity("JwgSessionDecided", "intermediateMessageCatch", null, null); // still waiting: not passed

    Map<String, long[]> passed = repository.activityDurationBuckets(DEFINITION, now.minus(Duration.ofDays(1)));

    int size = StageDurations.BUCKET_HOURS.size() + 1;
    assertThat(passed).containsOnlyKeys("ScreenProposal", "JccSessionDecided");
    long[] screening = new long[size];
    screening[0] = 1;
    screening[1] = 1;
    assertThat(passed.get("ScreenProposal")).containsExactly(screening);
    long[] jcc = new long[size];
    jcc[5] = 1; // 72 h: (48 h, 96 h]
    assertThat(passed.get("JccSessionDecided")).containsExactly(jcc);
  }

  private void activity(String activityId, Instant end, Duration duration) {
    activity(activityId, "userTask", end, duration);
  }

  private void activity(String activityId, String activityType, Instant end, Duration duration) {
    Instant start = end == null ? Instant.now() : end.minus(duration);
    jdbc.update("INSERT INTO ACT_HI_ACTINST (ID_, PROC_DEF_ID_, PROC_INST_ID_, EXECUTION_ID_, ACT_ID_, ACT_TYPE_, "
        + "START_TIME_, END_TIME_, DURATION_) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(),
        DEFINITION, "qtest-instance", "qtest-execution", activityId, activityType, UtcTimestamps.toColumn(start),
        end == null ? null : UtcTimestamps.toColumn(end), duration == null ? null : duration.toMillis());
  }
}
