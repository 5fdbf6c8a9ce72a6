package org.sezflow.committee;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What the secretariat changes on a scheduled session's agenda in one go: the proposals taken off
 * (with one reason for them) and the waiting proposals added (with one reason for them). The field
 * names are those a refusal names, and the keys of the "Prepare agenda" form, whose checklists
 * submit one reference per line.
 */
public record AgendaChange(List<String> remove, String removeReason, List<String> add, String addReason) {

  public static final String REMOVE_PROPOSAL_REFS = "removeProposalRefs";
  public static final String REMOVE_REASON = "removeReason";
  public static final String ADD_PROPOSAL_REFS = "addProposalRefs";
  public static final String ADD_REASON = "addReason";

  /** At most this many proposals taken off or added in one change: an agenda's worth. */
  public static final int MAX_PROPOSALS = 100;

  public AgendaChange {
    remove = references(remove);
    add = references(add);
  }

  /** The change as the form gives it: each list one reference per line, blank lines ignored. */
  public static AgendaChange ofLines(String remove, String removeReason, String add, String addReason) {
    return new AgendaChange(lines(remove), removeReason, lines(add), addReason);
  }

  /** The references, one per line, as the form's checklists and their task variables hold them. */
  public static String toLines(List<String> references) {
    return references == null || references.isEmpty() ? null : String.join("\n", references);
  }

  public boolean isEmpty() {
    return remove.isEmpty() && add.isEmpty();
  }

  static List<String> lines(String text) {
    return text == null ? List.of() : List.of(text.split("\\R"));
  }

  /** Stripped, without blanks, each once, in the order given. */
  private static List<String> references(List<String> given) {
    if (given == null) {
      return List.of();
    }
    LinkedHashSet<String> references = new LinkedHashSet<>();
    for (String reference : given) {
      if (reference != null && !reference.isBlank()) {
        references.add(reference.strip());
      }
    }
    return List.copyOf(new ArrayList<>(references));
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
