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

  public static Map<String, Object> textilesJv(String zoneCode, double acres) {
    return ProposalFixtures.textilesJv(zoneCode, acres);
  }

  public static Map<String, Object> screening(String decision, String reason) {
    return ProposalFixtures.screening(decision, reason);
  }

  public static Map<String, Object> mouPrepared() {
    return ProposalFixtures.mouPrepared();
  }

  public static Map<String, Object> mouSigned() {
    return ProposalFixtures.mouSigned();
  }

  public static Map<String, Object> ministryOpinion(String opinion) {
    return ProposalFixtures.ministryOpinion(opinion);
  }
}
