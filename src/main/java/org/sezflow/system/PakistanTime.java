package org.sezflow.system;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Pakistan Standard Time, the zone of every business date in SEZ Flow: task due dates and the
 * close of office, dates an official enters, the year of a proposal's reference, the months and
 * days of the managers' figures. Records are stored in UTC (see {@link UtcTimestamps}).
 */
public final class PakistanTime {

  public static final ZoneId ZONE = ZoneId.of("Asia/Karachi");

  private PakistanTime() {}

  public static LocalDate today(Clock clock) {
    return LocalDate.now(clock.withZone(ZONE));
  }

  public static LocalDate dateOf(Instant instant) {
    return LocalDate.ofInstant(instant, ZONE);
  }

  /** Hours ahead of UTC at {@code instant} (5: Pakistan keeps no daylight saving time today). */
  public static int offsetHours(Instant instant) {
    return ZONE.getRules().getOffset(instant).getTotalSeconds() / 3600;
  }
}
