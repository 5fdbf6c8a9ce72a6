package org.sezflow.committee;

/** A session's decision on one agenda item, with the minutes' reference that records it. */
public record SessionDecision(long itemId, String decision, String minutesRef) {

  /** The longest minutes' reference a decision may cite. */
  public static final int MAX_MINUTES_REF = 200;
}
