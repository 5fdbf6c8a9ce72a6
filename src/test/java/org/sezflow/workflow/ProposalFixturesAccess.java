package org.sezflow.workflow;

import java.util.Map;

/** Test fixtures for tests outside this package. */
public final class ProposalFixturesAccess {

  private ProposalFixturesAccess() {}

  public static Map<String, Object> textilesJv() {
    return ProposalFixtures.textilesJv("RSEZ", 2);
  }
}
