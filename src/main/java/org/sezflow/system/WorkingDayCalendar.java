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

  /** The working days after {@code start} up to and including {@code end}, as {@link #addWorkingDays} counts them. */
  public int workingDaysBetween(LocalDate start, LocalDate end) {
    int counted = 0;
    for (LocalDate date = start.plusDays(1); !date.isAfter(end); date = date.plusDays(1)) {
      if (isWorkingDay(date)) {
        counted++;
      }
    }
    return counted;
  }

  /**
   * The {@code workingDays}-th working day counting back from {@code end} ({@code end} first, if it
   * is one): whatever started on an earlier day has at least that many working days after it by
   * {@code end}, so a query can compare a start with it instead of counting each row's days.
   */
  public LocalDate workingDaysBack(LocalDate end, int workingDays) {
    if (workingDays < 1) {
      throw new IllegalArgumentException("workingDays must be at least 1");
    }
    LocalDate date = end.plusDays(1);
    int counted = 0;
    while (counted < workingDays) {
      date = date.minusDays(1);
      if (isWorkingDay(date)) {
        counted++;
      }
    }
    return date;
  }
}
