package org.sezflow.system;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Working days in Pakistan's federal government: Monday to Friday, less the public holidays of
 * the configuration.
 */
public class WorkingDayCalendar {

  private final Set<LocalDate> publicHolidays;

  public WorkingDayCalendar(Set<LocalDate> publicHolidays) {
    this.publicHolidays = Set.copyOf(publicHolidays);
  }

  public boolean isWorkingDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !publicHolidays.contains(date);
  }

  /** The date {@code workingDays} working days after {@code start} (start itself not counted). */
  public LocalDate addWorkingDays(LocalDate start, int workingDays) {
    if (workingDays < 0) {
      throw new IllegalArgumentException("workingDays must not be negative");
    }
    LocalDate date = start;
    int counted = 0;
    while (counted < workingDays) {
      date = date.plusDays(1);
      if (isWorkingDay(date)) {
        counted++;
      }
    }
    return date;
  }
}
