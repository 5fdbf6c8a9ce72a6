package org.sezflow.enterprise;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.sezflow.system.PakistanTime;
import org.springframework.stereotype.Component;

/** What every step on an enterprise does first: take its lock, know today's date, write its timeline. */
@Component
class EnterpriseRecords {

  private final EnterpriseRepository repository;
  private final Clock clock;

  EnterpriseRecords(EnterpriseRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
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
