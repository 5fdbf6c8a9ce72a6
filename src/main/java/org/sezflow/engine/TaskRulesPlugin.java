package org.sezflow.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts {@link TaskRules} in front of the engine's runtime, task and form services, so a start's and a
 * task's rules hold for Tasklist, {@code /engine-rest} and Java callers alike, and lets forms that show a record
 * load it as it is ({@link CurrentFormValues}). Both are looked up when first used, since they need
 * the engine that this plugin helps to build.
 */
@Component
class TaskRulesPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<TaskRules> rules;
  private final ObjectProvider<CurrentFormValues> recordForms;
  private final ObjectProvider<CompletionRaces> races;

  TaskRulesPlugin(ObjectProvider<TaskRules> rules, ObjectProvider<CurrentFormValues> recordForms,
      ObjectProvider<CompletionRaces> races) {
    this.rules = rules;
    this.recordForms = recordForms;
    this.races = races;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setRuntimeService(new GuardedRuntimeService(rules::getObject));
    configuration.setTaskService(new GuardedTaskService(configuration, rules::getObject, races::getObject));
    configuration.setFormService(new GuardedFormService(rules::getObject,
        () -> recordForms.orderedStream().toList(), races::getObject));
  }
}
