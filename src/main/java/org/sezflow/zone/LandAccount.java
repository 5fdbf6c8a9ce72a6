package org.sezflow.zone;

import java.math.BigDecimal;

/**
 * The land account of one zone. Free land is derived, never stored, so it cannot drift from the
 * three stored figures. Every operation returns a new account or refuses; none goes negative.
 */
public record LandAccount(BigDecimal leasableAcres, BigDecimal reservedAcres, BigDecimal allocatedAcres) {

  /** Acres are kept to two decimals (about 40 m²), the precision of the zone plans. */
  public static final int SCALE = 2;

  /** Larger than any zone: a request above it is a typo or an attack, not a land need. */
  public static final BigDecimal MAX_ACRES = new BigDecimal("100000");

  public BigDecimal freeAcres() {
    return leasableAcres.subtract(reservedAcres).subtract(allocatedAcres);
  }

  LandAccount reserve(String zoneCode, BigDecimal acres) {
    if (acres.compareTo(freeAcres()) > 0) {
      throw new InsufficientLandException(zoneCode, acres, freeAcres());
    }
    return new LandAccount(leasableAcres, reservedAcres.add(acres), allocatedAcres);
  }

  LandAccount release(BigDecimal acres) {
    requireReserved(acres);
    return new LandAccount(leasableAcres, reservedAcres.subtract(acres), allocatedAcres);
  }

  LandAccount allocate(BigDecimal acres) {
    requireReserved(acres);
    return new LandAccount(leasableAcres, reservedAcres.subtract(acres), allocatedAcres.add(acres));
  }

  LandAccount revokeAllocation(BigDecimal acres) {
    if (acres.compareTo(allocatedAcres) > 0) {
      throw new IllegalStateException("Land account holds " + allocatedAcres.toPlainString()
          + " allocated acres, cannot revoke " + acres.toPlainString());
    }
    return new LandAccount(leasableAcres, reservedAcres, allocatedAcres.subtract(acres));
  }

  private void requireReserved(BigDecimal acres) {
    // Holdings and the account change in one transaction, so this only fails on corrupted data.
    if (acres.compareTo(reservedAcres) > 0) {
      throw new IllegalStateException("Land account holds " + reservedAcres.toPlainString()
          + " reserved acres, cannot take " + acres.toPlainString());
    }
  }

  /** Checks a requested area: positive, at most two decimals, not absurdly large. */
  public static BigDecimal requireValidAcres(BigDecimal acres) {
    if (acres == null) {
      throw new InvalidLandRequestException("acres", "is required");
    }
    if (acres.signum() <= 0) {
      throw new InvalidLandRequestException("acres", "must be greater than 0");
    }
    if (acres.stripTrailingZeros().scale() > SCALE) {
      throw new InvalidLandRequestException("acres", "must have at most " + SCALE + " decimals");
    }
    if (acres.compareTo(MAX_ACRES) > 0) {
      throw new InvalidLandRequestException("acres", "must not exceed " + MAX_ACRES.toPlainString());
    }
    return acres.setScale(SCALE);
  }
}
