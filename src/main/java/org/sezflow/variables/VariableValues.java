package org.sezflow.variables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.sezflow.proposal.InvalidProposalException;
import org.sezflow.system.PakistanTime;
import org.sezflow.system.Texts;

/**
 * Reads process variables as the domain types, whichever way they arrived: Tasklist sends form
 * numbers as Long or Double and dates as "2026-05-01", REST clients may send strings. A value
 * that cannot be read is reported against its variable name.
 */
public final class VariableValues {

  private VariableValues() {}

  public static String string(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    String text = value.toString();
    return text.isBlank() ? null : text;
  }

  /**
   * A text an external system sent (a clarification's answer, a withdrawal's reason): text and
   * nothing else, at most {@code max} characters, fit to store. Blank is null.
   */
  public static String text(VariableScope scope, String name, int max) {
    TypedValue value = scope.getVariableTyped(name, false);
    if (value == null || value.getValue() == null) {
      return null;
    }
    if (!(value.getValue() instanceof String text) || !value.getType().isPrimitiveValueType()) {
      throw InvalidProposalException.of(name, "must be text");
    }
    String problem = text.length() > max ? "must have at most " + max + " characters" : Texts.problem(text, true);
    if (problem != null) {
      throw InvalidProposalException.of(name, problem);
    }
    return text.isBlank() ? null : text;
  }

  public static BigDecimal decimal(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null || value instanceof String text && text.isBlank()) {
      return null;
    }
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    try {
      return new BigDecimal(value.toString().strip());
    } catch (NumberFormatException e) {
      throw InvalidProposalException.of(name, "must be a number");
    }
  }

  public static Integer integer(VariableScope scope, String name) {
    BigDecimal value = decimal(scope, name);
    if (value == null) {
      return null;
    }
    try {
      return value.intValueExact();
    } catch (ArithmeticException e) {
      throw InvalidProposalException.of(name, "must be a whole number");
    }
  }

  static boolean bool(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
  }

  public static LocalDate date(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null || value instanceof String text && text.isBlank()) {
      return null;
    }
    if (value instanceof Date date) {
      return PakistanTime.dateOf(date.toInstant());
    }
    String text = value.toString().strip();
    try {
      // Tasklist's date picker sends "2026-05-01"; a client may send a full timestamp.
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw InvalidProposalException.of(name, "must be a date like 2026-05-01");
    }
  }

  /** One of an enum's names (a decision's outcome); blank is null, anything else is refused naming the choices. */
  public static <E extends Enum<E>> E choice(VariableScope scope, String name, Class<E> type) {
    String text = string(scope, name);
    if (text == null) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text.strip())) {
        return constant;
      }
    }
    throw InvalidProposalException.of(name, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
  }
}
