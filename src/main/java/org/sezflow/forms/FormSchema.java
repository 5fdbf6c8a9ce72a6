package org.sezflow.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A deployed Camunda Form (form-js schema) read as the rules its fields put on the values an
 * official submits: which keys the form lets the official set, and for each its type, whether it
 * is required, lengths, bounds, decimal digits, pattern, offered options (fixed, or a variable's list
 * that the domain's rules check) and date limits. The form
 * an official sees is the rule the server applies, whichever door the values come through.
 */
final class FormSchema {

  /** The component types that hold a value an official enters. */
  static final Set<String> INPUT_TYPES = Set.of("textfield", "textarea", "number", "checkbox", "radio", "select",
      "datetime", "checklist");

  record Field(
      String key,
      String type,
      String label,
      boolean editable,
      boolean required,
      Integer minLength,
      Integer maxLength,
      BigDecimal min,
      BigDecimal max,
      Integer decimalDigits,
      Pattern pattern,
      List<String> options,
      boolean disallowPassedDates,
      /** FEEL expression (without the leading "=") that hides the field, or null. */
      String hideWhen,
      /** The variable whose list the options come from (form-js's valuesKey), or null: fixed options. */
      String valuesKey,
      /** The component's id, as the browser finds the field (its input's id ends with it). */
      String id,
      /**
       * The field's custom properties (Camunda Modeler: "Custom properties"): {@code notAfter: today}
       * (a date not in the future), {@code acresInZone: <zone field id>} (the browser shows that zone's land).
       */
      Map<String, String> properties) {

    /** Whether the field's date may not lie after today (custom property notAfter: today). */
    boolean notAfterToday() {
      return "today".equals(properties.get("notAfter"));
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String id;
  private final Map<String, Field> fields;

  private FormSchema(String id, Map<String, Field> fields) {
    this.id = id;
    this.fields = Collections.unmodifiableMap(fields);
  }

  String id() {
    return id;
  }

  /** Every field with a key, editable or not, in the form's order. */
  Map<String, Field> fields() {
    return fields;
  }

  List<Field> editableFields() {
    return fields.values().stream().filter(Field::editable).toList();
  }

  static FormSchema parse(InputStream json) {
    try {
      return parse(JSON.readTree(json));
    } catch (IOException e) {
      throw new UncheckedIOException("A Camunda Form is not valid JSON", e);
    }
  }

  static FormSchema parse(JsonNode form) {
    String id = form.path("id").asText(null);
    if (id == null) {
      throw new IllegalArgumentException("A Camunda Form without an id");
    }
    Map<String, Field> fields = new LinkedHashMap<>();
    collect(id, form.path("components"), fields);
    return new FormSchema(id, fields);
  }

  private static void collect(String formId, JsonNode components, Map<String, Field> fields) {
    for (JsonNode component : components) {
      if (component.has("components")) {
        collect(formId, component.get("components"), fields);
      }
      if (!component.hasNonNull("key")) {
        continue;
      }
      String type = component.path("type").asText();
      boolean editable = !component.path("disabled").asBoolean(false) && !component.path("readonly").asBoolean(false);
      if (editable && !INPUT_TYPES.contains(type)) {
        // A new kind of input needs its rules here first, or the server would not check it.
        throw new IllegalStateException("Form " + formId + ": field " + component.get("key").asText()
            + " has type " + type + ", which the server does not check yet");
      }
      if (type.equals("datetime") && !component.path("subtype").asText("date").equals("date")) {
        throw new IllegalStateException("Form " + formId + ": only date fields are supported, not "
            + component.path("subtype").asText());
      }
      JsonNode validate = component.path("validate");
      List<String> options = new ArrayList<>();
      component.path("values").forEach(value -> options.add(value.path("value").asText()));
      String hide = component.path("conditional").path("hide").asText(null);
      Field field = new Field(
          component.get("key").asText(),
          type,
          component.path("label").asText(component.path("dateLabel").asText(component.get("key").asText())),
          editable,
          validate.path("required").asBoolean(false),
          integer(validate, "minLength"),
          integer(validate, "maxLength"),
          decimal(validate, "min"),
          decimal(validate, "max"),
          integer(component, "decimalDigits"),
          validate.hasNonNull("pattern") ? Pattern.compile(validate.get("pattern").asText()) : null,
          List.copyOf(options),
          component.path("disallowPassedDates").asBoolean(false),
          hide == null ? null : hide.startsWith("=") ? hide.substring(1) : hide,
          component.path("valuesKey").asText(null),
          component.path("id").asText(null),
          properties(component.path("properties")));
      if (fields.putIfAbsent(field.key(), field) != null) {
        throw new IllegalStateException("Form " + formId + " has the key " + field.key() + " twice");
      }
    }
  }

  private static Map<String, String> properties(JsonNode properties) {
    Map<String, String> found = new LinkedHashMap<>();
    properties.fields().forEachRemaining(property -> found.put(property.getKey(), property.getValue().asText()));
    return Collections.unmodifiableMap(found);
  }

  private static Integer integer(JsonNode node, String name) {
    return node.hasNonNull(name) ? node.get(name).asInt() : null;
  }

  private static BigDecimal decimal(JsonNode node, String name) {
    return node.hasNonNull(name) ? node.get(name).decimalValue() : null;
  }
}
