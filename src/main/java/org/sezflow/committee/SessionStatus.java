package org.sezflow.committee;

/**
 * A session's life: scheduled (its agenda gathers proposals), agenda frozen (no item added or
 * removed), held (every item decided), closed (the decisions delivered to the proposals).
 */
public enum SessionStatus {
  SCHEDULED, AGENDA_FROZEN, HELD, CLOSED
}
