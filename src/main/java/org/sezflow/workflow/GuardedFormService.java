package org.sezflow.workflow;

import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * Camunda's form service with the task's rules in front of a submitted task form (Tasklist and
 * {@code /engine-rest/task/{id}/submit-form}): see {@link TaskInputRules}. Start forms are checked
 * by the start's first step, like every other start.
 */
class GuardedFormService extends FormServiceImpl {

  private final Supplier<TaskInputRules> rules;

  GuardedFormService(Supplier<TaskInputRules> rules) {
    this.rules = rules;
  }

  @Override
  public void submitTaskForm(String taskId, Map<String, Object> properties) {
    rules.get().checkCompletion(taskId, properties);
    super.submitTaskForm(taskId, properties);
  }

  @Override
  public VariableMap submitTaskFormWithVariablesInReturn(String taskId, Map<String, Object> properties,
      boolean deserializeValues) {
    rules.get().checkCompletion(taskId, properties);
    return super.submitTaskFormWithVariablesInReturn(taskId, properties, deserializeValues);
  }
}
