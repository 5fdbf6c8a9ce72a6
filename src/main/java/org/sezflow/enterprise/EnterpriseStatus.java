package org.sezflow.enterprise;

/** Where a zone enterprise stands; the last two end its monitoring. */
public enum EnterpriseStatus {
  /** Building towards its milestones, none missed (or restored after a default). */
  ON_TRACK,
  /** Missed a milestone: a show-cause notice is open, the SEZ authority decides. */
  IN_DEFAULT,
  /** An official proposed the cancellation; a second official confirms or refuses it. */
  CANCELLATION_PROPOSED,
  /** Commercial operations verified; quarterly monitoring goes on until graduation. */
  OPERATING,
  GRADUATED,
  CANCELLED;

  public boolean isEnded() {
    return this == GRADUATED || this == CANCELLED;
  }
}
