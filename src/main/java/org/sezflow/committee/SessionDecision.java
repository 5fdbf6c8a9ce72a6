package org.sezflow.committee;

/** A session's decision on one agenda item, with the minutes' reference that records it. */
public record SessionDecision(long itemId, String decision, String minutesRef) {}
