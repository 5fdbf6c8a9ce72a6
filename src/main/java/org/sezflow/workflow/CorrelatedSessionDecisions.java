package org.sezflow.workflow;

import static org.sezflow.variables.ProcessVariables.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.sezflow.committee.AgendaItem;
import org.sezflow.committee.CommitteeSession;
import org.sezflow.engine.ApplicationAuthority;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Delivers a closed session's decisions to their proposals by message correlation (business key =
 * proposal reference), in the close's transaction: each proposal takes its decision and goes on,
 * or the close fails as a whole. As the application: the secretariat that closes the session holds
 * no permission on the proposals' processes. A proposal no longer waiting (its instance cancelled
 * in Cockpit) is logged and skipped, so that it cannot keep the committee's session open.
 */
@Component
class CorrelatedSessionDecisions implements SessionDecisionDelivery {

  private static final Logger log = LoggerFactory.getLogger(CorrelatedSessionDecisions.class);

  private final ApplicationAuthority authority;
  private final MessageTargets targets;

  CorrelatedSessionDecisions(ApplicationAuthority authority, MessageTargets targets) {
    this.authority = authority;
    this.targets = targets;
  }

  @Override
  public void deliver(CommitteeSession session, List<AgendaItem> decided) {
    String message = messageOf(session.committee());
    authority.run(() -> {
      for (AgendaItem item : decided) {
        Optional<ProcessInstance> waiting = targets.waiting(item.proposalRef(), message);
        if (waiting.isEmpty()) {
          log.warn("{} decided {} on {}, which no longer waits for it: not delivered", session.citation(),
              item.decision(), item.proposalRef());
          continue;
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(decisionOf(session.committee()), item.decision());
        variables.put(DECIDING_SESSION, session.citation());
        variables.put(AGENDA_ITEM_ID, item.id());
        variables.put(MINUTES_REF, item.minutesRef());
        variables.put(COMMITTEE_REASON, item.decisionReason());
        targets.correlation(message, waiting.get(), variables).correlateWithResult();
      }
    });
  }
}
