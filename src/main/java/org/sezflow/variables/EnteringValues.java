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
 * How values enter a proposal's, a committee session's or a zone enterprise's process through any door
 * (a start through the API, Tasklist's start form or {@code /engine-rest}, an event, a task's
 * completion, a session's decision): the names the process keeps ({@link ProcessVariables#KEPT},
 * {@link SessionVariables#KEPT}, {@link EnterpriseVariables#KEPT}) as they are, the others transient.
 */
public final class EnteringValues {

  private EnteringValues() {}

  private static final Map<String, Set<String>> KEPT_BY_PROCESS =
      Map.of(ProcessVariables.PROCESS_KEY, ProcessVariables.KEPT, SessionVariables.PROCESS_KEY, SessionVariables.KEPT,
          EnterpriseVariables.PROCESS_KEY, EnterpriseVariables.KEPT);

  /**
   * The names a process's instances keep, if it keeps only some, by its key or by one of its
   * definitions' ids ({@code jv-proposal:3:…}: the engine's ids start with the key).
   */
  public static Optional<Set<String>> keptBy(String processKeyOrDefinitionId) {
    if (processKeyOrDefinitionId == null) {
      return Optional.empty();
    }
    int colon = processKeyOrDefinitionId.indexOf(':');
    return Optional.ofNullable(
        KEPT_BY_PROCESS.get(colon < 0 ? processKeyOrDefinitionId : processKeyOrDefinitionId.substring(0, colon)));
  }

  /** The values as they enter an instance of this process (key or definition id), which stores {@code stored} already. */
  public static Map<String, Object> of(String processKeyOrDefinitionId, Map<String, Object> values,
      Set<String> stored) {
    Optional<Set<String>> kept = keptBy(processKeyOrDefinitionId);
    return kept.isPresent() ? of(kept.get(), values, stored) : values;
  }

  /*
   * Names outside the kept ones enter transient, so that the engine keeps them for the step that
   * receives them and stores nothing, neither at run time nor in history. An instance that already
   * stores a name (started before this rule, or given it by an administrator) keeps it stored, updated,
   * since the engine does not let a transient value replace a stored one.
   */
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
