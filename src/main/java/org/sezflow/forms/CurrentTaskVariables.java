package org.sezflow.forms;

import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.TaskService;
import org.sezflow.engine.SystemAuthentication;
import org.sezflow.system.ConcurrentChangeException;

/**
 * A task's variables as its rules read them: once, and only when a rule needs them. Another request
 * ending the task's process during the read makes the engine fail or return part of them (H2 reads
 * each statement's latest commit); that is a 409, not a 500 or a rule misled by a missing value.
 */
final class CurrentTaskVariables implements Supplier<Map<String, Object>> {

  private final TaskService tasks;
  private final SystemAuthentication system;
  private final String taskId;
  private Map<String, Object> variables;

  CurrentTaskVariables(TaskService tasks, SystemAuthentication system, String taskId) {
    this.tasks = tasks;
    this.system = system;
    this.taskId = taskId;
  }

  @Override
  public Map<String, Object> get() {
    if (variables == null) {
      variables = system.read(this::read);
    }
    return variables;
  }

  private Map<String, Object> read() {
    Map<String, Object> read;
    try {
      read = tasks.getVariables(taskId);
    } catch (RuntimeException e) {
      throw gone() ? ended() : e;
    }
    if (gone()) {
      throw ended();
    }
    return read;
  }

  private boolean gone() {
    return tasks.createTaskQuery().taskId(taskId).count() == 0;
  }

  private ConcurrentChangeException ended() {
    return new ConcurrentChangeException("taskId", "task " + taskId);
  }
}
