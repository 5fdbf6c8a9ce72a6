package org.sezflow.proposal;

import java.util.List;

/** The decisions officials take, with the outcomes each allows. */
public enum DecisionStep {
  SCREENING("ACCEPT", "CLARIFY", "REJECT"),
  ZONE_CHOICE("RETRY", "REJECT"),
  MOU_PREPARATION("PREPARED"),
  MINISTRY_CONSULTATION("SUPPORT", "CONCERNS", "OBJECTION"),
  JWG_REVIEW("ENDORSE", "SEND_BACK", "REJECT"),
  REVISION("REVISED"),
  JCC_DECISION("APPROVE", "DEFER", "REJECT");

  private final List<String> outcomes;

  DecisionStep(String... outcomes) {
    this.outcomes = List.of(outcomes);
  }

  public List<String> outcomes() {
    return outcomes;
  }

  /** Refuses an outcome this step does not allow. */
  void requireOutcome(String outcome) {
    if (outcome == null || !outcomes.contains(outcome)) {
      throw InvalidProposalException.of("decision", "must be one of " + outcomes);
    }
  }
}
