package org.sezflow.enterprise;

import java.time.LocalDate;
import java.util.List;

import org.sezflow.system.ProblemException.FieldProblem;
import org.sezflow.system.Texts;

/** Checks of single inputs, each adding the field's problem to a list. */
final class EnterpriseInputs {

  private EnterpriseInputs() {}

  static void text(List<FieldProblem> problems, String field, String value, int max, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        problems.add(new FieldProblem(field, "is required"));
      }
      return;
    }
    if (value.length() > max) {
      problems.add(new FieldProblem(field, "must be at most " + max + " characters"));
      return;
    }
    String problem = Texts.problem(value, true);
    if (problem != null) {
      problems.add(new FieldProblem(field, problem));
    }
  }

  static void required(List<FieldProblem> problems, String field, Object value) {
    if (value == null) {
      problems.add(new FieldProblem(field, "is required"));
    }
  }

  static String strip(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  static boolean after(LocalDate date, LocalDate other) {
    return date != null && date.isAfter(other);
  }
}
