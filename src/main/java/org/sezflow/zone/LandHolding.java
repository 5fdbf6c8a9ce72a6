package org.sezflow.zone;

import java.math.BigDecimal;

/** The land one proposal holds in one zone; at most one per proposal at a time. */
public record LandHolding(String proposalRef, String zoneCode, BigDecimal acres, LandHoldingStatus status) {

  boolean isHeld() {
    return status != LandHoldingStatus.RELEASED;
  }
}
