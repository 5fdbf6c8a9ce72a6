package org.sezflow.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sezflow.proposal.ProposalClocks.Period;
import org.sezflow.proposal.ProposalClocks.SponsorSpan;
import org.sezflow.system.PakistanTime;
import org.sezflow.system.WorkingDayCalendar;
import org.sezflow.zone.PipelineStage;

/**
 * The two clocks, counted with a fixed "now" on the working-day calendar: each day after the day of
 * submission counts for whoever held the proposal at its start (midnight in Pakistan), a working
 * day for the government, any day for the sponsor. March 2026: Monday 23 is Pakistan Day.
 */
class ProposalClocksTest {

  private static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(Set.of(LocalDate.of(2026, 3, 23)));

  /** An instant given as local time in Pakistan. */
  static Instant pk(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(PakistanTime.ZONE).toInstant();
  }

  private static ProposalClocks count(String submitted, String closed, List<SponsorSpan> spans, String now) {
    return ProposalClocks.count(pk(submitted), closed == null ? null : pk(closed), spans, pk(now), CALENDAR);
  }

  private static SponsorSpan span(String from, String to) {
    return new SponsorSpan(pk(from), to == null ? null : pk(to));
  }

  @Test
  void theGovernmentCountsWorkingDaysAfterTheDayOfSubmissionLessWeekendsAndHolidays() {
    String thursday = "2026-03-19T10:00";
    // The day of submission counts for no one, as a deadline's first day is the next one.
    assertThat(count(thursday, null, List.of(), thursday).governmentWorkingDays()).isZero();
    assertThat(count(thursday, null, List.of(), "2026-03-19T23:59").governmentWorkingDays()).isZero();
    // Friday counts from its first moment.
    assertThat(count(thursday, null, List.of(), "2026-03-20T00:00").governmentWorkingDays()).isZero();
    assertThat(count(thursday, null, List.of(), "2026-03-20T00:01").governmentWorkingDays()).isEqualTo(1);
    // Friday, (Saturday, Sunday, Pakistan Day on Monday: not working days), Tuesday, Wednesday.
    ProposalClocks clocks = count(thursday, null, List.of(), "2026-03-25T15:00");
    assertThat(clocks.governmentWorkingDays()).isEqualTo(3);
    assertThat(clocks.sponsorDays()).isZero();
    assertThat(clocks.withNow()).isEqualTo(TimeHolder.GOVERNMENT);
    assertThat(clocks.periods()).extracting(Period::holder, Period::from, Period::to, Period::days)
        .containsExactly(tuple(TimeHolder.GOVERNMENT, pk(thursday), null, 3));
  }

  @Test
  void aClarificationOverTheWeekendCountsEveryDayForTheSponsor() {
    // Requested on Friday afternoon, answered on Monday morning: Saturday, Sunday and Monday are the
    // sponsor's; the Friday and the Tuesday and Wednesday after are the government's.
    ProposalClocks clocks = count("2026-03-02T09:00", null, List.of(span("2026-03-06T16:00", "2026-03-09T09:00")),
        "2026-03-11T12:00");

    assertThat(clocks.governmentWorkingDays()).isEqualTo(4 + 2);
    assertThat(clocks.sponsorDays()).isEqualTo(3);
    assertThat(clocks.withNow()).isEqualTo(TimeHolder.GOVERNMENT);
    assertThat(clocks.periods()).extracting(Period::holder, Period::from, Period::to, Period::days).containsExactly(
        tuple(TimeHolder.GOVERNMENT, pk("2026-03-02T09:00"), pk("2026-03-06T16:00"), 4),
        tuple(TimeHolder.SPONSOR, pk("2026-03-06T16:00"), pk("2026-03-09T09:00"), 3),
        tuple(TimeHolder.GOVERNMENT, pk("2026-03-09T09:00"), null, 2));
  }

  @Test
  void anOpenClarificationRunsTheSponsorsClockUntilNow() {
    ProposalClocks clocks = count("2026-03-02T09:00", null, List.of(span("2026-03-06T16:00", null)),
        "2026-03-08T20:00");

    assertThat(clocks.governmentWorkingDays()).isEqualTo(4);
    assertThat(clocks.sponsorDays()).isEqualTo(2);
    assertThat(clocks.withNow()).isEqualTo(TimeHolder.SPONSOR);
    assertThat(clocks.periods()).extracting(Period::holder, Period::to)
        .containsExactly(tuple(TimeHolder.GOVERNMENT, pk("2026-03-06T16:00")), tuple(TimeHolder.SPONSOR, null));
  }

  @Test
  void atTheInstantOfTheRequestTheSponsorHoldsItForNoDayYet() {
    ProposalClocks clocks = count("2026-03-02T09:00", null, List.of(span("2026-03-06T16:00", null)),
        "2026-03-06T16:00");

    assertThat(clocks.withNow()).isEqualTo(TimeHolder.SPONSOR);
    assertThat(clocks.periods()).extracting(Period::holder, Period::from, Period::to, Period::days).containsExactly(
        tuple(TimeHolder.GOVERNMENT, pk("2026-03-02T09:00"), pk("2026-03-06T16:00"), 4),
        tuple(TimeHolder.SPONSOR, pk("2026-03-06T16:00"), null, 0));
    // A proposal closed at the instant it was submitted (found not eligible) was with the government.
    assertThat(count("2026-03-02T09:00", "2026-03-02T09:00", List.of(), "2026-03-06T16:00").periods())
        .extracting(Period::holder, Period::to, Period::days)
        .containsExactly(tuple(TimeHolder.GOVERNMENT, pk("2026-03-02T09:00"), 0));
  }

  @Test
  void aClosedProposalsClocksStopWhenItClosed() {
    // Withdrawn on Tuesday during a clarification asked on Friday; read months later.
    ProposalClocks withdrawn = count("2026-03-02T09:00", "2026-03-10T11:00",
        List.of(span("2026-03-06T16:00", "2026-03-10T11:00")), "2026-06-01T12:00");
    assertThat(withdrawn.governmentWorkingDays()).isEqualTo(4);
    assertThat(withdrawn.sponsorDays()).isEqualTo(4);
    assertThat(withdrawn.withNow()).isNull();
    assertThat(withdrawn.periods()).extracting(Period::holder, Period::to).containsExactly(
        tuple(TimeHolder.GOVERNMENT, pk("2026-03-06T16:00")), tuple(TimeHolder.SPONSOR, pk("2026-03-10T11:00")));

    // Rejected on Thursday after the answer on Monday: the day it closed counts.
    ProposalClocks rejected = count("2026-03-02T09:00", "2026-03-12T10:00",
        List.of(span("2026-03-06T16:00", "2026-03-09T09:00")), "2026-06-01T12:00");
    assertThat(rejected.governmentWorkingDays()).isEqualTo(4 + 3);
    assertThat(rejected.sponsorDays()).isEqualTo(3);
    assertThat(rejected.withNow()).isNull();
    assertThat(rejected.periods().get(2).to()).isEqualTo(pk("2026-03-12T10:00"));
  }

  @Test
  void aClarificationAnsweredTheSameDayCostsTheSponsorNoDay() {
    ProposalClocks clocks = count("2026-03-02T09:00", null, List.of(span("2026-03-04T10:00", "2026-03-04T15:00"),
        span("2026-03-05T17:00", "2026-03-06T00:30")), "2026-03-06T12:00");

    // Tuesday, Wednesday and Thursday for the government; Friday began with the sponsor, who
    // answered half an hour into it.
    assertThat(clocks.governmentWorkingDays()).isEqualTo(3);
    assertThat(clocks.sponsorDays()).isEqualTo(1);
    assertThat(clocks.periods()).extracting(Period::holder, Period::days).containsExactly(
        tuple(TimeHolder.GOVERNMENT, 2), tuple(TimeHolder.SPONSOR, 0), tuple(TimeHolder.GOVERNMENT, 1),
        tuple(TimeHolder.SPONSOR, 1), tuple(TimeHolder.GOVERNMENT, 0));
    assertThat(clocks.periods().stream().mapToInt(Period::days).sum()).isEqualTo(4);
  }

  // --- where the sponsor spans come from: the decision log, and the stage ----------------------

  @Test
  void theSponsorsSpansAreReadFromTheDecisionLogAsEveryVersionHasWrittenIt() {
    List<Decision> log = log(
        "SUBMISSION SUBMITTED 2026-03-02T09:00", "ELIGIBILITY ELIGIBLE 2026-03-02T09:00",
        "SCREENING CLARIFY 2026-03-03T10:00", "CLARIFICATION ANSWERED 2026-03-05T11:00",
        "SCREENING CLARIFY 2026-03-06T16:00", "CLOSURE WITHDRAWN 2026-03-10T10:59:59.997");

    // The closure is logged a moment before the record closes: the sponsor held it until it closed.
    assertThat(SponsorTime.spans(proposal(PipelineStage.WITHDRAWN, "2026-03-10T11:00"), log)).containsExactly(
        span("2026-03-03T10:00", "2026-03-05T11:00"), span("2026-03-06T16:00", "2026-03-10T11:00"));
  }

  @Test
  void aClosureOutsideAClarificationIsNoSponsorTimeAndAnOpenRequestRunsOn() {
    assertThat(SponsorTime.spans(proposal(PipelineStage.REJECTED, "2026-03-04T10:00"),
        log("SCREENING REJECT 2026-03-04T10:00", "CLOSURE REJECTED 2026-03-04T10:00"))).isEmpty();
    assertThat(SponsorTime.spans(proposal(PipelineStage.CLARIFICATION, "2026-03-06T16:00"),
        log("SCREENING CLARIFY 2026-03-06T16:00"))).containsExactly(span("2026-03-06T16:00", null));
  }

  @Test
  void theStageHasTheLastWordWhereTheLogIsSilent() {
    // At CLARIFICATION though the log shows no request (a record changed by hand, say): with the
    // sponsor since the stage was entered.
    assertThat(SponsorTime.spans(proposal(PipelineStage.CLARIFICATION, "2026-03-06T16:00"),
        log("SUBMISSION SUBMITTED 2026-03-02T09:00"))).containsExactly(span("2026-03-06T16:00", null));
    // Back at screening though the log shows no answer: the request ended when the stage was entered.
    assertThat(SponsorTime.spans(proposal(PipelineStage.SCREENING, "2026-03-09T09:00"),
        log("SCREENING CLARIFY 2026-03-06T16:00"))).containsExactly(span("2026-03-06T16:00", "2026-03-09T09:00"));
  }

  /** Lines of a decision log, each "STEP OUTCOME local-time-in-Pakistan". */
  private static List<Decision> log(String... lines) {
    List<Decision> log = new ArrayList<>();
    for (String line : lines) {
      String[] parts = line.split(" ");
      log.add(new Decision(log.size() + 1, parts[0], parts[1], null, "pmu", pk(parts[2]), null));
    }
    return log;
  }

  private static Proposal proposal(PipelineStage stage, String stageEnteredAt) {
    Instant entered = pk(stageEnteredAt);
    return new Proposal("JV-2026-000001", null, stage, null, true, null, null, null, null, null, null, null, null, null,
        entered, pk("2026-03-02T09:00"), entered, ProposalStatus.of(stage).isClosed() ? entered : null);
  }
}
