package org.sezflow.proposal;

import org.sezflow.zone.ZoneChangeCause;

/**
 * The process step that changes a proposal: its process instance, the step's name and the user
 * or system acting. Written to the decision log and the zone's event log.
 */
public record StepContext(String processInstanceId, String step, String actor) {

  ZoneChangeCause cause(String proposalRef) {
    return new ZoneChangeCause(proposalRef, processInstanceId, step, actor);
  }
}
