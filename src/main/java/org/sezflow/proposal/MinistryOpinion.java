package org.sezflow.proposal;

import java.time.Instant;

/** A consulted ministry's opinion on a proposal (SUPPORT, CONCERNS or OBJECTION), for the JWG. */
public record MinistryOpinion(String ministry, String opinion, String comments, String givenBy, Instant givenAt) {

  /** One line of the JWG's summary: "Ministry of Industries and Production: SUPPORT: comments". */
  public String summaryLine() {
    return ministry + ": " + opinion + (comments == null || comments.isBlank() ? "" : ": " + comments);
  }
}
