package org.sezflow.enterprise;

import java.time.LocalDate;
import java.util.List;

import org.sezflow.proposal.Proposal;
import org.sezflow.proposal.ProposalReads;
import org.sezflow.zone.PipelineStage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Zone enterprises as a whole: established once per proposal with its milestones' deadlines, read
 * as one file, operating once commercial operations are verified, graduated when the monitored
 * years are over. Milestones and extensions are {@link MilestoneSteps}; defaults {@link DefaultSteps}.
 */
@Service
public class ZoneEnterprises {

  /** An enterprise with everything recorded about it. */
  public record EnterpriseFile(ZoneEnterprise enterprise, Proposal proposal, List<EnterpriseMilestone> milestones,
      List<ExtensionRequest> extensions, List<ShowCauseNotice> notices, List<ProgressReport> reports,
      List<EnterpriseEvent> events) {}

  public record EnterprisePage(List<ZoneEnterprise> items, int page, int size, long total) {}

  private final EnterpriseRecords records;
  private final EnterpriseRepository repository;
  private final EnterpriseTerms terms;
  private final ProposalReads proposals;
  private final EnterpriseProcess process;
  private final NoticeRepository notices;
  private final ReportRepository reports;

  ZoneEnterprises(EnterpriseRecords records, EnterpriseTerms terms, ProposalReads proposals,
      EnterpriseProcess process, NoticeRepository notices, ReportRepository reports) {
    this.notices = notices;
    this.reports = reports;
    this.records = records;
    this.repository = records.repository();
    this.terms = terms;
    this.proposals = proposals;
    this.process = process;
  }

  /**
   * Makes the proposal a monitored zone enterprise: its record, its milestones due from the
   * allotment letter by its zone's terms, and its process, all in the caller's transaction. Once
   * per reference: an enterprise that exists is left as it is (false); two nodes establishing the
   * same one at once meet on the primary key, and the loser's transaction fails.
   */
  @Transactional
  public boolean establish(String reference, String actor) {
    if (repository.exists(reference)) {
      return false;
    }
    Proposal proposal = proposals.get(reference);
    LocalDate allottedOn = proposal.allotmentLetterDate();
    if (allottedOn == null) {
      throw new IllegalStateException("Proposal " + reference + " has no allotment letter");
    }
    repository.insert(reference, allottedOn, records.clock().instant());
    for (Milestone milestone : Milestone.values()) {
      repository.insertMilestone(reference, milestone, terms.dueOn(proposal.zoneCode(), milestone, allottedOn));
    }
    records.log(reference, "ESTABLISHED", null, actor, "Allotment letter " + proposal.allotmentLetterNo() + " of "
        + allottedOn + ", plot " + proposal.plotNumber() + " in " + proposal.zoneCode());
    repository.setProcessInstance(reference, process.start(reference));
    return true;
  }

  /** Zone enterprises made before their monitoring began, which have no record yet. */
  @Transactional(readOnly = true)
  public List<String> unmonitored() {
    return repository.unmonitored();
  }

  @Transactional(readOnly = true)
  public ZoneEnterprise get(String reference) {
    return repository.find(reference).orElseThrow(() -> new EnterpriseNotFoundException(reference));
  }

  @Transactional(readOnly = true)
  public EnterpriseFile file(String reference) {
    ZoneEnterprise enterprise = get(reference);
    return new EnterpriseFile(enterprise, proposals.get(reference), repository.milestones(reference),
        repository.extensions(reference), notices.of(reference), reports.of(reference), repository.events(reference));
  }

  @Transactional(readOnly = true)
  public EnterprisePage page(EnterpriseStatus status, int page, int size) {
    return new EnterprisePage(repository.page(status, page, size), page, size, repository.count(status));
  }

  /** Its two clocks as of today. */
  public EnterpriseClocks clocks(EnterpriseFile file) {
    return EnterpriseClocks.of(file.events(), records.today());
  }

  /** The milestone the enterprise works towards now, for the process to wait for; null once all are verified. */
  @Transactional(readOnly = true)
  public EnterpriseMilestone currentMilestone(String reference) {
    return records.current(reference).orElse(null);
  }

  /** The enterprise has operated its monitored years: monitoring ends, as graduated. */
  @Transactional
  public void graduate(String reference, String actor) {
    ZoneEnterprise enterprise = records.lock(reference);
    EnterpriseRecords.requireStatus(enterprise, "status", EnterpriseStatus.OPERATING);
    if (records.today().isBefore(enterprise.monitoringEndsOn())) {
      throw new EnterpriseConflictException("monitoringEndsOn", "Zone enterprise " + reference
          + " is monitored until " + enterprise.monitoringEndsOn());
    }
    repository.updateStatus(reference, EnterpriseStatus.GRADUATED, records.clock().instant());
    records.movePipeline(enterprise, PipelineStage.ENTERPRISE_OPERATING, PipelineStage.ENTERPRISE_GRADUATED,
        "Graduate enterprise", actor);
    records.log(reference, "GRADUATED", null, actor, "Monitored since operations began on "
        + enterprise.operatingSince() + "; monitoring ended on " + enterprise.monitoringEndsOn());
  }
}
