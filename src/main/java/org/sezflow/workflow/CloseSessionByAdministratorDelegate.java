package org.sezflow.workflow;

import static org.sezflow.variables.SessionVariables.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sezflow.committee.CommitteeSession;
import org.sezflow.committee.SessionAgendas;
import org.sezflow.engine.TaskInputException;
import org.sezflow.forms.TaskInputRules;
import org.sezflow.system.ProblemException.FieldProblem;
import org.sezflow.variables.CurrentStep;
import org.sezflow.variables.VariableValues;
import org.springframework.stereotype.Component;

/**
 * "Close session by administrator", the one step of {@code close-committee-session}: only an
 * administrator, only the start form's fields; an unknown session is 400 naming the field; then
 * the session closes ({@link SessionClosureByAdministrator}) and its reference becomes this
 * instance's business key, so that Cockpit lists the close under the session.
 */
@Component
public class CloseSessionByAdministratorDelegate implements JavaDelegate {

  static final String STEP = "Close session by administrator";

  private final TaskInputRules inputRules;
  private final SessionAccess access;
  private final SessionAgendas agendas;
  private final SessionClosureByAdministrator closure;

  CloseSessionByAdministratorDelegate(TaskInputRules inputRules, SessionAccess access, SessionAgendas agendas,
      SessionClosureByAdministrator closure) {
    this.inputRules = inputRules;
    this.access = access;
    this.agendas = agendas;
    this.closure = closure;
  }

  @Override
  public void execute(DelegateExecution execution) {
    access.requireAdministrator();
    inputRules.checkStart(execution, STEP);
    String reference = VariableValues.string(execution, SESSION_REFERENCE);
    CommitteeSession session = agendas.byReference(reference).orElseThrow(() -> new TaskInputException(STEP,
        List.of(new FieldProblem(SESSION_REFERENCE, "names no committee session"))));
    closure.close(session, VariableValues.string(execution, CLOSE_REASON), CurrentStep.of(execution).actor());
    execution.setProcessBusinessKey(session.reference());
  }
}
