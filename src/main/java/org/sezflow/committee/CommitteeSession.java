package org.sezflow.committee;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One meeting of a committee, cited by its number ("the 14th JCC"). {@code closedBy} and
 * {@code closeReason} are set only when an administrator closed a session that could not close by itself.
 */
public record CommitteeSession(long id, Committee committee, int sessionNumber, LocalDate sessionDate, String venue,
    LocalDate agendaCutOff, SessionStatus status, String processInstanceId, String scheduledBy, Instant scheduledAt,
    Instant agendaFrozenAt, Instant heldAt, Instant closedAt, String closedBy, String closeReason) {

  /** How minutes cite the session: "14th JCC". */
  public String citation() {
    int lastTwo = sessionNumber % 100;
    String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th"
        : switch (sessionNumber % 10) {
          case 1 -> "st";
          case 2 -> "nd";
          case 3 -> "rd";
          default -> "th";
        };
    return sessionNumber + suffix + " " + committee;
  }

  /** The session's reference, the business key of its process: "JCC-14". */
  public String reference() {
    return committee + "-" + sessionNumber;
  }

  /** Whether proposals that start waiting on {@code today} are still gathered onto its agenda. */
  boolean gathersOn(LocalDate today) {
    return status == SessionStatus.SCHEDULED && !today.isAfter(agendaCutOff);
  }
}
