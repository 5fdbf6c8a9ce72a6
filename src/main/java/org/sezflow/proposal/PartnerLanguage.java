package org.sezflow.proposal;

/**
 * The language a partner reads SEZ Flow's mail and papers in: English, Chinese or Urdu. Proposals
 * submitted before partners named theirs read English.
 */
public enum PartnerLanguage {
  EN,
  ZH,
  UR;

  /** The language a form's or the API's code names, in any case; null for none or an unknown code. */
  public static PartnerLanguage parse(String code) {
    return Codes.parse(PartnerLanguage.class, code);
  }
}
