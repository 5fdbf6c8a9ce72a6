package org.sezflow.forms;

import static org.sezflow.variables.SessionVariables.*;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.sezflow.committee.AgendaChange;
import org.sezflow.committee.Committee;
import org.sezflow.committee.SessionChecks;
import org.sezflow.committee.SessionDecision;
import org.sezflow.system.ProblemException.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * The committee session's rules for its tasks beyond their forms' own, named by the forms' fields
 * (see {@link TaskInputRules}): a change to the agenda names proposals on it to take off and waiting
 * ones to add, each list with its reason; a decision is one the session's committee takes, with its
 * reasons when it sends back, defers or rejects.
 */
@Component
public class SessionTaskRules {

  static final String PREPARE_AGENDA = "prepare-agenda";
  static final String RECORD_SESSION_DECISION = "record-session-decision";

  private final SessionChecks checks;

  SessionTaskRules(SessionChecks checks) {
    this.checks = checks;
  }

  /** The rules of the form {@code formId} on values that met the form's own; none for other forms. */
  List<FieldProblem> problems(String formId, Map<String, Object> values, Set<String> invalid,
      Supplier<Map<String, Object>> current) {
    return switch (formId) {
      case PREPARE_AGENDA -> TaskInputRules.valid(invalid, REMOVE_PROPOSAL_REFS, REMOVE_REASON, ADD_PROPOSAL_REFS,
          ADD_REASON) ? checks.agendaChange(sessionId(current.get()), change(values)) : List.of();
      case RECORD_SESSION_DECISION -> decision(values, invalid, current.get());
      default -> List.of();
    };
  }

  private static AgendaChange change(Map<String, Object> values) {
    return AgendaChange.ofLines(text(values, REMOVE_PROPOSAL_REFS), text(values, REMOVE_REASON),
        text(values, ADD_PROPOSAL_REFS), text(values, ADD_REASON));
  }

  /**
   * The form shows the session's committee's decisions only, and the other committee's field stays
   * empty; a decision to send back, defer or reject carries the committee's reasons.
   */
  private static List<FieldProblem> decision(Map<String, Object> values, Set<String> invalid,
      Map<String, Object> current) {
    Committee committee = Committee.valueOf(String.valueOf(current.get(COMMITTEE)));
    for (Committee other : Committee.values()) {
      String field = decisionField(other);
      if (other != committee && text(values, field) != null) {
        return List.of(new FieldProblem(field, "is not a decision of the " + committee + ": give "
            + decisionField(committee) + ", one of " + committee.decisions()));
      }
    }
    String decided = text(values, decisionField(committee));
    if (decided != null && SessionDecision.REASONED.contains(decided) && text(values, DECISION_REASON) == null
        && !invalid.contains(DECISION_REASON)) {
      return List.of(new FieldProblem(DECISION_REASON, "is required to "
          + decided.toLowerCase(Locale.ROOT).replace('_', ' ')));
    }
    return List.of();
  }

  private static long sessionId(Map<String, Object> current) {
    return ((Number) current.get(SESSION_ID)).longValue();
  }

  private static String text(Map<String, Object> values, String key) {
    Object value = values.get(key);
    return value == null || value.toString().isBlank() ? null : value.toString();
  }
}
