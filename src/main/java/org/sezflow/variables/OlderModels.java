package org.sezflow.variables;

import java.util.Map;

import org.sezflow.proposal.DecisionStep;

/**
 * The names and ids that only older model versions use; they go with the package
 * {@code org.sezflow.legacy} under its removal condition.
 * Today's code that still reads them for those instances names this class.
 */
public final class OlderModels {

  private OlderModels() {}

  /** Version 1.0's "Review at JWG": the decision's comments. */
  public static final String JWG_COMMENTS = "jwgComments";
  /** Version 1.0's "Decide at JCC": the minutes, a deferral's session date, and its timer's date. */
  public static final String JCC_MINUTES = "jccMinutes";
  public static final String JCC_NEXT_SESSION_ON = "jccNextSessionOn";
  public static final String JCC_SESSION_AT = "jccSessionAt";
  /** Version 1.0's "Decide at JCC" form, whose deferral date has a rule of its own. */
  public static final String DECIDE_AT_JCC_FORM = "decide-at-jcc";

  /**
   * Versions before {@code rejectingStep} had one "Reject proposal" task per rejecting step under
   * these ids: their running instances are told apart by the task they are at.
   */
  public static final Map<String, DecisionStep> STEP_BY_REJECT_ACTIVITY = Map.of(
      "RejectAtScreening", DecisionStep.SCREENING,
      "RejectAtZoneChoice", DecisionStep.ZONE_CHOICE,
      "RejectAtJwg", DecisionStep.JWG_REVIEW,
      "RejectAtJcc", DecisionStep.JCC_DECISION);
}
