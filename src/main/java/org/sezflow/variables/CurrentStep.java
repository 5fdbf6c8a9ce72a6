package org.sezflow.variables;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.sezflow.engine.EngineCallers;
import org.sezflow.engine.EngineCallers.Caller;
import org.sezflow.proposal.StepContext;
import org.sezflow.system.Actors;

/** The current step of a delegate or task listener: its proposal, process instance, name and acting user. */
public final class CurrentStep {

  private CurrentStep() {}

  public static StepContext of(DelegateExecution execution) {
    String step = execution.getCurrentActivityName() != null ? execution.getCurrentActivityName()
        : execution.getCurrentActivityId();
    return new StepContext(execution.getProcessInstanceId(), step, actor(execution));
  }

  public static StepContext of(DelegateTask task) {
    String actor = task.getAssignee() != null ? task.getAssignee() : actor(task.getExecution());
    return new StepContext(task.getProcessInstanceId(), task.getName(), actor);
  }

  public static String reference(DelegateExecution execution) {
    String reference = execution.getProcessBusinessKey();
    if (reference == null) {
      throw new IllegalStateException("Process instance " + execution.getProcessInstanceId() + " has no business key");
    }
    return reference;
  }

  private static String actor(DelegateExecution execution) {
    Caller caller = EngineCallers.current(execution.getProcessEngineServices().getIdentityService());
    return caller != null ? caller.userId() : Actors.APPLICATION;
  }
}
