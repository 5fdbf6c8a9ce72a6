package org.sezflow.workflow;

import static org.sezflow.variables.ProcessVariables.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.sezflow.engine.ApplicationAuthority;
import org.sezflow.engine.SystemAuthentication;
import org.sezflow.engine.TaskInputException;
import org.sezflow.proposal.InvalidProposalException;
import org.sezflow.proposal.Proposal;
import org.sezflow.proposal.ProposalConflictException;
import org.sezflow.proposal.ProposalEvent;
import org.sezflow.proposal.ProposalEventType;
import org.sezflow.proposal.ProposalProcess;
import org.sezflow.proposal.ProposalSubmission;
import org.sezflow.system.ProblemException.FieldProblem;
import org.sezflow.variables.SubmissionVariables;
import org.springframework.stereotype.Component;

/**
 * The proposal's process on Camunda. Starting and signalling run as the calling user (Camunda's
 * authorizations apply); reading tasks and history for a proposal's status runs as the system.
 */
@Component
class CamundaProposalProcess implements ProposalProcess {

  private static final Map<ProposalEventType, String> MESSAGES = Map.of(
      ProposalEventType.CLARIFICATION_ANSWERED, MESSAGE_CLARIFICATION_ANSWERED,
      ProposalEventType.MOU_SIGNED, MESSAGE_MOU_SIGNED,
      ProposalEventType.WITHDRAWAL, MESSAGE_PROPOSAL_WITHDRAWN);

  /** Event fields of the API (see ProposalEvent's records) to process variables. */
  private static final Map<String, String> EVENT_VARIABLES = Map.of(
      "response", CLARIFICATION_RESPONSE,
      "signedOn", MOU_SIGNED_ON,
      "venue", MOU_VENUE,
      "signatories", MOU_SIGNATORIES,
      "witnesses", MOU_WITNESSES,
      "draftReference", MOU_DRAFT_REFERENCE,
      "reason", WITHDRAWAL_REASON);

  private final ProcessEngine engine;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final HistoryService history;
  private final SystemAuthentication system;
  private final ApplicationAuthority authority;
  private final TaskCandidateGroups candidateGroups;
  private final MessageTargets targets;

  CamundaProposalProcess(ProcessEngine engine, SystemAuthentication system, ApplicationAuthority authority,
      TaskCandidateGroups candidateGroups, MessageTargets targets) {
    this.targets = targets;
    this.engine = engine;
    this.runtime = engine.getRuntimeService();
    this.tasks = engine.getTaskService();
    this.history = engine.getHistoryService();
    this.system = system;
    this.authority = authority;
    this.candidateGroups = candidateGroups;
  }

  @Override
  public void start(String reference, ProposalSubmission s) {
    Map<String, Object> v = SubmissionVariables.of(s);
    // The API checked the caller; the engine starts the proposal as the application, on their behalf.
    authority.run(() -> runtime.createProcessInstanceByKey(PROCESS_KEY).businessKey(reference).setVariables(v)
        .execute());
  }

  @Override
  public Map<String, List<OpenTask>> openTasks(List<Proposal> proposals) {
    // The proposal record keeps its process instance: no business-key lookup needed.
    Map<String, String> referenceOfInstance = proposals.stream().filter(p -> p.processInstanceId() != null)
        .collect(Collectors.toMap(Proposal::processInstanceId, Proposal::reference));
    if (referenceOfInstance.isEmpty()) {
      return Map.of();
    }
    List<Task> open = system.read(() -> tasks.createTaskQuery()
        .processInstanceIdIn(referenceOfInstance.keySet().toArray(String[]::new)).orderByTaskCreateTime().asc().list());
    Map<String, String> groups = candidateGroups.of(open.stream().map(Task::getId).toList());
    Map<String, List<OpenTask>> byReference = new LinkedHashMap<>();
    open.forEach(task -> byReference.computeIfAbsent(referenceOfInstance.get(task.getProcessInstanceId()),
        ref -> new ArrayList<>()).add(openTask(task, groups.get(task.getId()))));
    return byReference;
  }

  private static OpenTask openTask(Task task, String group) {
    return new OpenTask(task.getId(), task.getName(), group, task.getAssignee(), task.getCreateTime().toInstant(),
        task.getDueDate() == null ? null : task.getDueDate().toInstant(), task.getPriority());
  }

  @Override
  public List<Step> history(String reference) {
    return system.read(() -> {
      HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
          .processInstanceBusinessKey(reference).singleResult();
      if (instance == null) {
        return List.<Step>of();
      }
      return history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
          .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list().stream()
          .filter(activity -> activity.getActivityName() != null && !activity.getActivityType().endsWith("Gateway")
              && !activity.getActivityType().equals("multiInstanceBody"))
          .map(activity -> step(activity, instance))
          .toList();
    });
  }

  private static Step step(HistoricActivityInstance activity, HistoricProcessInstance instance) {
    String actor = activity.getAssignee();
    if (actor == null && "startEvent".equals(activity.getActivityType())
        && activity.getParentActivityInstanceId() != null
        && activity.getParentActivityInstanceId().equals(instance.getId())) {
      actor = instance.getStartUserId();
    }
    return new Step(activity.getActivityId(), activity.getActivityName(), activity.getActivityType(),
        activity.getStartTime().toInstant(), activity.getEndTime() == null ? null : activity.getEndTime().toInstant(),
        actor, activity.getTaskId());
  }

  @Override
  public boolean awaits(String reference, ProposalEventType event) {
    return system.read(() -> {
      ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
          .processInstanceBusinessKey(reference).singleResult();
      return instance != null && runtime.createEventSubscriptionQuery().processInstanceId(instance.getId())
          .eventType("message").eventName(MESSAGES.get(event)).count() > 0;
    });
  }

  @Override
  public void signal(String reference, ProposalEvent event) {
    Map<String, Object> variables = new HashMap<>();
    event.fields().forEach((field, value) -> {
      String variable = EVENT_VARIABLES.get(field);
      if (variable == null) {
        throw new IllegalArgumentException("No process variable for event field " + field);
      }
      variables.put(variable, value);
    });
    try {
      String message = MESSAGES.get(event.type());
      authority.run(() -> targets.correlation(message, reference, variables).correlateWithResult());
    } catch (MismatchingMessageCorrelationException meanwhile) {
      // It waited a moment ago; a concurrent request (a withdrawal, a session's decision) moved it on.
      throw new ProposalConflictException("type",
          "Proposal " + reference + " no longer waits for " + event.type().path()
              + ": another request changed it at the same time");
    } catch (TaskInputException refused) {
      throw refusedEvent(refused.getErrors());
    } catch (InvalidProposalException refused) {
      throw refusedEvent(refused.getErrors());
    }
  }

  /** The step checked the event by its task's rules; name the API's fields, not the variables. */
  private static InvalidProposalException refusedEvent(List<FieldProblem> problems) {
    Map<String, String> fieldOfVariable = new HashMap<>();
    EVENT_VARIABLES.forEach((field, variable) -> fieldOfVariable.put(variable, field));
    return new InvalidProposalException(problems.stream()
        .map(problem -> new FieldProblem(fieldOfVariable.getOrDefault(problem.field(), problem.field()),
            problem.message()))
        .toList());
  }
}
