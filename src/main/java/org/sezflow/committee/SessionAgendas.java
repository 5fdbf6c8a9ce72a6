package org.sezflow.committee;

import java.util.List;
import java.util.Optional;

import org.sezflow.system.ProblemException.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of one session's agenda for its process and forms: the items still to decide once it is
 * frozen, one item, the item of a proposal, and the waiting proposals the secretariat could add.
 */
@Service
public class SessionAgendas {

  private final CommitteeSessionRepository sessions;
  private final AgendaRepository agenda;

  SessionAgendas(CommitteeSessionRepository sessions, AgendaRepository agenda) {
    this.sessions = sessions;
    this.agenda = agenda;
  }

  @Transactional(readOnly = true)
  public CommitteeSession session(long sessionId) {
    return sessions.find(sessionId).orElseThrow(() -> new SessionProblems.NotFound(sessionId));
  }

  /** The session a reference names ("JCC-14"), if any. */
  @Transactional(readOnly = true)
  public Optional<CommitteeSession> byReference(String reference) {
    java.util.regex.Matcher parts = java.util.regex.Pattern.compile("(JWG|JCC)-([1-9][0-9]{0,3})").matcher(
        reference == null ? "" : reference);
    return parts.matches() ? sessions.byNumber(Committee.valueOf(parts.group(1)), Integer.parseInt(parts.group(2)))
        : Optional.empty();
  }

  /** The ids of the items on the agenda not decided yet, in agenda order: one "Record decision" each. */
  @Transactional(readOnly = true)
  public List<Long> itemsToDecide(long sessionId) {
    return agenda.items(sessionId).stream().filter(i -> i.onAgenda() && !i.decided()).map(AgendaItem::id).toList();
  }

  /** The item of this session with this id; another session's item, or none, is 400 naming the item. */
  @Transactional(readOnly = true)
  public AgendaItem item(long sessionId, long itemId) {
    return agenda.item(itemId).filter(item -> item.sessionId() == sessionId)
        .orElseThrow(() -> new SessionProblems.Invalid(List.of(new FieldProblem("itemId",
            "is not an item of session " + sessionId))));
  }

  /** The proposal's item on this session's agenda (not removed or withdrawn), if any. */
  @Transactional(readOnly = true)
  public Optional<AgendaItem> itemOf(long sessionId, String proposalRef) {
    return SessionChecks.onAgenda(agenda.items(sessionId), proposalRef);
  }

  /**
   * The proposals waiting for the session's committee that no open session has on its agenda,
   * longest waiting first: those the secretariat may add (one taken off this agenda too).
   */
  @Transactional(readOnly = true)
  public List<String> addable(long sessionId) {
    return agenda.offAgenda(session(sessionId).committee());
  }
}
