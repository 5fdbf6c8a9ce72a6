package org.sezflow.enterprise;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.sezflow.proposal.ProposalReads;
import org.sezflow.system.PakistanTime;
import org.sezflow.zone.PipelineStage;
import org.sezflow.zone.ZoneChangeCause;
import org.sezflow.zone.ZonePipelineService;
import org.springframework.stereotype.Component;

/** What every step on an enterprise does first: take its lock, know today's date, write its timeline. */
@Component
class EnterpriseRecords {

  private final EnterpriseRepository repository;
  private final ProposalReads proposals;
  private final ZonePipelineService pipeline;
  private final Clock clock;

  EnterpriseRecords(EnterpriseRepository repository, ProposalReads proposals, ZonePipelineService pipeline,
      Clock clock) {
    this.repository = repository;
    this.proposals = proposals;
    this.pipeline = pipeline;
    this.clock = clock;
  }

  /** Moves the enterprise in its zone's pipeline, logged in the zone's event log with the step and the actor. */
  void movePipeline(ZoneEnterprise enterprise, PipelineStage from, PipelineStage to, String step, String actor) {
    pipeline.move(proposals.get(enterprise.proposalRef()).zoneCode(), from, to,
        new ZoneChangeCause(enterprise.proposalRef(), enterprise.processInstanceId(), step, actor));
  }

  /**
   * Locks the enterprise's row for the rest of the transaction: concurrent steps on one enterprise,
   * from any node, run one after the other and each sees what the one before it committed.
   */
  ZoneEnterprise lock(String reference) {
    return repository.lock(reference).orElseThrow(() -> new EnterpriseNotFoundException(reference));
  }

  /** The first milestone not yet verified: the one the enterprise works towards now. */
  Optional<EnterpriseMilestone> current(String reference) {
    return repository.milestones(reference).stream().filter(m -> m.status() != MilestoneStatus.VERIFIED).findFirst();
  }

  EnterpriseMilestone requireCurrent(ZoneEnterprise enterprise, String field) {
    return current(enterprise.proposalRef()).orElseThrow(() -> new EnterpriseConflictException(field,
        "Zone enterprise " + enterprise.proposalRef() + " has reached every milestone"));
  }

  static void requireStatus(ZoneEnterprise enterprise, String field, EnterpriseStatus... allowed) {
    for (EnterpriseStatus status : allowed) {
      if (enterprise.status() == status) {
        return;
      }
    }
    throw new EnterpriseConflictException(field, "Zone enterprise " + enterprise.proposalRef() + " is "
        + enterprise.status() + ", which does not allow this");
  }

  LocalDate today() {
    return PakistanTime.today(clock);
  }

  void log(String reference, String type, Milestone milestone, String actor, String detail) {
    repository.appendEvent(reference, type, milestone, actor, detail, clock.instant());
  }

  EnterpriseRepository repository() {
    return repository;
  }

  Clock clock() {
    return clock;
  }
}
