package org.sezflow.enterprise;

import org.sezflow.labels.Labels;

/** What a zone enterprise must reach, in this order, each by its deadline from the allotment letter. */
public enum Milestone {
  SUB_LEASE,
  CONSTRUCTION_START,
  COMMERCIAL_OPERATIONS;

  /** What people read: "Construction started" (from {@link Labels}). */
  public String label() {
    return Labels.of("milestone", this);
  }

  /** The milestone named, or null for a name that is none (callers name the field). */
  public static Milestone parse(String name) {
    for (Milestone milestone : values()) {
      if (milestone.name().equals(name)) {
        return milestone;
      }
    }
    return null;
  }
}
