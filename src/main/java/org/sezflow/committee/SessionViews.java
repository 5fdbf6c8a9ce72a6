package org.sezflow.committee;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.sezflow.committee.SessionJson.ItemView;
import org.sezflow.committee.SessionJson.SessionSummary;
import org.sezflow.committee.SessionJson.SessionView;
import org.sezflow.proposal.Proposal;
import org.sezflow.proposal.ProposalReads;
import org.springframework.stereotype.Component;

/** Sessions and their agendas as the API shows them, each item with its proposal's title and zone. */
@Component
class SessionViews {

  private final CommitteeSessions sessions;
  private final ProposalReads proposals;

  SessionViews(CommitteeSessions sessions, ProposalReads proposals) {
    this.sessions = sessions;
    this.proposals = proposals;
  }

  /** The committee's sessions (both committees' with none), newest number first. */
  List<SessionSummary> list(Committee committee) {
    return (committee == null ? Arrays.asList(Committee.values()) : List.of(committee)).stream()
        .flatMap(c -> sessions.list(c).stream()).map(SessionSummary::of).toList();
  }

  SessionView view(long sessionId) {
    CommitteeSessions.Agenda agenda = sessions.agenda(sessionId);
    return new SessionView(SessionSummary.of(agenda.session()), agenda.items().stream().map(this::item).toList());
  }

  private ItemView item(AgendaItem i) {
    Optional<Proposal> proposal = proposals.find(i.proposalRef());
    return new ItemView(i.id(), i.proposalRef(), proposal.map(p -> p.submission().title()).orElse(null),
        proposal.map(Proposal::zoneCode).orElse(null), i.origin(), i.addedReason(), i.addedBy(), i.addedAt(),
        i.onAgenda(), i.removedReason(), i.removedBy(), i.removedAt(), i.withdrawnAt(), i.decision(), i.minutesRef(),
        i.decisionReason(), i.decidedBy(), i.decidedAt(), i.deliveredAt());
  }
}
