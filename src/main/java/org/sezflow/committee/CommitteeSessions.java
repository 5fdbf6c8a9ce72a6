package org.sezflow.committee;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.sezflow.system.PakistanTime;
import org.sezflow.system.ProblemException.FieldProblem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committees' sessions: scheduling, the agenda that gathers the proposals waiting for the
 * committee until its cut-off, the secretariat's additions and removals, the frozen agenda, the
 * session's decisions (all of a request or none) and the close that hands them to the proposals.
 * Each change locks its committee's row first, then the session's: changes to one committee's
 * sessions, agendas and waits are taken one at a time on every node, and each reads what the one
 * before committed (so a session scheduled while a proposal starts waiting always sees it, or is
 * seen by it). The committees are locked in one order (JWG before JCC) by whoever needs both.
 */
@Service
public class CommitteeSessions {

  public record Agenda(CommitteeSession session, List<AgendaItem> items) {}

  private final CommitteeSessionRepository sessions;
  private final AgendaRepository agenda;
  private final SessionChecks checks;
  private final SessionLocks locks;
  private final AgendaPlacement placement;
  private final Clock clock;

  CommitteeSessions(CommitteeSessionRepository sessions, AgendaRepository agenda, SessionChecks checks,
      SessionLocks locks, AgendaPlacement placement, Clock clock) {
    this.sessions = sessions;
    this.agenda = agenda;
    this.checks = checks;
    this.locks = locks;
    this.placement = placement;
    this.clock = clock;
  }

  // --- reading -------------------------------------------------------------------------------

  @Transactional(readOnly = true)
  public List<CommitteeSession> list(Committee committee) {
    return sessions.list(committee);
  }

  @Transactional(readOnly = true)
  public Agenda agenda(long sessionId) {
    CommitteeSession session = sessions.find(sessionId).orElseThrow(() -> new SessionProblems.NotFound(sessionId));
    return new Agenda(session, agenda.items(sessionId));
  }

  /** Every agenda item of the proposal, on any session, oldest first. */
  @Transactional(readOnly = true)
  public List<AgendaItem> itemsOf(String proposalRef) {
    return agenda.itemsOf(proposalRef);
  }

  // --- scheduling and the agenda -------------------------------------------------------------

  /**
   * Schedules the committee's session {@code number} (null: the next number), which gathers at
   * once the proposals waiting for the committee that no other open session has.
   */
  @Transactional
  public CommitteeSession schedule(Committee committee, Integer number, LocalDate date, String venue,
      LocalDate agendaCutOff, String actor) {
    SessionProblems.Invalid.throwIfAny(SessionRules.schedule(number, date, venue, agendaCutOff, today()));
    locks.committee(committee);
    int sessionNumber = number != null ? number : sessions.nextNumber(committee);
    if (sessions.numberTaken(committee, sessionNumber)) {
      throw SessionProblems.Conflict.numberTaken(committee, sessionNumber);
    }
    long id;
    try {
      id = sessions.insert(committee, sessionNumber, date, venue.strip(), agendaCutOff, actor, now());
    } catch (DuplicateKeyException sameNumberMeanwhile) {
      throw SessionProblems.Conflict.numberTaken(committee, sessionNumber);
    }
    CommitteeSession session = sessions.find(id).orElseThrow();
    if (session.gathersOn(today())) {
      agenda.unplaced(committee, id).forEach(ref -> placement.place(session, ref, ItemOrigin.GATHERED, null,
          AgendaPlacement.GATHERER));
    }
    return session;
  }

  /**
   * Takes the committee's lock for the caller's transaction, before it reads what it will change
   * (the session's open tasks, say): the changes this class makes then see what it read.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void holdCommittee(Committee committee) {
    locks.committee(committee);
  }

  /** The session's process instance, for the secretariat's tasks and Cockpit. */
  @Transactional
  public void attachProcess(long sessionId, String processInstanceId) {
    sessions.attachProcess(sessionId, processInstanceId);
  }

  /**
   * The proposal now waits for the committee (consultations complete, endorsed, or deferred): the
   * earliest session whose agenda still gathers takes it; with none, it waits for the next one.
   */
  @Transactional
  public void startWaiting(String proposalRef, Committee committee) {
    locks.committee(committee);
    agenda.startWaiting(proposalRef, committee, now());
    placement.onNextSession(proposalRef, committee);
  }

  /** The secretariat puts a proposal waiting for the committee on the agenda, with a reason (after the cut-off, say). */
  @Transactional
  public AgendaItem addItem(long sessionId, String proposalRef, String reason, String actor) {
    CommitteeSession session = locks.scheduledSession(sessionId);
    SessionProblems.Invalid.throwIfAny(SessionRules.reason(reason));
    if (!agenda.isWaiting(proposalRef, session.committee())) {
      throw new SessionProblems.Invalid(List.of(new FieldProblem("proposalRef",
          "proposal " + proposalRef + " does not wait for the " + session.committee())));
    }
    agenda.openItem(session.committee(), proposalRef).ifPresent(item -> {
      throw new SessionProblems.Conflict("proposalRef", "Proposal " + proposalRef + " is on the agenda of session "
          + item.sessionId() + " already");
    });
    placement.place(session, proposalRef, ItemOrigin.ADDED, reason.strip(), actor);
    return agenda.openItem(session.committee(), proposalRef).orElseThrow();
  }

  /** The secretariat takes an item off the agenda, with a reason; the proposal waits for a later session. */
  @Transactional
  public void removeItem(long sessionId, long itemId, String reason, String actor) {
    CommitteeSession session = locks.scheduledSession(sessionId);
    SessionProblems.Invalid.throwIfAny(SessionRules.reason(reason));
    AgendaItem item =
        agenda.item(itemId).filter(i -> i.sessionId() == session.id()).orElseThrow(() -> new SessionProblems.Invalid(
            List.of(new FieldProblem("itemId", "is not an item of session " + session.citation()))));
    if (!item.onAgenda()) {
      throw new SessionProblems.Conflict("itemId", "Item " + itemId + " is no longer on the agenda");
    }
    agenda.remove(itemId, reason.strip(), actor, now());
    placement.onNextSession(item.proposalRef(), session.committee());
  }

  /**
   * The secretariat's change to a scheduled agenda, all of it or none: the proposals taken off go to
   * a later session, those added come on with the reason. Checked again under the committee's lock.
   */
  @Transactional
  public void changeAgenda(long sessionId, AgendaChange change, String actor) {
    locks.scheduledSession(sessionId);
    SessionProblems.Invalid.throwIfAny(checks.agendaChange(sessionId, change));
    for (String proposalRef : change.remove()) {
      long itemId = SessionChecks.onAgenda(agenda.items(sessionId), proposalRef).orElseThrow().id();
      removeItem(sessionId, itemId, change.removeReason(), actor);
    }
    for (String proposalRef : change.add()) {
      addItem(sessionId, proposalRef, change.addReason(), actor);
    }
  }

  /** No item is added or removed any more: the agenda is what the committee will decide. */
  @Transactional
  public CommitteeSession freezeAgenda(long sessionId) {
    locks.scheduledSession(sessionId);
    sessions.moveTo(sessionId, SessionStatus.AGENDA_FROZEN, now());
    return sessions.find(sessionId).orElseThrow();
  }

  // --- the session's decisions ---------------------------------------------------------------

  /**
   * Records the session's decisions on these items, all or none: every item of this session, each
   * once, a decision the committee can take, the minutes' reference. A withdrawn or removed item,
   * or one decided before, is a conflict. When every item on the agenda is decided, the session is held.
   */
  @Transactional
  public Agenda recordDecisions(long sessionId, List<SessionDecision> decisions, String actor) {
    CommitteeSession session = locks.session(sessionId);
    SessionRules.requireRecordable(session, decisions, agenda.items(sessionId));
    Instant at = now();
    decisions.forEach(d -> agenda.decide(d.itemId(), d.decision(), d.minutesRef().strip(),
        d.reason() == null || d.reason().isBlank() ? null : d.reason().strip(), actor, at));
    List<AgendaItem> after = agenda.items(sessionId);
    if (after.stream().filter(AgendaItem::onAgenda).allMatch(AgendaItem::decided)) {
      sessions.moveTo(sessionId, SessionStatus.HELD, at);
    }
    return new Agenda(sessions.find(sessionId).orElseThrow(), after);
  }

  /**
   * Closes a held session, or a frozen one with nothing left to decide (an empty agenda): its
   * decided items are delivered, their proposals no longer wait for the committee (a deferred one
   * starts waiting again when its process takes the decision). Returns the decided items, for the
   * process to hand each to its proposal.
   */
  @Transactional
  public List<AgendaItem> close(long sessionId) {
    CommitteeSession session = locks.session(sessionId);
    List<AgendaItem> items = agenda.items(sessionId);
    boolean nothingToDecide = items.stream().filter(AgendaItem::onAgenda).allMatch(AgendaItem::decided);
    if (session.status() != SessionStatus.HELD && !(session.status() == SessionStatus.AGENDA_FROZEN
        && nothingToDecide)) {
      throw new SessionProblems.Conflict("status", "Session " + session.citation() + " is " + session.status()
          + ", not " + SessionStatus.HELD);
    }
    Instant at = now();
    if (session.status() == SessionStatus.AGENDA_FROZEN) {
      sessions.moveTo(sessionId, SessionStatus.HELD, at);
    }
    List<AgendaItem> decided = items.stream().filter(i -> i.onAgenda() && i.decided()).toList();
    decided.forEach(item -> agenda.stopWaiting(item.proposalRef(), session.committee()));
    agenda.close(sessionId, at);
    sessions.moveTo(sessionId, SessionStatus.CLOSED, at);
    return decided;
  }

  /**
   * The sponsor withdrew: the proposal leaves every open agenda (its items show it) and waits for
   * no committee. Returns the items it left, as they were, for their sessions' open tasks.
   */
  @Transactional
  public List<AgendaItem> withdraw(String proposalRef) {
    locks.everyCommittee();
    List<AgendaItem> left = agenda.openItemsOf(proposalRef);
    agenda.withdraw(proposalRef, now());
    agenda.stopWaitingForAny(proposalRef);
    return left;
  }

  // --- helpers -------------------------------------------------------------------------------

  private LocalDate today() {
    return PakistanTime.today(clock);
  }

  private Instant now() {
    return clock.instant();
  }
}
