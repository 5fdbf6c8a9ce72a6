package org.sezflow.sla;

import java.util.List;

import org.sezflow.committee.CommitteeWaits;
import org.sezflow.committee.CommitteeWaits.FlaggedWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The SLA sweep's second part: flags the proposals that have waited for a committee more than
 * {@code sezflow.sla.committee-wait-working-days} working days with no session taking them up,
 * once per wait, so that the secretariat and the managers see them.
 */
@Service
public class CommitteeWaitEscalation {

  /** Waits one sweep flags at most; more wait for the next sweep, so a run stays one short transaction. */
  static final int MAX_PER_SWEEP = 500;

  private static final Logger LOG = LoggerFactory.getLogger(CommitteeWaitEscalation.class);

  private final CommitteeWaits waits;
  private final SlaPolicy sla;

  CommitteeWaitEscalation(CommitteeWaits waits, SlaPolicy sla) {
    this.waits = waits;
    this.sla = sla;
  }

  /** Flags the long waits with no session not flagged yet; returns how many. */
  public int flagLongWaits() {
    List<FlaggedWait> flagged = waits.flagUnscheduled(sla.getCommitteeWaitWorkingDays(), MAX_PER_SWEEP);
    for (FlaggedWait wait : flagged) {
      LOG.info("Proposal {} has waited {} working days for the {} (since {}) with no session: flagged",
          wait.proposalRef(), wait.workingDays(), wait.committee(), wait.since());
    }
    if (flagged.size() == MAX_PER_SWEEP) {
      LOG.info("Flagged {} waits for a committee; more wait for the next sweep", MAX_PER_SWEEP);
    }
    return flagged.size();
  }
}
