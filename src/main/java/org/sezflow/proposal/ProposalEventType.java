package org.sezflow.proposal;

import java.util.Arrays;
import java.util.List;

/** The events an external system sends about a proposal, by their name in the API path. */
public enum ProposalEventType {
  CLARIFICATION_ANSWERED("clarification-answered"),
  MOU_SIGNED("mou-signed"),
  WITHDRAWAL("withdrawal");

  private final String path;

  ProposalEventType(String path) {
    this.path = path;
  }

  public String path() {
    return path;
  }

  public static List<String> paths() {
    return Arrays.stream(values()).map(ProposalEventType::path).toList();
  }
}
