package org.sezflow.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sezflow.system.PakistanTime;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class SlaPolicyTest {

  // Friday 13 March 2026; Pakistan Day (Monday 23 March) is a holiday.
  private static final LocalDate FRIDAY = LocalDate.of(2026, 3, 13);
  private static final LocalDate PAKISTAN_DAY = LocalDate.of(2026, 3, 23);

  @Test
  void thirtyWorkingDaysOfScreeningFallAtCloseOfOfficeInPakistan() {
    Instant fridayMorningInKarachi = ZonedDateTime.of(FRIDAY.atTime(10, 0), PakistanTime.ZONE).toInstant();
    SlaPolicy sla = new SlaPolicy(Clock.fixed(fridayMorningInKarachi, ZoneOffset.UTC));
    sla.setTaskWorkingDays(Map.of("ScreenProposal", 30));
    sla.setPublicHolidays(List.of(PAKISTAN_DAY));

    // 30 working days after Friday 13 March, skipping the weekends and Pakistan Day: Monday 27 April.
    assertThat(sla.taskDue("ScreenProposal").toInstant())
        .isEqualTo(ZonedDateTime.of(LocalDate.of(2026, 4, 27).atTime(17, 0), PakistanTime.ZONE).toInstant());
  }

  @Test
  void theCalendarOthersUseHasTheConfiguredHolidays() {
    SlaPolicy sla = new SlaPolicy(Clock.systemUTC());
    sla.setPublicHolidays(List.of(PAKISTAN_DAY));

    assertThat(new SlaPolicy.WorkingDays().workingDayCalendar(sla).isWorkingDay(PAKISTAN_DAY)).isFalse();
    assertThat(new SlaPolicy.WorkingDays().workingDayCalendar(sla).isWorkingDay(PAKISTAN_DAY.plusDays(1))).isTrue();
  }

  @Test
  void aCommitteeWaitIsFlaggedAfterTwentyWorkingDaysUnlessConfiguredAndNeverAfterNone() {
    ApplicationContextRunner context = new ApplicationContextRunner()
        .withUserConfiguration(Binding.class)
        .withBean(Clock.class, Clock::systemUTC)
        .withBean(SlaPolicy.class)
        .withPropertyValues("sezflow.sla.task-working-days.ScreenProposal=30");
    context.run(started -> assertThat(started.getBean(SlaPolicy.class).getCommitteeWaitWorkingDays()).isEqualTo(20));
    context.withPropertyValues("sezflow.sla.committee-wait-working-days=35")
        .run(started -> assertThat(started.getBean(SlaPolicy.class).getCommitteeWaitWorkingDays()).isEqualTo(35));
    context.withPropertyValues("sezflow.sla.committee-wait-working-days=0")
        .run(started -> assertThat(started).hasFailed().getFailure().rootCause()
            .hasMessageContaining("committeeWaitWorkingDays"));
  }

  /** Binds and validates {@code sezflow.sla} as the application does. */
  @EnableConfigurationProperties
  static class Binding {}
}
