package org.sezflow.workflow;

import java.util.List;

import org.sezflow.committee.AgendaItem;
import org.sezflow.committee.CommitteeSession;

/**
 * Where a closed session's decisions go: to each item's proposal. The proposal process does not
 * wait for its session yet (issue 13, item 2): when it does, the implementation correlates each
 * decision to its proposal by message ({@link LoggedSessionDecisions} only logs them until then).
 * Called by "Close session" in the session's transaction.
 */
public interface SessionDecisionDelivery {

  void deliver(CommitteeSession session, List<AgendaItem> decided);
}
