package org.sezflow.engine;

import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.sezflow.system.ConcurrencyFailures;
import org.sezflow.system.ConcurrentChangeException;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * A task completion that loses a race with another request ending the same task or its process
 * (two officials completing one task, a withdrawal ending the proposal, on two nodes): a 409 the
 * client may retry, wherever in the completion the engine met the vanished rows.
 * {@link GuardedTaskService} and {@link GuardedFormService} complete tasks through it.
 */
@Component
class CompletionRaces {

  private final TaskService tasks;
  private final SystemAuthentication system;

  CompletionRaces(@Lazy ProcessEngine engine, SystemAuthentication system) {
    this.tasks = engine.getTaskService();
    this.system = system;
  }

  /**
   * Completes the task by {@code completion}; if that fails because another request (another
   * node) ended the task or its process meanwhile, the failure is a 409 to retry, not the 500 of
   * whatever the engine met half-way (H2 reads each statement's latest commit, so a completion can
   * find the task's execution or variables gone: a listener's NullPointerException, or the engine's
   * own). Any other failure is left as it is.
   */
  <T> T completing(String taskId, Supplier<T> completion) {
    try {
      return completion.get();
    } catch (RuntimeException failed) {
      if (taskId != null && !(failed instanceof org.sezflow.system.ProblemException)
          && !ConcurrencyFailures.isConcurrencyFailure(failed) && fieldProblemsOrRefusal(failed) == null
          && system.read(() -> tasks.createTaskQuery().taskId(taskId).count()) == 0) {
        throw new ConcurrentChangeException("taskId", "task " + taskId);
      }
      throw failed;
    }
  }

  /** What of a failure the rules themselves raised (a refusal naming fields, or a domain problem), or null. */
  private static Object fieldProblemsOrRefusal(Throwable failed) {
    for (Throwable cause = failed; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof org.sezflow.system.ProblemException || cause instanceof TaskInputException
          || cause instanceof org.camunda.bpm.engine.AuthorizationException) {
        return cause;
      }
    }
    return null;
  }
}
