package org.sezflow.engine;

import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Runs engine work as the application: with the engine's authorization checks off, while the
 * calling user stays the one recorded (start user, decision log, zone events, operation log). For
 * what the application has checked itself and then does on a caller's behalf: a proposal an
 * external system submits, an event it sends. The caller needs no engine permission for it, so
 * none is granted that would also allow more.
 */
@Component
public class ApplicationAuthority {

  private final ProcessEngine engine;

  ApplicationAuthority(@Lazy ProcessEngine engine) {
    this.engine = engine;
  }

  public <T> T run(Supplier<T> work) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute((CommandContext context) -> {
      boolean checking = context.isAuthorizationCheckEnabled();
      context.disableAuthorizationCheck();
      try {
        return work.get();
      } finally {
        if (checking) {
          context.enableAuthorizationCheck();
        }
      }
    });
  }

  public void run(Runnable work) {
    run(() -> {
      work.run();
      return null;
    });
  }

  /**
   * Completes a task inside the command that is running, as the engine does for its own steps: past
   * the task's rules and the caller's rights (a withdrawal ends the decision its proposal no longer
   * needs). Only from inside {@link #run}.
   */
  public static void completeTaskInRunningCommand(String taskId) {
    new CompleteTaskCmd(taskId, null).execute(Context.getCommandContext());
  }
}
