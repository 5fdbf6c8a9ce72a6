package org.sezflow.proposal;

import org.sezflow.zone.PipelineStage;

/** Where a proposal ended, or that it is still under way; follows from its stage. */
public enum ProposalStatus {
  IN_PROGRESS,
  ZONE_ENTERPRISE,
  REJECTED,
  LAPSED,
  WITHDRAWN;

  public static ProposalStatus of(PipelineStage stage) {
    return switch (stage) {
      case ZONE_ENTERPRISE, ENTERPRISE_OPERATING, ENTERPRISE_GRADUATED, ENTERPRISE_CANCELLED -> ZONE_ENTERPRISE;
      case REJECTED -> REJECTED;
      case LAPSED -> LAPSED;
      case WITHDRAWN -> WITHDRAWN;
      default -> IN_PROGRESS;
    };
  }

  public boolean isClosed() {
    return this != IN_PROGRESS;
  }
}
