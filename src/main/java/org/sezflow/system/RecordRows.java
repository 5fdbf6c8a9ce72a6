package org.sezflow.system;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Rows to records by column name: each component from the column of its snake_case name
 * ({@code sessionNumber} from {@code session_number}), text to enums, and the application's
 * timestamps read as UTC ({@link UtcTimestamps}) whatever the JVM's zone. The columns are found
 * in the row's metadata: Spring's {@code DataClassRowMapper} asks the driver for the camelCase
 * name first and catches its refusal, and H2 writes every such refusal, stack trace and all, to
 * its trace file, which made a lifecycle several times slower.
 */
public final class RecordRows {

  private RecordRows() {}

  public static <T extends Record> RowMapper<T> of(Class<T> type) {
    return new RecordRowMapper<>(type);
  }

  private static final class RecordRowMapper<T> implements RowMapper<T> {

    private static final ConversionService CONVERSIONS = DefaultConversionService.getSharedInstance();

    private final Class<T> type;
    private final Constructor<T> constructor;
    private final Class<?>[] types;
    private final String[] columns;

    RecordRowMapper(Class<T> type) {
      this.type = type;
      RecordComponent[] components = type.getRecordComponents();
      this.types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
      this.columns = Arrays.stream(components)
          .map(c -> JdbcUtils.convertPropertyNameToUnderscoreName(c.getName()).toLowerCase(Locale.ROOT))
          .toArray(String[]::new);
      try {
        this.constructor = type.getDeclaredConstructor(types);
        // Records the repositories keep to themselves are not public.
        ReflectionUtils.makeAccessible(constructor);
      } catch (NoSuchMethodException e) {
        throw new IllegalArgumentException(type + " has no canonical constructor", e);
      }
    }

    @Override
    public T mapRow(ResultSet rs, int rowNum) throws SQLException {
      Map<String, Integer> indexOf = columnIndexes(rs.getMetaData());
      Object[] args = new Object[columns.length];
      for (int i = 0; i < columns.length; i++) {
        Integer index = indexOf.get(columns[i]);
        if (index == null) {
          throw new IllegalStateException("No column " + columns[i] + " for " + type.getSimpleName());
        }
        args[i] = value(rs, index, types[i]);
      }
      try {
        return constructor.newInstance(args);
      } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("Cannot make a " + type.getSimpleName() + " of a row", e);
      }
    }

    private static Object value(ResultSet rs, int index, Class<?> type) throws SQLException {
      if (type == Instant.class) {
        return UtcTimestamps.fromColumn(rs.getTimestamp(index));
      }
      Object value = JdbcUtils.getResultSetValue(rs, index, type);
      if (value == null) {
        if (type.isPrimitive()) {
          throw new IllegalStateException("Column " + index + " is null where a " + type + " is wanted");
        }
        return null;
      }
      return CONVERSIONS.convert(value, type);
    }

    private static Map<String, Integer> columnIndexes(ResultSetMetaData metadata) throws SQLException {
      Map<String, Integer> indexes = new HashMap<>();
      for (int i = 1; i <= metadata.getColumnCount(); i++) {
        indexes.putIfAbsent(JdbcUtils.lookupColumnName(metadata, i).toLowerCase(Locale.ROOT), i);
      }
      return indexes;
    }
  }
}
