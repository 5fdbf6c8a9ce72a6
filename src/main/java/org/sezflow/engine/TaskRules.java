package org.sezflow.engine;

import java.util.Map;

/**
 * SEZ Flow's rules on a task's values and on who may work on it, which the guarded task and form
 * services ask before the engine completes a task (implemented by the forms package).
 */
public interface TaskRules {

  /**
   * The values a completion submits, as the task keeps them, once they meet the task's rules: throws
   * {@link TaskInputException} when they break them, and Camunda's NotFoundException for a task that
   * is not open.
   */
  Map<String, Object> checkedCompletion(String taskId, Map<String, Object> submitted);

  /** The values a start form submits, as the process keeps them. */
  Map<String, Object> startValues(String processDefinitionId, Map<String, Object> submitted);

  /** Whether the calling user may work on the task (claim, complete, release). */
  boolean mayWorkOn(String taskId);
}
