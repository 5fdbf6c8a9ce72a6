package org.sezflow.forms;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.sezflow.engine.SystemAuthentication;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Whose record a task's form shows: the business key of the task's instance, if it is of the process asked. */
@Component
class TaskReferences {

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final SystemAuthentication system;

  TaskReferences(@Lazy ProcessEngine engine, SystemAuthentication system) {
    this.tasks = engine.getTaskService();
    this.runtime = engine.getRuntimeService();
    this.system = system;
  }

  /** The reference of the task's instance if the task belongs to a process of {@code processKey}, else null. */
  String of(String taskId, String processKey) {
    return system.read(() -> {
      Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
      if (task == null || task.getProcessDefinitionId() == null
          || !task.getProcessDefinitionId().startsWith(processKey + ":")) {
        return null;
      }
      ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
          .singleResult();
      return instance == null ? null : instance.getBusinessKey();
    });
  }
}
