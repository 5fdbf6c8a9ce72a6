package org.sezflow.proposal;

public enum PartnerCountry {
  /** Pakistan: firms registered with the SECP. */
  PK,
  /** China. */
  CN,
  OTHER;

  /** The country a form's code names, in any case; null for none or an unknown code. */
  public static PartnerCountry parse(String code) {
    if (code == null) {
      return null;
    }
    try {
      return valueOf(code.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }
}
