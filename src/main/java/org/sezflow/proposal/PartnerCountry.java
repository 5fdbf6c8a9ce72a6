package org.sezflow.proposal;

public enum PartnerCountry {
  /** Pakistan: firms registered with the SECP. */
  PK,
  /** China. */
  CN,
  OTHER;

  /** The country a form's code names, in any case; null for none or an unknown code. */
  public static PartnerCountry parse(String code) {
    return Codes.parse(PartnerCountry.class, code);
  }
}
