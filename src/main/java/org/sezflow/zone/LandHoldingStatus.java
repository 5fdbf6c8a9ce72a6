package org.sezflow.zone;

public enum LandHoldingStatus {
  RESERVED,
  ALLOCATED,
  RELEASED
}
