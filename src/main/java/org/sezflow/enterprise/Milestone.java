package org.sezflow.enterprise;

/** What a zone enterprise must reach, in this order, each by its deadline from the allotment letter. */
public enum Milestone {
  SUB_LEASE("Sub-lease signed with the zone developer"),
  CONSTRUCTION_START("Construction started"),
  COMMERCIAL_OPERATIONS("Commercial operations started");

  private final String label;

  Milestone(String label) {
    this.label = label;
  }

  public String label() {
    return label;
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
