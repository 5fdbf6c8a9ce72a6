package org.sezflow.system;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;

/**
 * Rows to records by column name (snake_case to the record's camelCase components, text to enums),
 * as Spring's {@link DataClassRowMapper} does, with the application's timestamps read as UTC
 * ({@link UtcTimestamps}) whatever the JVM's zone.
 */
public final class RecordRows {

  private RecordRows() {}

  public static <T> RowMapper<T> of(Class<T> type) {
    return new UtcDataClassRowMapper<>(type);
  }

  private static final class UtcDataClassRowMapper<T> extends DataClassRowMapper<T> {

    UtcDataClassRowMapper(Class<T> type) {
      super(type);
    }

    @Override
    protected Object getColumnValue(ResultSet rs, int index, Class<?> paramType) throws SQLException {
      return paramType == Instant.class ? UtcTimestamps.fromColumn(rs.getTimestamp(index))
          : super.getColumnValue(rs, index, paramType);
    }
  }
}
