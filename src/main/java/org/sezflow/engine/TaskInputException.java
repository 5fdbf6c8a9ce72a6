package org.sezflow.engine;

import java.util.List;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.sezflow.system.EngineRestErrors;
import org.sezflow.system.ProblemException.FieldProblem;

/**
 * A task completion (or start, or event) whose values break the task's rules. A form validation
 * exception to the engine, which Camunda's REST API answers with 400 when a task is completed or
 * its form submitted; {@code errors} names each field (see {@code EngineRestErrors}).
 */
public class TaskInputException extends FormFieldValidationException implements EngineRestErrors.FieldProblems {

  private static final long serialVersionUID = 1L;

  private final transient List<FieldProblem> errors;

  public TaskInputException(String what, List<FieldProblem> errors) {
    super(errors, message(what, errors));
    this.errors = List.copyOf(errors);
  }

  public List<FieldProblem> getErrors() {
    return errors;
  }

  @Override
  public List<FieldProblem> fieldProblems() {
    return errors;
  }

  private static String message(String what, List<FieldProblem> errors) {
    StringBuilder message = new StringBuilder(what).append(" refused: ");
    for (int i = 0; i < errors.size(); i++) {
      message.append(i == 0 ? "" : "; ").append(errors.get(i).field()).append(' ').append(errors.get(i).message());
    }
    return message.toString();
  }
}
