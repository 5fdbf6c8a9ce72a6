package org.sezflow.zone;

/**
 * Where a proposal stands, as counted in its zone's pipeline. The last four are outcomes: a
 * proposal that reached one of them stays counted there.
 */
public enum PipelineStage {
  SUBMITTED,
  SCREENING,
  CLARIFICATION,
  LAND_RESERVATION,
  MOU,
  JWG_REVIEW,
  JCC_DECISION,
  ALLOCATION,
  ZONE_ENTERPRISE,
  REJECTED,
  LAPSED,
  WITHDRAWN
}
