package org.sezflow.proposal;

import java.time.Instant;

/** A consulted ministry's opinion on a proposal (SUPPORT, CONCERNS or OBJECTION), for the JWG. */
public record MinistryOpinion(String ministry, String opinion, String comments, String givenBy, Instant givenAt) {

  /** One line of the JWG's summary: "Ministry of Industries and Production: SUPPORT: comments". */
  public String summaryLine() {
    return ministry + ": " + opinion + (comments == null || comments.isBlank() ? "" : ": " + comments);
  }

  /** The JWG's summary of these opinions, a line each. */
  public static String summary(java.util.List<MinistryOpinion> opinions) {
    return String.join("\n", opinions.stream().map(MinistryOpinion::summaryLine).toList());
  }
}
