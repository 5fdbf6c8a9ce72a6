package org.sezflow.zone;

/**
 * Who and what caused a change to a zone record, written to the zone's event log.
 *
 * @param proposalRef the proposal concerned, or null for changes to the zone itself
 * @param processInstanceId the process instance, or null when the change came from outside one
 * @param step the process step or operation, e.g. "Reserve land"
 * @param actor the user id, or the name of the system that acted
 */
public record ZoneChangeCause(String proposalRef, String processInstanceId, String step, String actor) {

  public ZoneChangeCause {
    if (step == null || step.isBlank()) {
      throw new IllegalArgumentException("step is required");
    }
    if (actor == null || actor.isBlank()) {
      throw new IllegalArgumentException("actor is required");
    }
  }
}
