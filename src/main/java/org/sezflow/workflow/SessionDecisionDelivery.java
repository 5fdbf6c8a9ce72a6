package org.sezflow.workflow;

import java.util.List;

import org.sezflow.committee.AgendaItem;
import org.sezflow.committee.CommitteeSession;

/**
 * Where a closed session's decisions go: to each item's proposal, which waits for them ({@link
 * CorrelatedSessionDecisions}). Called by "Close session" in the session's transaction.
 */
public interface SessionDecisionDelivery {

  void deliver(CommitteeSession session, List<AgendaItem> decided);
}
