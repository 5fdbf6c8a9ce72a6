package org.sezflow.committee;

import java.util.List;

import org.sezflow.system.ProblemException;
import org.springframework.http.HttpStatus;

/** What the committee sessions refuse, as problem JSON naming the field. */
public final class SessionProblems {

  private SessionProblems() {}

  /** No session has this id. */
  public static class NotFound extends ProblemException {
    NotFound(long id) {
      super(HttpStatus.NOT_FOUND, "session-not-found", "Unknown committee session", "No committee session has the id "
          + id, List.of(new FieldProblem("id", "unknown committee session " + id)));
    }
  }

  /** Input that breaks a rule of its own: every offending field named. */
  public static class Invalid extends ProblemException {
    public Invalid(List<FieldProblem> problems) {
      super(HttpStatus.BAD_REQUEST, "invalid-session-input", "Invalid input", detailOf(problems), problems);
    }

    public static void throwIfAny(List<FieldProblem> problems) {
      if (!problems.isEmpty()) {
        throw new Invalid(problems);
      }
    }
  }

  /** The session's or the item's state does not allow it (agenda frozen, decided already, ...). */
  public static class Conflict extends ProblemException {
    public Conflict(String field, String message) {
      super(HttpStatus.CONFLICT, "session-conflict", "Conflict with the session's state", message,
          List.of(new FieldProblem(field, message)));
    }

    static Conflict numberTaken(Committee committee, int number) {
      return new Conflict("number", "The " + committee + " already has a session numbered " + number);
    }
  }

  /** The caller may not act for this committee: only its secretariat (and administrators) may. */
  public static class Forbidden extends ProblemException {
    public Forbidden(Committee committee) {
      super(HttpStatus.FORBIDDEN, "forbidden", "Not allowed", "Only the " + committee + "'s secretariat ("
          + committee.secretariat() + ") schedules the " + committee + "'s sessions and records their decisions",
          List.of(new FieldProblem("committee", "is not a committee your groups act for")));
    }

    /** An action no group but the administrators' may take. */
    public Forbidden(String detail) {
      super(HttpStatus.FORBIDDEN, "forbidden", "Not allowed", detail, List.of());
    }
  }
}
