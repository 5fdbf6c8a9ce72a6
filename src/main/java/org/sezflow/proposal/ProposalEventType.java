package org.sezflow.proposal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

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

  public static Optional<ProposalEventType> fromPath(String path) {
    return Arrays.stream(values()).filter(type -> type.path.equals(path)).findFirst();
  }

  public static List<String> paths() {
    return Arrays.stream(values()).map(ProposalEventType::path).toList();
  }
}
