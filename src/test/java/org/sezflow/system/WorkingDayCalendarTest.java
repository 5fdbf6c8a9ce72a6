package org.sezflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
  void countsTheWorkingDaysAfterADayAndBack() {
    assertThat(calendar.workingDaysBetween(FRIDAY, FRIDAY)).isZero();
    assertThat(calendar.workingDaysBetween(FRIDAY, FRIDAY.plusDays(2))).as("the weekend").isZero();
    assertThat(calendar.workingDaysBetween(FRIDAY, LocalDate.of(2026, 3, 20))).isEqualTo(5);
    assertThat(calendar.workingDaysBetween(FRIDAY, LocalDate.of(2026, 3, 24))).isEqualTo(6);
    assertThat(calendar.workingDaysBetween(FRIDAY, FRIDAY.minusDays(3))).isZero();

    // Back from Tuesday 24 March: itself, then Friday 20 (Pakistan Day and the weekend skipped).
    LocalDate tuesday = LocalDate.of(2026, 3, 24);
    assertThat(calendar.workingDaysBack(tuesday, 1)).isEqualTo(tuesday);
    assertThat(calendar.workingDaysBack(tuesday, 2)).isEqualTo(LocalDate.of(2026, 3, 20));
    assertThat(calendar.workingDaysBack(PAKISTAN_DAY, 1)).isEqualTo(LocalDate.of(2026, 3, 20));
    // What started the day before the n-th working day back has n working days after it, and a day later n - 1.
    for (int n = 1; n <= 30; n++) {
      LocalDate back = calendar.workingDaysBack(tuesday, n);
      assertThat(calendar.workingDaysBetween(back.minusDays(1), tuesday)).isEqualTo(n);
      assertThat(calendar.workingDaysBetween(back, tuesday)).isEqualTo(n - 1);
    }
  }
}
