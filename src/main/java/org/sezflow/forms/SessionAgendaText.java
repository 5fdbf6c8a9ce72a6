package org.sezflow.forms;

import java.util.List;

import org.sezflow.committee.AgendaItem;
import org.sezflow.committee.CommitteeSession;
import org.sezflow.committee.CommitteeSessions;
import org.sezflow.committee.ItemOrigin;
import org.sezflow.committee.SessionStatus;
import org.sezflow.proposal.Proposal;
import org.sezflow.proposal.ProposalReads;
import org.sezflow.system.PakistanTime;
import org.springframework.stereotype.Component;

/**
 * A session's agenda as the secretariat reads it on the "Prepare agenda" form: each item's proposal
 * reference, title and zone and how it came on the agenda; the items taken off; and the proposals
 * waiting for the committee that the secretariat may add.
 */
@Component
class SessionAgendaText {

  private final ProposalReads proposals;

  SessionAgendaText(ProposalReads proposals) {
    this.proposals = proposals;
  }

  /** The agenda's text; {@code addable} is listed while the agenda may still change. */
  String of(CommitteeSessions.Agenda agenda, List<String> addable) {
    CommitteeSession session = agenda.session();
    StringBuilder text = new StringBuilder().append(session.citation()).append(", ").append(session.venue())
        .append(", ").append(session.sessionDate()).append("; agenda cut-off ").append(session.agendaCutOff())
        .append(".\n");
    List<AgendaItem> on = agenda.items().stream().filter(AgendaItem::onAgenda).toList();
    text.append("\nOn the agenda (").append(on.size()).append("):");
    for (int i = 0; i < on.size(); i++) {
      AgendaItem item = on.get(i);
      text.append('\n').append(i + 1).append(". ").append(proposal(item.proposalRef())).append(" · ")
          .append(item.origin() == ItemOrigin.GATHERED ? "gathered on " + PakistanTime.dateOf(item.addedAt())
              : "added by " + item.addedBy() + ": " + item.addedReason());
    }
    if (on.isEmpty()) {
      text.append("\n(none)");
    }
    List<AgendaItem> off = agenda.items().stream().filter(item -> !item.onAgenda()).toList();
    if (!off.isEmpty()) {
      text.append("\n\nTaken off:");
      off.forEach(item -> text.append("\n- ").append(proposal(item.proposalRef())).append(" · ")
          .append(item.withdrawnAt() != null ? "withdrawn by the sponsor"
              : "removed by " + item.removedBy() + ": " + item.removedReason()));
    }
    if (session.status() == SessionStatus.SCHEDULED) {
      text.append("\n\nWaiting for the ").append(session.committee()).append(", on no agenda (may be added):");
      addable.forEach(ref -> text.append("\n- ").append(proposal(ref)));
      if (addable.isEmpty()) {
        text.append("\n(none)");
      }
    } else {
      text.append("\n\nThe agenda is frozen (").append(session.status()).append(").");
    }
    return text.toString();
  }

  private String proposal(String reference) {
    return proposals.find(reference).map(SessionAgendaText::describe).orElse(reference + " · (no such proposal)");
  }

  private static String describe(Proposal proposal) {
    return proposal.reference() + " · " + proposal.submission().title() + " · " + proposal.zoneCode();
  }
}
