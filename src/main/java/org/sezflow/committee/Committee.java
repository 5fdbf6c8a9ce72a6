package org.sezflow.committee;

import java.util.List;

import org.sezflow.proposal.DecisionStep;

/**
 * The bilateral bodies that decide proposals in sessions, each with the decisions it can take on
 * an agenda item (those of its step in the proposal's decision log).
 */
public enum Committee {
  JWG("Joint Working Group on Industrial Cooperation", DecisionStep.JWG_REVIEW),
  JCC("Joint Cooperation Committee", DecisionStep.JCC_DECISION);

  private final String title;
  private final DecisionStep step;

  Committee(String title, DecisionStep step) {
    this.title = title;
    this.step = step;
  }

  public String title() {
    return title;
  }

  /** The proposal's decision step this committee's decisions are logged under. */
  public DecisionStep step() {
    return step;
  }

  public List<String> decisions() {
    return step.outcomes();
  }
}
