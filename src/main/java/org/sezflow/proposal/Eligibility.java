package org.sezflow.proposal;

import java.util.List;

/** The outcome of the eligibility and incentive tables for one proposal. */
public record Eligibility(boolean eligible, String reason, List<String> incentives) {

  public String incentivesSummary() {
    return String.join("\n", incentives);
  }
}
