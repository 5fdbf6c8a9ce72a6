package org.sezflow.zone;

import java.math.BigDecimal;

/**
 * The land one proposal holds in one zone; at most one per proposal at a time.
 *
 * @param plotNumber the plot granted, once the land is allocated; null before
 */
public record LandHolding(String proposalRef, String zoneCode, BigDecimal acres, LandHoldingStatus status,
    String plotNumber) {

  LandHolding withStatus(LandHoldingStatus newStatus) {
    return new LandHolding(proposalRef, zoneCode, acres, newStatus, plotNumber);
  }

  boolean isHeld() {
    return status != LandHoldingStatus.RELEASED;
  }
}
