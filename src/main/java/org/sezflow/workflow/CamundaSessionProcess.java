package org.sezflow.workflow;

import static org.sezflow.variables.SessionVariables.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.sezflow.committee.AgendaChange;
import org.sezflow.committee.Committee;
import org.sezflow.committee.CommitteeSession;
import org.sezflow.committee.CommitteeSessions;
import org.sezflow.committee.SessionChecks;
import org.sezflow.committee.SessionDecision;
import org.sezflow.committee.SessionProblems;
import org.sezflow.committee.SessionProcess;
import org.sezflow.engine.ApplicationAuthority;
import org.sezflow.engine.TaskInputException;
import org.sezflow.system.ProblemException.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * The session's process on Camunda, for the API: a start (the same as Tasklist's start form's),
 * and the session's decisions as completions of its "Record decision" tasks, so that Tasklist and
 * the API take one path. Both run as the application on the caller's behalf, after the API
 * checked the caller; the caller stays the one recorded.
 */
@Component
public class CamundaSessionProcess implements SessionProcess {

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ApplicationAuthority authority;
  private final SessionAccess access;
  private final CommitteeSessions sessions;
  private final SessionChecks checks;

  CamundaSessionProcess(ProcessEngine engine, ApplicationAuthority authority, SessionAccess access,
      CommitteeSessions sessions, SessionChecks checks) {
    this.runtime = engine.getRuntimeService();
    this.tasks = engine.getTaskService();
    this.authority = authority;
    this.access = access;
    this.sessions = sessions;
    this.checks = checks;
  }

  @Override
  public boolean mayActFor(Committee committee) {
    return access.mayActFor(committee);
  }

  @Override
  public long schedule(Committee committee, Integer number, LocalDate date, String venue, LocalDate agendaCutOff) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(COMMITTEE, committee.name());
    variables.put(SESSION_NUMBER, number == null ? null : number.longValue());
    variables.put(SESSION_DATE, date == null ? null : date.toString());
    variables.put(VENUE, venue);
    variables.put(AGENDA_CUT_OFF, agendaCutOff == null ? null : agendaCutOff.toString());
    try {
      Object id = authority.run(() -> runtime.createProcessInstanceByKey(PROCESS_KEY)
          .setVariables(variables)
          .executeWithVariablesInReturn().getVariables().get(SESSION_ID));
      return ((Number) id).longValue();
    } catch (TaskInputException refused) {
      // Checked before the start; a concurrent request may still have taken the number meanwhile.
      Map<String, String> fieldOfVariable = new HashMap<>();
      ScheduleSessionDelegate.VARIABLE_OF_FIELD.forEach((field, variable) -> fieldOfVariable.put(variable, field));
      throw new SessionProblems.Invalid(refused.getErrors().stream()
          .map(p -> new FieldProblem(fieldOfVariable.getOrDefault(p.field(), p.field()), p.message())).toList());
    }
  }

  @Override
  public boolean isAdministrator() {
    return access.isAdministrator();
  }

  @Override
  public void closeByAdministrator(CommitteeSession session, String reason) {
    try {
      authority.run(() -> runtime.createProcessInstanceByKey(CLOSE_PROCESS_KEY).businessKey(session.reference())
          .setVariable(SESSION_REFERENCE, session.reference()).setVariable(CLOSE_REASON, reason).execute());
    } catch (TaskInputException refused) {
      throw new SessionProblems.Invalid(refused.getErrors().stream()
          .map(p -> new FieldProblem(p.field().equals(CLOSE_REASON) ? "reason" : p.field(), p.message())).toList());
    }
  }

  @Override
  public void changeAgenda(CommitteeSession session, AgendaChange change, boolean freeze) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(REMOVE_PROPOSAL_REFS, AgendaChange.toLines(change.remove()));
    variables.put(REMOVE_REASON, change.removeReason());
    variables.put(ADD_PROPOSAL_REFS, AgendaChange.toLines(change.add()));
    variables.put(ADD_REASON, change.addReason());
    variables.put(FREEZE_AGENDA, freeze);
    authority.run(() -> {
      // The committee first: what is checked and looked up below stays so until the completion.
      sessions.holdCommittee(session.committee());
      SessionProblems.Invalid.throwIfAny(checks.agendaChange(session.id(), change));
      Task prepare = session.processInstanceId() == null ? null : tasks.createTaskQuery()
          .processInstanceId(session.processInstanceId()).taskDefinitionKey(PREPARE_AGENDA_TASK).singleResult();
      if (prepare == null) {
        throw new SessionProblems.Conflict("id", "The " + session.citation() + " has no agenda to prepare");
      }
      tasks.complete(prepare.getId(), variables);
    });
  }

  @Override
  public void recordDecisions(CommitteeSession session, List<SessionDecision> decisions) {
    if (session.processInstanceId() == null) {
      throw new SessionProblems.Conflict("id", "The " + session.citation() + " has no process to record decisions in");
    }
    authority.run(() -> {
      // The committee first: a withdrawal or another request cannot close an item's task between
      // the look-up below and its completion.
      sessions.holdCommittee(session.committee());
      checks.decisions(session.id(), decisions);
      Map<Long, String> taskOfItem = openTasksByItem(session);
      Map<String, Map<String, Object>> completions = new LinkedHashMap<>();
      for (int i = 0; i < decisions.size(); i++) {
        SessionDecision decision = decisions.get(i);
        String taskId = taskOfItem.get(decision.itemId());
        if (taskId == null) {
          throw new SessionProblems.Conflict("decisions[" + i + "].itemId", "Item " + decision.itemId()
              + " has no open \"Record decision\" task in the " + session.citation());
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(decisionField(session.committee()), decision.decision());
        variables.put(MINUTES_REF, decision.minutesRef());
        variables.put(DECISION_REASON, decision.reason());
        completions.put(taskId, variables);
      }
      completions.forEach(tasks::complete);
    });
  }

  private Map<Long, String> openTasksByItem(CommitteeSession session) {
    Map<Long, String> byItem = new HashMap<>();
    for (Task task : tasks.createTaskQuery().processInstanceId(session.processInstanceId())
        .taskDefinitionKey(RECORD_DECISION_TASK).list()) {
      Object itemId = tasks.getVariable(task.getId(), ITEM_ID);
      if (itemId instanceof Number number) {
        byItem.put(number.longValue(), task.getId());
      }
    }
    return byItem;
  }
}
