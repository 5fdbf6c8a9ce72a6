package org.sezflow.proposal;

public enum PartnerCountry {
  /** Pakistan: firms registered with the SECP. */
  PK,
  /** China. */
  CN,
  OTHER
}
