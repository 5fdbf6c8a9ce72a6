package org.sezflow.engine;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * Camunda's form service with the task's rules in front of a submitted task form (Tasklist and
 * {@code /engine-rest/task/{id}/submit-form}): see {@link TaskRules}, which also turns the
 * checklists' lists as Tasklist submits them into the one reference per line the tasks keep. A
 * task form that shows a record loads it as it is now ({@link CurrentFormValues}). Start forms are
 * checked by the start's first step, like every other start; their values enter the process as
 * {@link TaskRules#startValues} says.
 */
class GuardedFormService extends FormServiceImpl {

  private final Supplier<TaskRules> rules;
  private final Supplier<List<CurrentFormValues>> recordForms;
  private final Supplier<CompletionRaces> races;

  GuardedFormService(Supplier<TaskRules> rules, Supplier<List<CurrentFormValues>> recordForms,
      Supplier<CompletionRaces> races) {
    this.rules = rules;
    this.recordForms = recordForms;
    this.races = races;
  }

  @Override
  public void submitTaskForm(String taskId, Map<String, Object> properties) {
    Map<String, Object> values = rules.get().checkedCompletion(taskId, properties);
    races.get().completing(taskId, () -> {
      super.submitTaskForm(taskId, values);
      return null;
    });
  }

  @Override
  public VariableMap submitTaskFormWithVariablesInReturn(String taskId, Map<String, Object> properties,
      boolean deserializeValues) {
    Map<String, Object> values = rules.get().checkedCompletion(taskId, properties);
    return races.get().completing(taskId, () -> super.submitTaskFormWithVariablesInReturn(taskId, values,
        deserializeValues));
  }

  @Override
  public ProcessInstance submitStartForm(String processDefinitionId, Map<String, Object> properties) {
    return super.submitStartForm(processDefinitionId, rules.get().startValues(processDefinitionId, properties));
  }

  @Override
  public ProcessInstance submitStartForm(String processDefinitionId, String businessKey,
      Map<String, Object> properties) {
    return super.submitStartForm(processDefinitionId, businessKey,
        rules.get().startValues(processDefinitionId, properties));
  }

  @Override
  public VariableMap getTaskFormVariables(String taskId, Collection<String> formVariables,
      boolean deserializeObjectValues) {
    VariableMap variables = super.getTaskFormVariables(taskId, formVariables, deserializeObjectValues);
    for (CurrentFormValues form : recordForms.get()) {
      variables = form.withCurrentValues(taskId, variables, formVariables);
    }
    return variables;
  }
}
