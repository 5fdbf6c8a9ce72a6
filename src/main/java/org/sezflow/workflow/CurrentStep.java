package org.sezflow.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.sezflow.identity.People;
import org.sezflow.proposal.StepContext;

/** The current step of a delegate or task listener: its proposal, process instance, name and acting user. */
final class CurrentStep {

  /** The actor written to the records when no user is logged in: timers, the job executor. */
  static final String SYSTEM_ACTOR = People.SYSTEM_ACTOR;

  private CurrentStep() {}

  static StepContext of(DelegateExecution execution) {
    String step = execution.getCurrentActivityName() != null ? execution.getCurrentActivityName()
        : execution.getCurrentActivityId();
    return new StepContext(execution.getProcessInstanceId(), step, actor(execution));
  }

  static StepContext of(DelegateTask task) {
    String actor = task.getAssignee() != null ? task.getAssignee() : actor(task.getExecution());
    return new StepContext(task.getProcessInstanceId(), task.getName(), actor);
  }

  static String reference(DelegateExecution execution) {
    String reference = execution.getProcessBusinessKey();
    if (reference == null) {
      throw new IllegalStateException("Process instance " + execution.getProcessInstanceId() + " has no business key");
    }
    return reference;
  }

  private static String actor(DelegateExecution execution) {
    Authentication authentication =
        execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication != null && authentication.getUserId() != null ? authentication.getUserId() : SYSTEM_ACTOR;
  }
}
