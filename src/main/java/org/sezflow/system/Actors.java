package org.sezflow.system;

/** Who acts, as the records write it, when no user does. */
public final class Actors {

  /** The application itself: gathering an agenda, a timer's step, the job executor. */
  public static final String APPLICATION = "sez-flow";

  private Actors() {}
}
