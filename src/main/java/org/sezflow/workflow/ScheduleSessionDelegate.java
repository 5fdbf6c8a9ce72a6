package org.sezflow.workflow;

import static org.sezflow.variables.SessionVariables.*;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sezflow.committee.Committee;
import org.sezflow.committee.CommitteeSession;
import org.sezflow.committee.CommitteeSessions;
import org.sezflow.committee.SessionProblems;
import org.sezflow.engine.TaskInputException;
import org.sezflow.forms.TaskInputRules;
import org.sezflow.system.ProblemException;
import org.sezflow.system.ProblemException.FieldProblem;
import org.sezflow.variables.CurrentStep;
import org.sezflow.variables.VariableValues;
import org.springframework.stereotype.Component;

/**
 * "Schedule session", the first step of {@code committee-session}, whichever door started it
 * (Tasklist's start form, {@code /engine-rest}, the API): only the start form's fields, each as the
 * form allows; only the committee's secretariat (or an administrator) schedules its sessions; then
 * the session is scheduled (its agenda gathers the waiting proposals), its reference ("JCC-14")
 * becomes the business key, and the tasks get their candidate group. A refusal fails the start
 * with 400 naming the start form's field (403 for another committee's secretariat, 409 for a number
 * another session has): nothing is created.
 */
@Component
public class ScheduleSessionDelegate implements JavaDelegate {

  static final String STEP = "Schedule session";

  /** The committee's names for what it refuses, to the start form's fields. */
  static final Map<String, String> VARIABLE_OF_FIELD = Map.of("committee", COMMITTEE, "number", SESSION_NUMBER,
      "date", SESSION_DATE, "venue", VENUE, "agendaCutOff", AGENDA_CUT_OFF);

  private final CommitteeSessions sessions;
  private final TaskInputRules inputRules;
  private final SessionAccess access;

  ScheduleSessionDelegate(CommitteeSessions sessions, TaskInputRules inputRules, SessionAccess access) {
    this.sessions = sessions;
    this.inputRules = inputRules;
    this.access = access;
  }

  @Override
  public void execute(DelegateExecution execution) {
    inputRules.checkStart(execution, STEP);
    Committee committee = Committee.valueOf(VariableValues.string(execution, COMMITTEE));
    access.requireActFor(committee);
    CommitteeSession session;
    try {
      session = sessions.schedule(committee, VariableValues.integer(execution, SESSION_NUMBER),
          VariableValues.date(execution, SESSION_DATE), VariableValues.string(execution, VENUE),
          VariableValues.date(execution, AGENDA_CUT_OFF), CurrentStep.of(execution).actor());
    } catch (SessionProblems.Conflict numberTaken) {
      throw numberTaken; // 409: the state of the committee's sessions, not the form's input
    } catch (ProblemException refused) {
      throw new TaskInputException(STEP, refused.getErrors().stream()
          .map(p -> new FieldProblem(VARIABLE_OF_FIELD.getOrDefault(p.field(), p.field()), p.message())).toList());
    }
    sessions.attachProcess(session.id(), execution.getProcessInstanceId());
    execution.setProcessBusinessKey(session.reference());
    execution.setVariable(SESSION_ID, session.id());
    execution.setVariable(SESSION_CITATION, session.citation());
    execution.setVariable(SECRETARIAT, committee.secretariat());
  }
}
