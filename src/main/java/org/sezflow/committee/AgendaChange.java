package org.sezflow.committee;

/**
 * What the secretariat changes on a scheduled session's agenda in one go: at most one item taken
 * off and one waiting proposal added, each with a reason. A blank reference changes nothing. The
 * field names are those a refusal names, and the keys of the "Prepare agenda" form.
 */
public record AgendaChange(String removeProposalRef, String removeReason, String addProposalRef, String addReason) {

  public static final String REMOVE_PROPOSAL_REF = "removeProposalRef";
  public static final String REMOVE_REASON = "removeReason";
  public static final String ADD_PROPOSAL_REF = "addProposalRef";
  public static final String ADD_REASON = "addReason";

  /** The proposal to take off the agenda, or null. */
  public String removing() {
    return blankToNull(removeProposalRef);
  }

  /** The waiting proposal to put on the agenda, or null. */
  public String adding() {
    return blankToNull(addProposalRef);
  }

  public boolean isEmpty() {
    return removing() == null && adding() == null;
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
