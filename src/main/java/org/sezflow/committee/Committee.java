package org.sezflow.committee;

import java.util.List;

import org.sezflow.proposal.DecisionStep;

/**
 * The bilateral bodies that decide proposals in sessions, each with the decisions it can take on
 * an agenda item (those of its step in the proposal's decision log) and its secretariat: the
 * Camunda group that schedules its sessions and works on their tasks. The group ids are named
 * here, once; {@code identity.Groups} refers to them.
 */
public enum Committee {
  JWG("Joint Working Group on Industrial Cooperation", DecisionStep.JWG_REVIEW, "jwg-secretariat"),
  JCC("Joint Cooperation Committee", DecisionStep.JCC_DECISION, "jcc-secretariat");

  private final String title;
  private final DecisionStep step;
  private final String secretariat;

  Committee(String title, DecisionStep step, String secretariat) {
    this.title = title;
    this.step = step;
    this.secretariat = secretariat;
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

  /** The id of the secretariat's group, which schedules the committee's sessions and works on their tasks. */
  public String secretariat() {
    return secretariat;
  }
}
