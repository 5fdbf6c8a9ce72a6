package org.sezflow.workflow;

import java.util.List;

import org.sezflow.committee.AgendaItem;
import org.sezflow.committee.CommitteeSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The session's decisions, logged and not delivered: no proposal process waits for a session yet,
 * and its "Review at JWG" and "Decide at JCC" tasks still take the committees' decisions. To be
 * replaced by the delivery by message correlation when {@code jv-proposal} waits for its session.
 */
@Component
class LoggedSessionDecisions implements SessionDecisionDelivery {

  private static final Logger log = LoggerFactory.getLogger(LoggedSessionDecisions.class);

  @Override
  public void deliver(CommitteeSession session, List<AgendaItem> decided) {
    for (AgendaItem item : decided) {
      log.info("{} decided {} on {} (minutes {}); not delivered: the proposal process does not wait for sessions yet",
          session.citation(), item.decision(), item.proposalRef(), item.minutesRef());
    }
  }
}
