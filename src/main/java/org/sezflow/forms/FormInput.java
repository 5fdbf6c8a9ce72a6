package org.sezflow.forms;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.sezflow.system.ProblemException.FieldProblem;
import org.sezflow.system.Texts;

/**
 * Checks the values submitted for a form against its {@link FormSchema}, the way form-js checks
 * them in the browser, plus what the browser guarantees by construction (types, offered options,
 * dates written as 2026-05-01, well-formed text). Every problem names the field.
 */
final class FormInput {

  /** Dates as form-js date fields write them. */
  private static final Pattern ISO_DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");

  /** A value the form cannot hold: a serialized object, a file, JSON or XML. */
  private static final Object NOT_A_FORM_VALUE = new Object();

  private FormInput() {}

  /**
   * @param submitted the variables sent with the completion (plain values or Camunda typed values)
   * @param current the variables the task sees now, for the form's show/hide conditions
   * @param hidden evaluates a field's hide condition against the form's data
   */
  static List<FieldProblem> check(FormSchema form, Map<String, ?> submitted, Map<String, Object> current,
      LocalDate today, Predicate<HideCondition> hidden) {
    Map<String, Object> values = plainValues(submitted);
    List<FieldProblem> problems = new ArrayList<>();
    for (String key : values.keySet()) {
      FormSchema.Field field = form.fields().get(key);
      if (field == null) {
        problems.add(new FieldProblem(key, "is not a field of form " + form.id()));
      } else if (!field.editable()) {
        problems.add(new FieldProblem(key, "is shown read-only in form " + form.id() + " and cannot be set"));
      }
    }
    Map<String, Object> formData = new HashMap<>(current);
    formData.putAll(values);
    for (FormSchema.Field field : form.editableFields()) {
      Object value = values.get(field.key());
      boolean isHidden = field.hideWhen() != null && hidden.test(new HideCondition(field.hideWhen(), formData));
      String problem = problem(field, value, today, !isHidden && field.required());
      if (problem != null) {
        problems.add(new FieldProblem(field.key(), problem));
      }
    }
    return problems;
  }

  record HideCondition(String expression, Map<String, Object> data) {}

  /** The submitted values as plain Java values; serialized objects become a marker the checks refuse. */
  static Map<String, Object> plainValues(Map<String, ?> submitted) {
    Map<String, Object> plain = new LinkedHashMap<>();
    if (submitted == null) {
      return plain;
    }
    for (String name : submitted.keySet()) {
      Object value = submitted instanceof VariableMap variables ? variables.getValueTyped(name) : submitted.get(name);
      if (value instanceof TypedValue typed) {
        value = typed.getType() == null || typed.getType().isPrimitiveValueType() ? typed.getValue() : NOT_A_FORM_VALUE;
      }
      plain.put(name, value);
    }
    return plain;
  }

  /** What is wrong with one value, or null. A blank text counts as missing, as in form-js. */
  private static String problem(FormSchema.Field field, Object value, LocalDate today, boolean required) {
    if (value == NOT_A_FORM_VALUE) {
      return "must be a plain " + expected(field) + ", not a serialized object";
    }
    if (value == null || value instanceof String text && text.isEmpty()) {
      return required ? "is required" : null;
    }
    return switch (field.type()) {
      case "textfield", "textarea" -> textProblem(field, value, required);
      case "number" -> numberProblem(field, value);
      case "checkbox" -> value instanceof Boolean checked ? (required && !checked ? "must be checked" : null)
          : "must be true or false";
      case "radio", "select" -> value instanceof String option && field.options().contains(option) ? null
          : "must be one of " + field.options();
      case "datetime" -> dateProblem(field, value, today);
      case "checklist" -> ChecklistValues.problem(field, value, required);
      default -> throw new IllegalStateException("No rules for field type " + field.type());
    };
  }

  private static String textProblem(FormSchema.Field field, Object value, boolean required) {
    if (!(value instanceof String text)) {
      return "must be text";
    }
    String invalid = Texts.problem(text, field.type().equals("textarea"));
    if (invalid != null) {
      return invalid;
    }
    if (text.isBlank() && required) {
      return "is required";
    }
    if (field.minLength() != null && text.length() < field.minLength()) {
      return "must have at least " + field.minLength() + " characters";
    }
    if (field.maxLength() != null && text.length() > field.maxLength()) {
      return "must have at most " + field.maxLength() + " characters";
    }
    if (field.pattern() != null && !field.pattern().matcher(text).find()) {
      return "does not have the expected format";
    }
    return null;
  }

  private static String numberProblem(FormSchema.Field field, Object value) {
    BigDecimal number = decimal(value);
    if (number == null) {
      return "must be a number";
    }
    if (field.decimalDigits() != null && Math.max(0, number.stripTrailingZeros().scale()) > field.decimalDigits()) {
      return field.decimalDigits() == 0 ? "must be a whole number"
          : "must have at most " + field.decimalDigits() + " decimal digits";
    }
    if (field.min() != null && number.compareTo(field.min()) < 0) {
      return "must be at least " + field.min().toPlainString();
    }
    if (field.max() != null && number.compareTo(field.max()) > 0) {
      return "must be at most " + field.max().toPlainString();
    }
    return null;
  }

  private static BigDecimal decimal(Object value) {
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof BigInteger) {
      return new BigDecimal(value.toString());
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      // The shortest decimal that reads back as this double: 2.345 stays 2.345, not 2.34499...
      return Double.isFinite(d) ? new BigDecimal(Double.toString(d)) : null;
    }
    return null;
  }

  private static String dateProblem(FormSchema.Field field, Object value, LocalDate today) {
    if (!(value instanceof String text) || !ISO_DATE.matcher(text).matches()) {
      return "must be a date written as 2026-05-01";
    }
    LocalDate date;
    try {
      date = LocalDate.parse(text);
    } catch (DateTimeParseException notADate) {
      return "must be a date written as 2026-05-01";
    }
    if (field.disallowPassedDates() && date.isBefore(today)) {
      return "must not be before today (" + today + ")";
    }
    if (field.notAfterToday() && date.isAfter(today)) {
      return "must not be in the future";
    }
    return null;
  }

  private static String expected(FormSchema.Field field) {
    return switch (field.type()) {
      case "number" -> "number";
      case "checkbox" -> "true or false";
      case "datetime" -> "date";
      case "checklist" -> "list of references";
      default -> "text";
    };
  }

  /** Form data as FEEL sees it: Camunda's variable context. */
  static org.camunda.bpm.engine.variable.context.VariableContext feelContext(Map<String, Object> data) {
    return Variables.fromMap(new HashMap<>(data)).asVariableContext();
  }
}
