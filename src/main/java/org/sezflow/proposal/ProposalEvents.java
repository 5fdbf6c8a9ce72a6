package org.sezflow.proposal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events external systems send about a proposal. An event the proposal is not waiting for is a
 * conflict that names the stage it is in; nothing changes. The step that takes the event
 * validates its data in the same transaction, so a refused event changes nothing either.
 */
@Service
public class ProposalEvents {

  private final ProposalReads proposals;
  private final ProposalProcess process;

  ProposalEvents(ProposalReads proposals, ProposalProcess process) {
    this.proposals = proposals;
    this.process = process;
  }

  @Transactional
  public void send(String reference, ProposalEvent event) {
    InvalidProposalException.throwIfAny(event.problems());
    ProposalEventType type = event.type();
    // One event per proposal at a time: a second one waits, then sees the first one's outcome.
    Proposal proposal = proposals.getForUpdate(reference);
    if (proposal.status().isClosed() || !process.awaits(reference, type)) {
      throw new ProposalConflictException("type", "Proposal " + reference + " is at stage " + proposal.stage()
          + " (" + proposal.status() + ") and does not wait for " + type.path());
    }
    process.signal(reference, event);
  }
}
