package org.sezflow.variables;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * How values enter a proposal's or a committee session's process through any door (the API's start
 * and events, Tasklist's start form and task forms, {@code /engine-rest}'s completions, a session's
 * decision): the names the process keeps ({@link ProcessVariables#KEPT}, {@link SessionVariables#KEPT})
 * as they are, the others transient.
 */
public final class EnteringValues {

  private EnteringValues() {}

  private static final Map<String, Set<String>> KEPT_BY_PROCESS =
      Map.of(ProcessVariables.PROCESS_KEY, ProcessVariables.KEPT, SessionVariables.PROCESS_KEY, SessionVariables.KEPT);

  /** The names a process definition's instances keep, if it keeps only some ({@code jv-proposal:…}, {@code committee-session:…}). */
  public static Optional<Set<String>> keptBy(String processDefinitionId) {
    return processDefinitionId == null || processDefinitionId.indexOf(':') < 0 ? Optional.empty()
        : Optional.ofNullable(KEPT_BY_PROCESS.get(processDefinitionId.substring(0, processDefinitionId.indexOf(':'))));
  }

  /** The values as they start an instance of the process with this key. */
  public static Map<String, Object> starting(String processKey, Map<String, Object> values) {
    Set<String> kept = KEPT_BY_PROCESS.get(processKey);
    return kept == null ? values : of(kept, values, Set.of());
  }

  /** The values as they enter an instance of this definition, which stores {@code stored} already. */
  public static Map<String, Object> of(String processDefinitionId, Map<String, Object> values, Set<String> stored) {
    Optional<Set<String>> kept = keptBy(processDefinitionId);
    return kept.isPresent() ? of(kept.get(), values, stored) : values;
  }

  /**
   * The values as they enter a proposal's process at its start: the names in {@link ProcessVariables#KEPT} as they
   * are, the others transient, so that the engine keeps them for the step that receives them and
   * stores nothing, neither at run time nor in history.
   */
  public static Map<String, Object> of(Map<String, ?> values) {
    return of(ProcessVariables.KEPT, values, Set.of());
  }

  /**
   * The same for a running instance, which already stores {@code stored}: an instance started before
   * this rule (or by a door that sets variables as given) keeps those as they are, updated, since the
   * engine does not let a transient value replace a stored one.
   */
  public static Map<String, Object> of(Map<String, ?> values, Set<String> stored) {
    return of(ProcessVariables.KEPT, values, stored);
  }

  private static Map<String, Object> of(Set<String> kept, Map<String, ?> values, Set<String> stored) {
    Map<String, Object> entering = new LinkedHashMap<>();
    if (values == null) {
      return entering;
    }
    for (String name : values.keySet()) {
      Object value = values instanceof VariableMap typed ? typed.getValueTyped(name)
          : values.get(name);
      entering.put(name, kept.contains(name) || stored.contains(name) ? value : transientValue(value));
    }
    return entering;
  }

  /**
   * Which of {@code names} that the process would take transient (not in {@code kept}) the instance
   * stores now, in any of its scopes; no query when every name is kept (a decision alone, say).
   */
  public static Set<String> stored(RuntimeService runtime, String processInstanceId, Set<String> kept,
      Set<String> names) {
    String[] asked = names.stream().filter(name -> !kept.contains(name)).toArray(String[]::new);
    if (asked.length == 0) {
      return Set.of();
    }
    Set<String> stored = new HashSet<>();
    runtime.createVariableInstanceQuery().processInstanceIdIn(processInstanceId).variableNameIn(asked).list()
        .forEach(variable -> stored.add(variable.getName()));
    return stored;
  }

  /** A plain or primitive value as a transient one; anything else stays as it came, for the checks to refuse. */
  private static Object transientValue(Object value) {
    if (value instanceof TypedValue typed) {
      if (typed.getType() != null && !typed.getType().isPrimitiveValueType()) {
        return value;
      }
      value = typed.getValue();
    }
    return value == null ? Variables.untypedNullValue(true) : Variables.untypedValue(value, true);
  }
}
