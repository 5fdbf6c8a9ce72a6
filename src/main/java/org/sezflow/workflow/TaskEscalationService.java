package org.sezflow.workflow;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Raises the priority of overdue tasks and records each escalation. */
@Service
public class TaskEscalationService {

  private final TaskService tasks;
  private final TaskEscalationLog log;
  private final SlaPolicy sla;

  TaskEscalationService(TaskService tasks, TaskEscalationLog log, SlaPolicy sla) {
    this.tasks = tasks;
    this.log = log;
    this.sla = sla;
  }

  /**
   * Escalates the open tasks of a process instance that come from one BPMN user task (several
   * for a multi-instance task). Returns how many were escalated.
   */
  @Transactional
  public int escalate(String proposalRef, String processInstanceId, String taskDefinitionKey) {
    List<Task> open = tasks.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(taskDefinitionKey).list();
    for (Task task : open) {
      int before = task.getPriority();
      int after = Math.max(before, sla.getEscalatedPriority());
      task.setPriority(after);
      tasks.saveTask(task);
      log.record(proposalRef, task.getId(), task.getName(), candidateGroup(task.getId()),
          task.getDueDate() == null ? null : task.getDueDate().toInstant(), before, after);
    }
    return open.size();
  }

  @Transactional(readOnly = true)
  public List<TaskEscalation> escalations(String proposalRef) {
    return log.of(proposalRef);
  }

  private String candidateGroup(String taskId) {
    return tasks.getIdentityLinksForTask(taskId).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .findFirst().orElse(null);
  }
}
