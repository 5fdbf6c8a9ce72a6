package org.sezflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

  // Friday 13 March 2026; Pakistan Day (Monday 23 March) is a holiday.
  private static final LocalDate FRIDAY = LocalDate.of(2026, 3, 13);
  private static final LocalDate PAKISTAN_DAY = LocalDate.of(2026, 3, 23);

  private final WorkingDayCalendar calendar = new WorkingDayCalendar(Set.of(PAKISTAN_DAY));

  @Test
  void weekendsAndHolidaysAreNotWorkingDays() {
    assertThat(calendar.isWorkingDay(FRIDAY)).isTrue();
    assertThat(calendar.isWorkingDay(FRIDAY.plusDays(1))).isFalse();
    assertThat(calendar.isWorkingDay(FRIDAY.plusDays(2))).isFalse();
    assertThat(calendar.isWorkingDay(PAKISTAN_DAY)).isFalse();
  }

  @Test
  void countsOnlyWorkingDays() {
    assertThat(calendar.addWorkingDays(FRIDAY, 0)).isEqualTo(FRIDAY);
    assertThat(calendar.addWorkingDays(FRIDAY, 1)).isEqualTo(LocalDate.of(2026, 3, 16));
    assertThat(calendar.addWorkingDays(FRIDAY, 5)).isEqualTo(LocalDate.of(2026, 3, 20));
    // The sixth working day skips the weekend and Pakistan Day.
    assertThat(calendar.addWorkingDays(FRIDAY, 6)).isEqualTo(LocalDate.of(2026, 3, 24));
  }

  @Test
  void thirtyWorkingDaysOfScreeningFallAtCloseOfOfficeInPakistan() {
    Instant fridayMorningInKarachi =
        ZonedDateTime.of(FRIDAY.atTime(10, 0), java.time.ZoneId.of("Asia/Karachi")).toInstant();
    SlaPolicy sla = new SlaPolicy(Clock.fixed(fridayMorningInKarachi, ZoneOffset.UTC));
    sla.setTaskWorkingDays(Map.of("ScreenProposal", 30));
    sla.setPublicHolidays(List.of(PAKISTAN_DAY));

    // 30 working days after Friday 13 March, skipping the weekends and Pakistan Day: Monday 27 April.
    assertThat(sla.taskDue("ScreenProposal").toInstant())
        .isEqualTo(
            ZonedDateTime.of(LocalDate.of(2026, 4, 27).atTime(17, 0), java.time.ZoneId.of("Asia/Karachi")).toInstant());
  }
}
