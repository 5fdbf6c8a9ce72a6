package org.sezflow.workflow;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Raises the priority of overdue tasks, once per task, and records each escalation. */
@Service
public class TaskEscalationService {

  /** Tasks one sweep escalates at most; more wait for the next sweep, so a run stays one short transaction. */
  static final int MAX_PER_SWEEP = 500;

  private static final Logger LOG = LoggerFactory.getLogger(TaskEscalationService.class);

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final TaskEscalationLog log;
  private final SlaPolicy sla;
  private final Clock clock;

  TaskEscalationService(TaskService tasks, RuntimeService runtime, TaskEscalationLog log, SlaPolicy sla, Clock clock) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.log = log;
    this.sla = sla;
    this.clock = clock;
  }

  /**
   * Escalates the open proposal tasks whose due date has passed and whose priority is still below
   * the escalated priority (so a task is escalated once, however often the sweep runs). Returns
   * how many were escalated.
   */
  @Transactional
  public int escalateOverdue() {
    List<Task> overdue = tasks.createTaskQuery().processDefinitionKey(ProcessVariables.PROCESS_KEY)
        .dueBefore(Date.from(clock.instant())).taskMaxPriority(sla.getEscalatedPriority() - 1)
        .orderByDueDate().asc().listPage(0, MAX_PER_SWEEP);
    if (overdue.isEmpty()) {
      return 0;
    }
    Set<String> instanceIds = overdue.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
    Map<String, String> references = runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list()
        .stream().collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    for (Task task : overdue) {
      int before = task.getPriority();
      task.setPriority(sla.getEscalatedPriority());
      tasks.saveTask(task);
      log.record(references.get(task.getProcessInstanceId()), task.getId(), task.getName(), candidateGroup(task.getId()),
          task.getDueDate().toInstant(), before, sla.getEscalatedPriority());
    }
    LOG.info("Escalated {} overdue task(s){}", overdue.size(),
        overdue.size() == MAX_PER_SWEEP ? "; more wait for the next sweep" : "");
    return overdue.size();
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
