package org.sezflow.sla;

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
import org.sezflow.variables.ProcessVariables;
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
  private final TaskEscalationLog escalationLog;
  private final SlaPolicy sla;
  private final Clock clock;

  TaskEscalationService(TaskService tasks, RuntimeService runtime, TaskEscalationLog escalationLog, SlaPolicy sla,
      Clock clock) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.escalationLog = escalationLog;
    this.sla = sla;
    this.clock = clock;
  }

  /**
   * Escalates the open proposal tasks whose due date has passed: each gets the escalated
   * priority and a line in the escalation log, once. A task already in the log is left alone
   * even if someone has lowered its priority since. Returns how many were escalated.
   */
  @Transactional
  public int escalateOverdue() {
    Date now = Date.from(clock.instant());
    int escalated = 0;
    int leftAlone = 0;
    while (escalated < MAX_PER_SWEEP) {
      // Escalated tasks leave the query's result (their priority is raised), so the next batch
      // starts after the ones left alone.
      List<Task> batch = tasks.createTaskQuery().processDefinitionKey(ProcessVariables.PROCESS_KEY)
          .dueBefore(now).taskMaxPriority(sla.getEscalatedPriority() - 1).orderByDueDate().asc()
          .listPage(leftAlone, MAX_PER_SWEEP - escalated);
      if (batch.isEmpty()) {
        break;
      }
      Set<String> alreadyEscalated = escalationLog.escalatedAmong(batch.stream().map(Task::getId).toList());
      Map<String, String> references = referencesOf(batch);
      for (Task task : batch) {
        if (alreadyEscalated.contains(task.getId())) {
          leftAlone++;
          continue;
        }
        int before = task.getPriority();
        tasks.setPriority(task.getId(), sla.getEscalatedPriority());
        escalationLog.record(references.get(task.getProcessInstanceId()), task.getId(), task.getName(),
            candidateGroup(task.getId()), task.getDueDate().toInstant(), before, sla.getEscalatedPriority());
        escalated++;
      }
    }
    if (escalated > 0) {
      LOG.info("Escalated {} overdue task(s){}", escalated,
          escalated == MAX_PER_SWEEP ? "; more wait for the next sweep" : "");
    }
    return escalated;
  }

  @Transactional(readOnly = true)
  public List<TaskEscalation> escalations(String proposalRef) {
    return escalationLog.of(proposalRef);
  }

  private Map<String, String> referencesOf(List<Task> batch) {
    Set<String> instanceIds = batch.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
    return runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
        .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
  }

  private String candidateGroup(String taskId) {
    return tasks.getIdentityLinksForTask(taskId).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .findFirst().orElse(null);
  }
}
