package org.sezflow.enterprise;

public enum MilestoneStatus {
  PENDING,
  REPORTED,
  VERIFIED
}
