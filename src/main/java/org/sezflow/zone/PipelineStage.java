package org.sezflow.zone;

/**
 * Where a proposal stands, as counted in its zone's pipeline. REJECTED, LAPSED and WITHDRAWN are
 * outcomes: a proposal that reached one stays counted there. A ZONE_ENTERPRISE goes on in its zone's
 * pipeline as its monitoring follows it: operating, then graduated, or cancelled (the proposal's own
 * record stays at ZONE_ENTERPRISE, its outcome).
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
  WITHDRAWN,
  ENTERPRISE_OPERATING,
  ENTERPRISE_GRADUATED,
  ENTERPRISE_CANCELLED
}
