package org.sezflow.workflow;

import java.util.Map;

/** Test fixtures for tests outside this package. */
public final class ProposalFixturesAccess {

  private ProposalFixturesAccess() {}

  /** The submission variables of the imaging JV, for the given zone and area (a mutable map). */
  public static Map<String, Object> submission(String zoneCode, double acres) {
    return ProposalFixtures.imagingJv(zoneCode, acres);
  }

  public static Map<String, Object> textilesJv() {
    return ProposalFixtures.textilesJv("RSEZ", 2);
  }
}
