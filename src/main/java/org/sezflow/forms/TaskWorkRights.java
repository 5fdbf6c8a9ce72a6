package org.sezflow.forms;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.task.Task;
import org.sezflow.engine.EngineCallers;
import org.sezflow.engine.EngineCallers.Caller;
import org.sezflow.engine.SystemAuthentication;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * What the engine's own check on completing a task allows (TASK_WORK or UPDATE, on the task or its
 * process): a caller without it learns nothing of the task's rules, and the engine refuses them.
 */
@Component
class TaskWorkRights {

  private final ProcessEngine engine;
  private final SystemAuthentication system;

  TaskWorkRights(@Lazy ProcessEngine engine, SystemAuthentication system) {
    this.engine = engine;
    this.system = system;
  }

  boolean mayWorkOn(Task task) {
    Caller caller = EngineCallers.current(engine.getIdentityService());
    if (caller == null || !EngineCallers.authorizationChecked(engine) || EngineCallers.isAdmin(engine)) {
      return true;
    }
    AuthorizationService authorizations = engine.getAuthorizationService();
    String processKey = task.getProcessDefinitionId().substring(0, task.getProcessDefinitionId().indexOf(':'));
    return system.read(() -> allowed(authorizations, caller, TaskPermissions.TASK_WORK, Resources.TASK, task.getId())
        || allowed(authorizations, caller, TaskPermissions.UPDATE, Resources.TASK, task.getId())
        || allowed(authorizations, caller, ProcessDefinitionPermissions.TASK_WORK, Resources.PROCESS_DEFINITION,
            processKey)
        || allowed(authorizations, caller, ProcessDefinitionPermissions.UPDATE_TASK, Resources.PROCESS_DEFINITION,
            processKey));
  }

  private static boolean allowed(AuthorizationService authorizations, Caller caller, Permission permission,
      Resource resource, String id) {
    return authorizations.isUserAuthorized(caller.userId(), caller.groupIds(), permission, resource, id);
  }
}
