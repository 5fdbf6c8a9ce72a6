package org.sezflow.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.springframework.stereotype.Component;

/**
 * "Escalate overdue task": reached from a user task's non-interrupting SLA timer. Which task is
 * overdue follows from the model (the timer this step comes from is attached to it), so one
 * delegate serves every task.
 */
@Component
public class EscalateOverdueTaskDelegate implements JavaDelegate {

  private final TaskEscalationService escalations;

  EscalateOverdueTaskDelegate(TaskEscalationService escalations) {
    this.escalations = escalations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    escalations.escalate(StepContexts.reference(execution), execution.getProcessInstanceId(), overdueTaskId(execution));
  }

  static String overdueTaskId(DelegateExecution execution) {
    FlowNode step = (FlowNode) execution.getBpmnModelElementInstance();
    for (SequenceFlow incoming : step.getIncoming()) {
      if (incoming.getSource() instanceof BoundaryEvent timer) {
        return timer.getAttachedTo().getId();
      }
    }
    throw new IllegalStateException(step.getId() + " must follow a timer attached to a user task");
  }
}
