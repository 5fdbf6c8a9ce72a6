package org.sezflow.proposal;

/**
 * Field names used in error reports. They match the process variable and form field names, so an
 * official or a client sees the problem next to the input that caused it.
 */
final class ProposalFields {

  private ProposalFields() {}

  static final String ZONE_CODE = "zoneCode";
  static final String ACRES = "acresRequested";
  static final String MOU_DRAFT_REFERENCE = "mouDraftReference";
  static final String MOU_SIGNED_ON = "mouSignedOn";
  static final String MOU_VENUE = "mouVenue";
  static final String MOU_SIGNATORIES = "mouSignatories";
  static final String MOU_WITNESSES = "mouWitnesses";
  static final String JCC_NEXT_SESSION_ON = "jccNextSessionOn";
  static final String ALLOTMENT_LETTER_NO = "allotmentLetterNo";
  static final String ALLOTMENT_LETTER_DATE = "allotmentLetterDate";
}
