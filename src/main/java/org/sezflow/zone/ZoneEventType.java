package org.sezflow.zone;

public enum ZoneEventType {
  ZONE_REGISTERED,
  LEASABLE_AREA_CHANGED,
  LAND_RESERVED,
  LAND_RELEASED,
  LAND_ALLOCATED,
  /** A cancelled zone enterprise's plot, given back: allocated down, free up. */
  LAND_RETURNED,
  PIPELINE_CHANGED
}
