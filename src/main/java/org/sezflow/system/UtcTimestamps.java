package org.sezflow.system;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Application tables store UTC wall-clock time without zone (DATETIME / TIMESTAMP). Converting
 * through LocalDateTime at UTC keeps values identical on H2 and MySQL whatever the JVM's zone.
 */
public final class UtcTimestamps {

  private UtcTimestamps() {}

  public static LocalDateTime toColumn(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  public static Instant fromColumn(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
  }
}
