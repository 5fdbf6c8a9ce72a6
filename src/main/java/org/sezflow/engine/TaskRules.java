package org.sezflow.engine;

import java.util.Map;

/**
 * SEZ Flow's rules on a task's values and on who may work on it, which the guarded task and form
 * services ask before the engine completes a task (implemented by the forms package).
 */
public interface TaskRules {

  /** The values a completion submits, as the task's form declares them (Tasklist's typed values read). */
  Map<String, Object> formValues(String taskId, Map<String, Object> submitted);

  /** The values a start form submits, as the process keeps them. */
  Map<String, Object> startValues(String processDefinitionId, Map<String, Object> submitted);

  /** Throws {@link TaskInputException} when the values break the task's rules. */
  void checkCompletion(String taskId, Map<String, ?> submitted);

  /** Whether the calling user may work on the task (claim, complete, release). */
  boolean mayWorkOn(String taskId);
}
