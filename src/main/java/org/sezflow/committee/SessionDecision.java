package org.sezflow.committee;

/**
 * A session's decision on one agenda item, with the minutes' reference that records it and the
 * committee's reasons (required to send back, defer or reject; {@link #REASONED}).
 */
public record SessionDecision(long itemId, String decision, String minutesRef, String reason) {

  /** The decisions a committee takes only with its reasons written down: whoever acts next reads them. */
  public static final java.util.Set<String> REASONED = java.util.Set.of("SEND_BACK", "DEFER", "REJECT");

  /** The longest minutes' reference a decision may cite. */
  public static final int MAX_MINUTES_REF = 200;

  /** The longest reasons a decision may give. */
  public static final int MAX_REASON = 1000;
}
