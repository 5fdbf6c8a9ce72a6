package org.sezflow.committee;

import java.time.LocalDate;
import java.util.List;

/**
 * A session's process ({@code committee-session}) as the API sees it; implemented over Camunda in
 * the workflow package. The API checks the caller and the input first; the process then acts as
 * the application on the caller's behalf, and what it records names the caller.
 */
public interface SessionProcess {

  /** Whether the calling user acts for the committee: a member of its secretariat, or an administrator. */
  boolean mayActFor(Committee committee);

  /**
   * Starts a session's process, whose first step schedules the session (number null: the next);
   * joins the caller's transaction. Returns the new session's id.
   */
  long schedule(Committee committee, Integer number, LocalDate date, String venue, LocalDate agendaCutOff);

  /**
   * Applies a change to the scheduled session's agenda, then freezes it if asked, by completing
   * its "Prepare agenda" task as Tasklist does.
   */
  void changeAgenda(CommitteeSession session, AgendaChange change, boolean freeze);

  /** Whether the calling user is an administrator: they alone close a session that cannot close by itself. */
  boolean isAdministrator();

  /**
   * Closes a session that cannot close by itself, by starting "Close a committee session" as
   * Tasklist's start form does, in the caller's name: see {@link StuckSessions#closeByAdministrator}.
   */
  void closeByAdministrator(CommitteeSession session, String reason);

  /**
   * Records the session's decisions by completing the open "Record decision" task of each item,
   * in one transaction: all of them or none. The last one closes the session.
   */
  void recordDecisions(CommitteeSession session, List<SessionDecision> decisions);
}
