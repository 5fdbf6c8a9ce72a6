package org.sezflow.committee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.sezflow.system.PakistanTime;
import org.sezflow.system.ProblemException.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a request or a task would change, checked against the sessions as they are, without writing
 * anything: so that the API refuses before it starts a process, and a task's form is refused
 * naming its own fields before the task completes. {@link CommitteeSessions} applies the same rules
 * again, under the session's lock, when it writes.
 */
@Service
public class SessionChecks {

  private final CommitteeSessionRepository sessions;
  private final AgendaRepository agenda;
  private final Clock clock;

  SessionChecks(CommitteeSessionRepository sessions, AgendaRepository agenda, Clock clock) {
    this.sessions = sessions;
    this.agenda = agenda;
    this.clock = clock;
  }

  /** Scheduling as {@link CommitteeSessions#schedule} does it: 400 naming each field, 409 for a number taken. */
  @Transactional(readOnly = true)
  public void schedule(Committee committee, Integer number, LocalDate date, String venue, LocalDate agendaCutOff) {
    List<FieldProblem> problems = new ArrayList<>();
    if (committee == null) {
      problems.add(new FieldProblem("committee", "is required: one of " + List.of(Committee.values())));
    }
    problems.addAll(SessionRules.schedule(number, date, venue, agendaCutOff, PakistanTime.today(clock)));
    SessionProblems.Invalid.throwIfAny(problems);
    if (number != null && sessions.numberTaken(committee, number)) {
      throw SessionProblems.Conflict.numberTaken(committee, number);
    }
  }

  /** The session's decisions as {@link CommitteeSessions#recordDecisions} takes them: 404, 400 or 409. */
  @Transactional(readOnly = true)
  public void decisions(long sessionId, List<SessionDecision> decisions) {
    SessionRules.requireRecordable(session(sessionId), decisions, agenda.items(sessionId));
  }

  /**
   * What is wrong with a change to the agenda, each problem named by {@link AgendaChange}'s field
   * (a list's entry by its index, "addProposalRefs[1]"); a session whose agenda is frozen is a conflict.
   */
  @Transactional(readOnly = true)
  public List<FieldProblem> agendaChange(long sessionId, AgendaChange change) {
    CommitteeSession session = session(sessionId);
    if (session.status() != SessionStatus.SCHEDULED) {
      throw new SessionProblems.Conflict("status", "The agenda of session " + session.citation() + " is frozen ("
          + session.status() + ")");
    }
    List<AgendaItem> items = agenda.items(sessionId);
    List<FieldProblem> problems = new ArrayList<>();
    if (change.remove().size() > AgendaChange.MAX_PROPOSALS || change.add().size() > AgendaChange.MAX_PROPOSALS) {
      problems.add(new FieldProblem(change.remove().size() > AgendaChange.MAX_PROPOSALS
          ? AgendaChange.REMOVE_PROPOSAL_REFS : AgendaChange.ADD_PROPOSAL_REFS,
          "must list at most " + AgendaChange.MAX_PROPOSALS + " proposals"));
      return problems;
    }
    for (int i = 0; i < change.remove().size(); i++) {
      String removing = change.remove().get(i);
      if (onAgenda(items, removing).isEmpty()) {
        problems.add(new FieldProblem(AgendaChange.REMOVE_PROPOSAL_REFS + "[" + i + "]", removing
            + " is not on the agenda of the " + session.citation()));
      }
    }
    if (!change.remove().isEmpty()) {
      reason(problems, AgendaChange.REMOVE_REASON, change.removeReason());
    } else if (AgendaChange.blankToNull(change.removeReason()) != null) {
      problems.add(new FieldProblem(AgendaChange.REMOVE_PROPOSAL_REFS, "must name a proposal with a reason for "
          + "taking it off"));
    }
    for (int i = 0; i < change.add().size(); i++) {
      String adding = change.add().get(i);
      Optional<AgendaItem> open = agenda.openItem(session.committee(), adding);
      String problem = change.remove().contains(adding) ? "cannot be taken off and added at once"
          : onAgenda(items, adding).isPresent() ? "is on this agenda already"
              : !agenda.isWaiting(adding, session.committee()) ? "does not wait for the " + session.committee()
                  : open.map(item -> "is on the agenda of the "
                      + sessions.find(item.sessionId()).map(CommitteeSession::citation).orElse("another session"))
                      .orElse(null);
      if (problem != null) {
        problems.add(new FieldProblem(AgendaChange.ADD_PROPOSAL_REFS + "[" + i + "]", adding + " " + problem));
      }
    }
    if (!change.add().isEmpty()) {
      reason(problems, AgendaChange.ADD_REASON, change.addReason());
    } else if (AgendaChange.blankToNull(change.addReason()) != null) {
      problems
          .add(new FieldProblem(AgendaChange.ADD_PROPOSAL_REFS, "must name a proposal with a reason for adding it"));
    }
    return problems;
  }

  static Optional<AgendaItem> onAgenda(List<AgendaItem> items, String proposalRef) {
    return items.stream().filter(i -> i.onAgenda() && i.proposalRef().equals(proposalRef)).findFirst();
  }

  private static void reason(List<FieldProblem> problems, String field, String reason) {
    SessionRules.reason(reason).forEach(problem -> problems.add(new FieldProblem(field, problem.message())));
  }

  private CommitteeSession session(long sessionId) {
    return sessions.find(sessionId).orElseThrow(() -> new SessionProblems.NotFound(sessionId));
  }
}
