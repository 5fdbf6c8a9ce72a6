package org.sezflow.enterprise;

import java.time.LocalDate;

/** A calendar quarter, named as {@code 2027-Q1}. */
record Quarter(int year, int number) {

  static Quarter of(LocalDate day) {
    return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
  }

  LocalDate first() {
    return LocalDate.of(year, (number - 1) * 3 + 1, 1);
  }

  LocalDate last() {
    return first().plusMonths(3).minusDays(1);
  }

  Quarter next() {
    return of(last().plusDays(1));
  }

  String label() {
    return year + "-Q" + number;
  }
}
