package org.sezflow.engine;

import java.util.Collection;

import org.camunda.bpm.engine.variable.VariableMap;

/**
 * A task form that shows a record loads it as it is each time Tasklist opens the form: the form
 * service asks each of these for the task's values ({@link PrepareAgendaForm}, {@link EnterpriseForm}).
 */
public interface CurrentFormValues {

  /**
   * The task's form variables with the values read from the record, if the task's form is one this
   * loads (the others left as they are); {@code names} null is every variable, else only those named.
   */
  VariableMap withCurrentValues(String taskId, VariableMap variables, Collection<String> names);
}
