package org.sezflow.forms;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.sezflow.system.Texts;

/**
 * A form's checklists (form-js {@code checklist}), which no task keeps as a list: Tasklist submits
 * the ticked options as a JSON list in an object value (the type of the variable the form loaded),
 * which the engine could only store as a serialized object. The task keeps one entry per line, and
 * {@link FormInput} checks the entries as such.
 */
final class ChecklistValues {

  private ChecklistValues() {}

  /**
   * A checklist's entries, one per line as the task keeps them ({@link #asKept}): each a
   * well-formed reference, from the fixed options if the form has them (options from a variable are
   * the domain's to check: what may be taken off or added changes while the form is open).
   */
  static String problem(FormSchema.Field field, Object value, boolean required) {
    if (!(value instanceof String text)) {
      return "must be a list of references";
    }
    List<String> entries = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    if (entries.isEmpty()) {
      return required ? "is required" : null;
    }
    for (String entry : entries) {
      String invalid = Texts.problem(entry, false);
      if (invalid != null) {
        return "holds an entry that " + invalid;
      }
      if (entry.length() > MAX_CHECKLIST_ENTRY) {
        return "holds an entry of more than " + MAX_CHECKLIST_ENTRY + " characters";
      }
    }
    if (field.valuesKey() == null && !field.options().containsAll(entries)) {
      return "must be chosen from " + field.options();
    }
    return null;
  }

  /** The longest entry a checklist may hold: a proposal's reference, and then some. */
  static final int MAX_CHECKLIST_ENTRY = 60;

  /** Whether a submitted value may be a list that a checklist keeps as lines (see {@link #asKept}). */
  static boolean mayBeAList(Object value) {
    return value instanceof List || value instanceof ObjectValue;
  }

  /**
   * The submitted values as the task keeps them: each checklist's list (Tasklist submits a JSON
   * list as an object value; a Java caller may pass a list) as one entry per line, so that no
   * variable holds a serialized object. A value that is no list of texts is left as it came, for
   * {@link FormInput#check} to refuse.
   */
  static Map<String, Object> asKept(FormSchema form, Map<String, Object> submitted) {
    VariableMap kept = Variables.createVariables();
    for (String name : submitted.keySet()) {
      Object value = submitted instanceof VariableMap variables ? variables.getValueTyped(name) : submitted.get(name);
      FormSchema.Field field = form.fields().get(name);
      List<String> list = field != null && field.type().equals("checklist") ? texts(value) : null;
      if (list != null) {
        kept.putValue(name, list.isEmpty() ? null : String.join("\n", list));
      } else if (value instanceof TypedValue typed) {
        kept.putValueTyped(name, typed);
      } else {
        kept.putValue(name, value);
      }
    }
    return kept;
  }

  /** The value as a list of texts, or null if it is none. */
  private static List<String> texts(Object value) {
    Object list = value;
    if (value instanceof ObjectValue object) {
      if (object.isDeserialized()) {
        list = object.getValue();
      } else if (Variables.SerializationDataFormats.JSON.getName().equals(object.getSerializationDataFormat())) {
        try {
          list = LIST_READER.readValue(object.getValueSerialized(), List.class);
        } catch (IOException | RuntimeException notAList) {
          return null;
        }
      }
    }
    if (!(list instanceof List<?> entries)) {
      return null;
    }
    List<String> texts = new ArrayList<>();
    for (Object entry : entries) {
      if (!(entry instanceof String text)) {
        return null;
      }
      texts.add(text);
    }
    return texts;
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper LIST_READER =
      new com.fasterxml.jackson.databind.ObjectMapper();
}
