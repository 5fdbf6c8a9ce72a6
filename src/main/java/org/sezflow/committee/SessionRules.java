package org.sezflow.committee;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sezflow.system.ProblemException.FieldProblem;
import org.sezflow.system.Texts;

/** What a secretariat enters about a session, checked on its own before anything is written. */
final class SessionRules {

  static final int MAX_NUMBER = 9999;
  static final int MAX_VENUE = 200;
  static final int MAX_REASON = SessionDecision.MAX_REASON;
  static final int MAX_MINUTES_REF = SessionDecision.MAX_MINUTES_REF;

  private SessionRules() {}

  static List<FieldProblem> schedule(Integer number, LocalDate date, String venue, LocalDate cutOff,
      LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    if (number != null && (number < 1 || number > MAX_NUMBER)) {
      problems.add(new FieldProblem("number", "must be a whole number from 1 to " + MAX_NUMBER));
    }
    if (date == null) {
      problems.add(new FieldProblem("date", "is required"));
    } else if (date.isBefore(today)) {
      problems.add(new FieldProblem("date", "must not be in the past"));
    }
    text(problems, "venue", venue, MAX_VENUE, false);
    if (cutOff == null) {
      problems.add(new FieldProblem("agendaCutOff", "is required"));
    } else if (cutOff.isBefore(today)) {
      problems.add(new FieldProblem("agendaCutOff", "must not be in the past"));
    } else if (date != null && cutOff.isAfter(date)) {
      problems.add(new FieldProblem("agendaCutOff", "must not be after the session's date"));
    }
    return problems;
  }

  static List<FieldProblem> reason(String reason) {
    return text(new ArrayList<>(), "reason", reason, MAX_REASON, true);
  }

  /**
   * Each decision names an item of this session once, a decision the committee can take and the
   * minutes' reference; {@code items} are the session's items by id.
   */
  static List<FieldProblem> decisions(Committee committee, List<SessionDecision> decisions,
      Map<Long, AgendaItem> items) {
    List<FieldProblem> problems = new ArrayList<>();
    if (decisions == null || decisions.isEmpty()) {
      problems.add(new FieldProblem("decisions", "must list at least one item's decision"));
      return problems;
    }
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < decisions.size(); i++) {
      SessionDecision d = decisions.get(i);
      String field = "decisions[" + i + "]";
      if (d == null) {
        problems.add(new FieldProblem(field, "must be a decision, not null"));
        continue;
      }
      if (!items.containsKey(d.itemId())) {
        problems.add(new FieldProblem(field + ".itemId", "is not an item of this session's agenda"));
      } else if (!seen.add(d.itemId())) {
        problems.add(new FieldProblem(field + ".itemId", "is decided twice in this request"));
      }
      if (d.decision() == null || !committee.decisions().contains(d.decision())) {
        problems.add(new FieldProblem(field + ".decision", "must be one of " + committee.decisions() + " for the "
            + committee));
      }
      text(problems, field + ".minutesRef", d.minutesRef(), MAX_MINUTES_REF, false);
      if (d.reason() != null && !d.reason().isBlank()
          || d.decision() != null && SessionDecision.REASONED.contains(d.decision())) {
        text(problems, field + ".reason", d.reason(), SessionDecision.MAX_REASON, true,
            "is required to " + verb(d.decision()));
      }
    }
    return problems;
  }

  private static String verb(String decision) {
    return decision == null ? "decide" : decision.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  private static List<FieldProblem> text(List<FieldProblem> problems, String field, String value, int max,
      boolean multiline) {
    return text(problems, field, value, max, multiline, "is required");
  }

  private static List<FieldProblem> text(List<FieldProblem> problems, String field, String value, int max,
      boolean multiline, String required) {
    String problem = value == null || value.isBlank() ? required
        : value.length() > max ? "must have at most " + max + " characters" : Texts.problem(value, multiline);
    if (problem != null) {
      problems.add(new FieldProblem(field, problem));
    }
    return problems;
  }

  /**
   * The session's decisions may be recorded: its agenda is frozen, each decision is well formed for
   * the committee and names an item of this session once (400), and each item is still on the
   * agenda and not decided yet (409: a withdrawn proposal is not decided). Writes nothing.
   */
  static void requireRecordable(CommitteeSession session, List<SessionDecision> decisions, List<AgendaItem> agenda) {
    if (session.status() != SessionStatus.AGENDA_FROZEN) {
      throw new SessionProblems.Conflict("status", "Session " + session.citation() + " is " + session.status()
          + (session.status() == SessionStatus.SCHEDULED ? ": freeze its agenda first"
              : ": its decisions are recorded"));
    }
    Map<Long, AgendaItem> items = new HashMap<>();
    agenda.forEach(item -> items.put(item.id(), item));
    SessionProblems.Invalid.throwIfAny(decisions(session.committee(), decisions, items));
    for (SessionDecision d : decisions) {
      AgendaItem item = items.get(d.itemId());
      if (item.withdrawnAt() != null) {
        throw new SessionProblems.Conflict("itemId", "Proposal " + item.proposalRef() + " was withdrawn: send the "
            + "other items' decisions again without item " + item.id());
      }
      if (item.removedAt() != null) {
        throw new SessionProblems.Conflict("itemId", "Item " + item.id() + " was taken off the agenda: send the "
            + "other items' decisions again without it");
      }
      if (item.decided()) {
        throw new SessionProblems.Conflict("itemId",
            "Item " + item.id() + " is decided already (" + item.decision() + ")");
      }
    }
  }
}
