package org.sezflow.proposal;

import java.util.ArrayList;
import java.util.List;

import org.sezflow.proposal.CommitteeStandings.AgendaEntry;
import org.sezflow.proposal.CommitteeStandings.Session;
import org.sezflow.proposal.ProposalJson.TimelineEntry;

/**
 * A proposal's agenda items as timeline entries (source {@code agenda}), one for each thing that
 * happened to an item: placed on a session's agenda, removed, withdrawn, decided in the minutes.
 */
final class AgendaTimeline {

  static final String SOURCE = "agenda";

  private AgendaTimeline() {}

  static List<TimelineEntry> entries(AgendaEntry item) {
    Session s = item.session();
    List<TimelineEntry> entries = new ArrayList<>();
    entries.add(new TimelineEntry(SOURCE, "Placed on the agenda of the " + s.citation(), item.addedAt(),
        item.addedAt(), item.addedBy(), item.origin(), s.reference() + " on " + s.date() + " in " + s.venue()
            + (item.addedReason() == null ? "" : ": " + item.addedReason())));
    if (item.removedAt() != null) {
      entries.add(new TimelineEntry(SOURCE, "Removed from the agenda of the " + s.citation(), item.removedAt(),
          item.removedAt(), item.removedBy(), "REMOVED", item.removedReason()));
    }
    if (item.withdrawnAt() != null) {
      entries.add(new TimelineEntry(SOURCE, "Withdrawn from the agenda of the " + s.citation(), item.withdrawnAt(),
          item.withdrawnAt(), null, "WITHDRAWN", "The sponsor withdrew the proposal"));
    }
    if (item.decidedAt() != null) {
      entries.add(new TimelineEntry(SOURCE, "Decided at the " + s.citation(), item.decidedAt(), item.decidedAt(),
          item.decidedBy(), item.decision(), "Minutes: " + item.minutesRef() + " (" + s.citation() + " of "
              + s.date() + ")" + (item.decisionReason() == null ? "" : ". Reasons: " + item.decisionReason())));
    }
    return entries;
  }
}
