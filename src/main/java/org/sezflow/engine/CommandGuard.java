package org.sezflow.engine;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.SetJobsRetriesByProcessBatchCmd;
import org.camunda.bpm.engine.impl.batch.RestartProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRestartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetBatchStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobDefinitionStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobsRetriesBatchCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetProcessDefinitionStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetProcessInstanceStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractUpdateProcessInstancesSuspendStateCmd;
import org.camunda.bpm.engine.impl.cmd.CreateIncidentCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteJobCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationBatchCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationCmd;
import org.camunda.bpm.engine.impl.cmd.RecalculateJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveIncidentCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.SetAnnotationForIncidentCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDefinitionPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobRetriesCmd;
import org.camunda.bpm.engine.impl.cmd.SetProcessDefinitionVersionCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.UnlockJobCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.migration.AbstractMigrationCmd;

/**
 * Refuses, before the engine runs them, the commands that no SEZ Flow role needs, unless an
 * administrator (or the application itself, with authorization checks off) runs them: changing a
 * proposal's path (modification, restart, migration, start at an activity), steering jobs
 * (execution, retries, due dates, priorities, suspension), suspending instances or definitions,
 * writing or deleting variables outside a task completion, raising or resolving incidents, and
 * the task operations beyond working on it (BPMN errors and escalations, resolving a delegated
 * task, deleting tasks and attachments). Runs as a pre-command interceptor: a refused job
 * execution never reaches the engine, so it costs the job no retry and opens no incident, which
 * a refusal by the engine's own authorization check would.
 */
public class CommandGuard extends CommandInterceptor {

  /** Command types only administrators run; a subclass counts as its parent. */
  static final List<Class<?>> ADMIN_ONLY = List.of(
      // The path of a proposal
      ModifyProcessInstanceCmd.class, ModifyProcessInstanceAsyncCmd.class, ProcessInstanceModificationCmd.class,
      ProcessInstanceModificationBatchCmd.class, StartProcessInstanceAtActivitiesCmd.class,
      AbstractRestartProcessInstanceCmd.class, RestartProcessInstancesBatchCmd.class, AbstractMigrationCmd.class,
      SetProcessDefinitionVersionCmd.class,
      // Jobs: timers of deadlines and the SLA sweep
      ExecuteJobsCmd.class, SetJobRetriesCmd.class, AbstractSetJobsRetriesBatchCmd.class,
      SetJobsRetriesByProcessBatchCmd.class, SetJobDuedateCmd.class, RecalculateJobDuedateCmd.class,
      SetJobPriorityCmd.class, SetJobDefinitionPriorityCmd.class, AbstractSetJobStateCmd.class,
      AbstractSetJobDefinitionStateCmd.class, DeleteJobCmd.class, UnlockJobCmd.class,
      // Suspension
      AbstractSetProcessInstanceStateCmd.class, AbstractSetProcessDefinitionStateCmd.class,
      AbstractUpdateProcessInstancesSuspendStateCmd.class, AbstractSetBatchStateCmd.class,
      // Variables written outside a task completion
      AbstractSetVariableCmd.class, AbstractRemoveVariableCmd.class, AbstractPatchVariablesCmd.class,
      SetVariablesToProcessInstancesBatchCmd.class,
      // Incidents
      CreateIncidentCmd.class, ResolveIncidentCmd.class, SetAnnotationForIncidentCmd.class,
      // Tasks beyond working on them
      HandleTaskBpmnErrorCmd.class, HandleTaskEscalationCmd.class, ResolveTaskCmd.class, DelegateTaskCmd.class,
      DeleteTaskCmd.class, SaveAttachmentCmd.class, DeleteAttachmentCmd.class,
      // Accounts: only administrators remove users, not even a user's own account
      DeleteUserCmd.class);

  private final ProcessEngineConfigurationImpl configuration;

  public CommandGuard(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (isAdminOnly(command)) {
      Authentication caller = configuration.getIdentityService().getCurrentAuthentication();
      if (caller != null && caller.getUserId() != null && !EngineCallers.isAdmin(configuration, caller)
          && !runByTheEngineOrApplication(command)) {
        throw new AuthorizationException("User '" + caller.getUserId() + "' may not run "
            + command.getClass().getSimpleName() + ": only administrators change a proposal's path, its jobs, "
            + "variables outside a task, incidents or suspension");
      }
    }
    return next.execute(command);
  }

  static boolean isAdminOnly(Command<?> command) {
    for (Class<?> type : ADMIN_ONLY) {
      if (type.isInstance(command)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The job executor runs jobs with no user; the engine and the application run nested commands
   * inside a command whose authorization checks they turned off.
   */
  private static boolean runByTheEngineOrApplication(Command<?> command) {
    if (command instanceof ExecuteJobsCmd && Context.getJobExecutorContext() != null) {
      return true;
    }
    CommandContext outer = Context.getCommandContext();
    return outer != null && !outer.isAuthorizationCheckEnabled();
  }
}
