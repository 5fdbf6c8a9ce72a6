package org.sezflow.engine;

import java.io.InputStream;
import java.util.Collection;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * Camunda's task service with SEZ Flow's rules in front of it, so they hold through every door
 * (Tasklist, /engine-rest, Java): a completion carries what the task's form and the domain allow
 * ({@link TaskRules}); an official claims a task for themselves only, and may release it
 * again (no one else's); comments and
 * attachments go on tasks the caller may work on (Camunda itself lets anyone comment anywhere);
 * a task of a running process is refused deletion with 400 instead of the engine's 500.
 */
class GuardedTaskService extends TaskServiceImpl {

  private final ProcessEngineConfigurationImpl configuration;
  private final Supplier<TaskRules> rules;
  private final Supplier<CompletionRaces> races;

  GuardedTaskService(ProcessEngineConfigurationImpl configuration, Supplier<TaskRules> rules,
      Supplier<CompletionRaces> races) {
    this.configuration = configuration;
    this.rules = rules;
    this.races = races;
  }

  @Override
  public void complete(String taskId, Map<String, Object> variables) {
    Map<String, Object> values = rules.get().checkedCompletion(taskId, variables);
    races.get().completing(taskId, () -> {
      super.complete(taskId, values);
      return null;
    });
  }

  @Override
  public VariableMap completeWithVariablesInReturn(String taskId, Map<String, Object> variables,
      boolean deserializeValues) {
    Map<String, Object> values = rules.get().checkedCompletion(taskId, variables);
    return races.get().completing(taskId, () -> super.completeWithVariablesInReturn(taskId, values,
        deserializeValues));
  }

  @Override
  public void claim(String taskId, String userId) {
    Authentication caller = nonAdminCaller();
    if (caller != null && userId != null && !userId.equals(caller.getUserId())) {
      throw new AuthorizationException(
          "User '" + caller.getUserId() + "' may claim a task for themselves only, not for '"
              + userId + "'");
    }
    super.claim(taskId, userId);
  }

  /**
   * Releasing a claim (Tasklist's ×, {@code /task/{id}/unclaim}) is setting no assignee, for which
   * Camunda asks TASK_ASSIGN: officials do not hold it, since it would let them hand tasks to others.
   * An official may release the task they claimed themselves, nobody else's; the check and the
   * release are one command, so the task cannot change hands in between.
   */
  @Override
  public void setAssignee(String taskId, String userId) {
    Authentication caller = nonAdminCaller();
    if (caller == null || userId != null) {
      super.setAssignee(taskId, userId);
      return;
    }
    commandExecutor.execute(context -> {
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      if (task == null) {
        throw new NotFoundException("No task with id " + taskId);
      }
      if (!caller.getUserId().equals(task.getAssignee())) {
        throw new AuthorizationException("User '" + caller.getUserId() + "' may release only the tasks they claimed "
            + "themselves; task " + taskId + " is " + (task.getAssignee() == null ? "claimed by no one"
                : "claimed by someone else"));
      }
      boolean checking = context.isAuthorizationCheckEnabled();
      context.disableAuthorizationCheck();
      try {
        return new AssignTaskCmd(taskId, null).execute(context);
      } finally {
        if (checking) {
          context.enableAuthorizationCheck();
        }
      }
    });
  }

  @Override
  public Comment createComment(String taskId, String processInstanceId, String message) {
    requireWorkOn(taskId, "comment on");
    return super.createComment(taskId, processInstanceId, message);
  }

  @Override
  public void addComment(String taskId, String processInstanceId, String message) {
    requireWorkOn(taskId, "comment on");
    super.addComment(taskId, processInstanceId, message);
  }

  @Override
  public Attachment createAttachment(String attachmentType, String taskId, String processInstanceId,
      String attachmentName, String attachmentDescription, InputStream content) {
    requireWorkOn(taskId, "attach documents to");
    return super.createAttachment(attachmentType, taskId, processInstanceId, attachmentName, attachmentDescription,
        content);
  }

  @Override
  public Attachment createAttachment(String attachmentType, String taskId, String processInstanceId,
      String attachmentName, String attachmentDescription, String url) {
    requireWorkOn(taskId, "attach documents to");
    return super.createAttachment(attachmentType, taskId, processInstanceId, attachmentName, attachmentDescription,
        url);
  }

  @Override
  public void deleteTask(String taskId) {
    refuseProcessTask(taskId);
    super.deleteTask(taskId);
  }

  @Override
  public void deleteTask(String taskId, boolean cascade) {
    refuseProcessTask(taskId);
    super.deleteTask(taskId, cascade);
  }

  @Override
  public void deleteTask(String taskId, String deleteReason) {
    refuseProcessTask(taskId);
    super.deleteTask(taskId, deleteReason);
  }

  @Override
  public void deleteTasks(Collection<String> taskIds) {
    refuseProcessTasks(taskIds);
    super.deleteTasks(taskIds);
  }

  @Override
  public void deleteTasks(Collection<String> taskIds, boolean cascade) {
    refuseProcessTasks(taskIds);
    super.deleteTasks(taskIds, cascade);
  }

  @Override
  public void deleteTasks(Collection<String> taskIds, String deleteReason) {
    refuseProcessTasks(taskIds);
    super.deleteTasks(taskIds, deleteReason);
  }

  /** Comments and attachments on a process instance itself, or on a task one may not work on: administrators only. */
  private void requireWorkOn(String taskId, String action) {
    Authentication caller = nonAdminCaller();
    if (caller != null && (taskId == null || !rules.get().mayWorkOn(taskId))) {
      throw new AuthorizationException("User '" + caller.getUserId() + "' may " + action
          + " only the tasks they may work on");
    }
  }

  private void refuseProcessTasks(Collection<String> taskIds) {
    if (taskIds != null) {
      taskIds.forEach(this::refuseProcessTask);
    }
  }

  private void refuseProcessTask(String taskId) {
    if (nonAdminCaller() != null) {
      return; // the command guard refuses non-administrators with 403
    }
    Task task = createTaskQuery().taskId(taskId).singleResult();
    if (task != null && task.getProcessInstanceId() != null) {
      throw new BadUserRequestException("Task " + taskId + " belongs to a running process and cannot be deleted; "
          + "complete it, or withdraw the proposal");
    }
  }

  /** The calling user, unless there is none or an administrator calls. */
  private Authentication nonAdminCaller() {
    Authentication caller = configuration.getIdentityService().getCurrentAuthentication();
    if (caller == null || caller.getUserId() == null || EngineCallers.isAdmin(configuration, caller)) {
      return null;
    }
    return caller;
  }
}
