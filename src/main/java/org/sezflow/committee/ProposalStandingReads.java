package org.sezflow.committee;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.sezflow.proposal.CommitteeStandings;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committees' side of a proposal's view and timeline ({@link CommitteeStandings}): two queries
 * for a whole page of proposals, or for one proposal's agenda history.
 */
@Component
class ProposalStandingReads implements CommitteeStandings {

  private final StandingRepository standings;
  private final CommitteeSessionRepository sessionRows;
  private final AgendaRepository agenda;

  ProposalStandingReads(StandingRepository standings, CommitteeSessionRepository sessionRows,
      AgendaRepository agenda) {
    this.standings = standings;
    this.sessionRows = sessionRows;
    this.agenda = agenda;
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, Standing> standings(List<String> references) {
    List<StandingRepository.Waiting> waiting = standings.waiting(references);
    Map<Long, Session> sessions = sessions(waiting.stream().map(StandingRepository.Waiting::sessionId).toList());
    // Oldest first: a proposal waiting for both committees keeps the one it waits for since later.
    Map<String, Standing> byProposal = new HashMap<>();
    waiting.forEach(w -> byProposal.put(w.proposalRef(), new Standing(w.committee().name(), w.since(),
        w.sessionId() == null ? null : sessions.get(w.sessionId()), w.agendaItemId(), w.decision())));
    return byProposal;
  }

  @Override
  @Transactional(readOnly = true)
  public List<AgendaEntry> agendaHistory(String reference) {
    List<AgendaItem> items = agenda.itemsOf(reference);
    Map<Long, Session> sessions = sessions(items.stream().map(AgendaItem::sessionId).toList());
    return items.stream().map(i -> new AgendaEntry(i.id(), sessions.get(i.sessionId()), i.origin().name(),
        i.addedReason(), i.addedBy(), i.addedAt(), i.removedReason(), i.removedBy(), i.removedAt(), i.withdrawnAt(),
        i.decision(), i.minutesRef(), i.decisionReason(), i.decidedBy(), i.decidedAt())).toList();
  }

  private Map<Long, Session> sessions(List<Long> ids) {
    return sessionRows.findAll(ids.stream().filter(Objects::nonNull).distinct().toList()).stream()
        .collect(Collectors.toMap(CommitteeSession::id, ProposalStandingReads::cited));
  }

  private static Session cited(CommitteeSession s) {
    return new Session(s.id(), s.reference(), s.citation(), s.sessionDate(), s.venue(), s.status().name());
  }
}
