package org.sezflow.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sezflow.proposal.StageDurations;
import org.sezflow.system.UtcTimestamps;
import org.sezflow.zone.PipelineStage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The overview's aggregate queries over the application's tables, in a JDBC slice on the profile's
 * database (H2, or MySQL with the mysql profile) migrated by Flyway, with exact expectations: rows
 * are written in 2099, where no other test's rows are, and rolled back after each test. Month
 * boundaries are Pakistan's (UTC+5), so a proposal closed at 19:00 UTC on the last day of a month
 * counts for the next one. The query over Camunda's history is in OverviewQueriesTest.
 */
@Tag("slice")
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(OverviewRepository.class)
class OverviewRepositoryTest {

  static final String PREFIX = "QTEST-";

  @Autowired
  OverviewRepository repository;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void outcomesAreCountedByTheirMonthInPakistanAndOpenOrEarlierProposalsAreNot() {
    Instant since = Instant.parse("2099-08-31T19:00:00Z"); // 1 September 2099, 00:00 in Pakistan
    proposal("1", PipelineStage.ZONE_ENTERPRISE, Instant.parse("2099-08-31T18:59:59Z")); // August in Pakistan
    proposal("2", PipelineStage.ZONE_ENTERPRISE, Instant.parse("2099-08-31T19:00:00Z")); // 1 September
    proposal("3", PipelineStage.ZONE_ENTERPRISE, Instant.parse("2099-09-30T18:59:59Z")); // 30 September
    proposal("4", PipelineStage.REJECTED, Instant.parse("2099-09-30T19:00:00Z")); // 1 October
    proposal("5", PipelineStage.LAPSED, Instant.parse("2099-10-15T12:00:00Z"));
    proposal("6", PipelineStage.WITHDRAWN, Instant.parse("2099-10-31T18:59:59Z"));
    proposal("7", PipelineStage.WITHDRAWN, Instant.parse("2099-10-31T19:00:00Z")); // November
    proposal("8", PipelineStage.JCC_DECISION, null); // open: no end
    proposal("9", PipelineStage.SCREENING, null);

    Map<YearMonth, Map<PipelineStage, Long>> outcomes = repository.outcomesByMonth(since);

    assertThat(outcomes).containsOnlyKeys(YearMonth.of(2099, 9), YearMonth.of(2099, 10), YearMonth.of(2099, 11));
    assertThat(outcomes.get(YearMonth.of(2099, 9))).isEqualTo(Map.of(PipelineStage.ZONE_ENTERPRISE, 2L));
    assertThat(outcomes.get(YearMonth.of(2099, 10))).isEqualTo(Map.of(PipelineStage.REJECTED, 1L,
        PipelineStage.LAPSED, 1L, PipelineStage.WITHDRAWN, 1L));
    assertThat(outcomes.get(YearMonth.of(2099, 11))).isEqualTo(Map.of(PipelineStage.WITHDRAWN, 1L));
  }

  @Test
  void stageExitsAreCountedPerStageAndBucketFromTheFirstDayOfThePeriod() {
    proposal("1", PipelineStage.ZONE_ENTERPRISE, Instant.parse("2099-06-01T00:00:00Z"));
    exit("1", PipelineStage.SCREENING, LocalDate.of(2099, 5, 31), Duration.ofHours(30)); // before the period
    exit("1", PipelineStage.SCREENING, LocalDate.of(2099, 6, 1), Duration.ofHours(3));
    exit("1", PipelineStage.SCREENING, LocalDate.of(2099, 6, 1), Duration.ofHours(4)); // on the bound: bucket 1
    exit("1", PipelineStage.SCREENING, LocalDate.of(2099, 6, 2), Duration.ofHours(5));
    exit("1", PipelineStage.JCC_DECISION, LocalDate.of(2099, 6, 3), Duration.ofDays(800)); // beyond the last bound

    Map<PipelineStage, long[]> buckets = repository.stageDurationBuckets(LocalDate.of(2099, 6, 1));

    int size = StageDurations.BUCKET_HOURS.size() + 1;
    assertThat(buckets).containsOnlyKeys(PipelineStage.SCREENING, PipelineStage.JCC_DECISION);
    long[] screening = new long[size];
    screening[1] = 2; // 3 h and 4 h: (1 h, 4 h]
    screening[2] = 1; // 5 h: (4 h, 12 h]
    assertThat(buckets.get(PipelineStage.SCREENING)).containsExactly(screening);
    long[] jcc = new long[size];
    jcc[size - 1] = 1;
    assertThat(buckets.get(PipelineStage.JCC_DECISION)).containsExactly(jcc);
  }

  @Test
  void endedProposalsComeLatestFirstAndArePagedWithTheirTotal() {
    proposal("1", PipelineStage.ZONE_ENTERPRISE, Instant.parse("2099-03-01T10:00:00Z"));
    proposal("2", PipelineStage.REJECTED, Instant.parse("2099-03-03T10:00:00Z"));
    proposal("3", PipelineStage.LAPSED, Instant.parse("2099-03-02T10:00:00Z"));
    proposal("4", PipelineStage.WITHDRAWN, Instant.parse("2099-02-27T10:00:00Z")); // before the period
    proposal("5", PipelineStage.MOU, null);
    Instant since = Instant.parse("2099-03-01T00:00:00Z");

    List<OverviewRepository.EndedProposal> first = repository.ended(since, 0, 2);
    List<OverviewRepository.EndedProposal> second = repository.ended(since, 1, 2);

    assertThat(repository.endedCount(since)).isEqualTo(3);
    assertThat(first).extracting(OverviewRepository.EndedProposal::reference)
        .containsExactly(PREFIX + "2", PREFIX + "3");
    assertThat(second).extracting(OverviewRepository.EndedProposal::reference).containsExactly(PREFIX + "1");
    OverviewRepository.EndedProposal rejected = first.get(0);
    assertThat(rejected.outcome()).isEqualTo(PipelineStage.REJECTED);
    assertThat(rejected.zoneCode()).isEqualTo("DSEZ");
    assertThat(rejected.title()).isEqualTo("Query test 2");
    assertThat(rejected.closedAt()).isEqualTo(Instant.parse("2099-03-03T10:00:00Z"));
    assertThat(rejected.submittedAt()).isEqualTo(Instant.parse("2099-01-01T00:00:00Z"));
    assertThat(rejected.processInstanceId()).isNull();
  }

  private void proposal(String suffix, PipelineStage stage, Instant closedAt) {
    Object submitted = UtcTimestamps.toColumn(Instant.parse("2099-01-01T00:00:00Z"));
    jdbc.update("INSERT INTO sez_proposal (reference, title, sector, smart_sez_requested, zone_code, acres_requested, "
        + "investment_usd, fdi_share_pct, jobs_planned, sponsor_name, sponsor_email, stage, submitted_at, "
        + "stage_entered_at, updated_at, closed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        PREFIX + suffix, "Query test " + suffix, "textiles", false, "DSEZ", 5, 1_000_000, 40, 100, "Sponsor",
        "sponsor@example.pk", stage.name(), submitted, submitted, submitted,
        closedAt == null ? null : UtcTimestamps.toColumn(closedAt));
  }

  private void exit(String suffix, PipelineStage stage, LocalDate leftOn, Duration stay) {
    jdbc.update("INSERT INTO sez_stage_exit (proposal_ref, stage, left_on, duration_bucket, duration_seconds) "
        + "VALUES (?, ?, ?, ?, ?)", PREFIX + suffix, stage.name(), leftOn, StageDurations.bucket(stay),
        stay.toSeconds());
  }
}
