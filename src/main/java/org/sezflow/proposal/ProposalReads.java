package org.sezflow.proposal;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sezflow.zone.PipelineStage;
import org.sezflow.zone.ZonePipelineService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads proposals and what was recorded about them: the record, its decisions, notifications and
 * the ministries' opinions. The steps that change a proposal are {@link ProposalSteps}.
 */
@Service
public class ProposalReads {

  private final ProposalRepository proposals;
  private final DecisionLog decisionLog;
  private final NotificationLog notifications;
  private final MinistryOpinions ministryOpinions;
  private final ZonePipelineService pipeline;

  ProposalReads(ProposalRepository proposals, DecisionLog decisionLog, NotificationLog notifications,
      MinistryOpinions ministryOpinions, ZonePipelineService pipeline) {
    this.proposals = proposals;
    this.pipeline = pipeline;
    this.decisionLog = decisionLog;
    this.notifications = notifications;
    this.ministryOpinions = ministryOpinions;
  }

  // --- reading -------------------------------------------------------------------------------

  @Transactional(readOnly = true)
  public Optional<Proposal> find(String reference) {
    return proposals.find(reference);
  }

  /** The proposal, locked for the rest of the caller's transaction (see ProposalRepository#lock). */
  @Transactional
  public Proposal getForUpdate(String reference) {
    if (!proposals.lock(reference)) {
      throw new ProposalNotFoundException(reference);
    }
    return get(reference);
  }

  @Transactional(readOnly = true)
  public Proposal get(String reference) {
    return proposals.find(reference).orElseThrow(() -> new ProposalNotFoundException(reference));
  }

  @Transactional(readOnly = true)
  public List<Decision> decisions(String reference) {
    return decisionLog.entries(reference);
  }

  /** The decisions of each of these proposals, oldest first, by reference. */
  @Transactional(readOnly = true)
  public Map<String, List<Decision>> decisions(List<String> references) {
    return decisionLog.entries(references);
  }

  @Transactional(readOnly = true)
  public List<Notification> notifications(String reference) {
    return notifications.of(reference);
  }

  /** How many proposals are at each stage, across all zones. */
  @Transactional(readOnly = true)
  public Map<PipelineStage, Long> countByStage() {
    return pipeline.countByStage();
  }

  /** The latest opinion of each consulted ministry, in the order they first answered. */
  @Transactional(readOnly = true)
  public List<MinistryOpinion> ministryOpinions(String reference) {
    return ministryOpinions.latest(reference);
  }

  /** Proposals matching the filters (null: any), newest first, one page. */
  @Transactional(readOnly = true)
  public ProposalPage search(String zoneCode, PipelineStage stage, ProposalStatus status, int page, int size) {
    Set<PipelineStage> stages = EnumSet.allOf(PipelineStage.class);
    stages.removeIf(s -> (stage != null && s != stage) || (status != null && ProposalStatus.of(s) != status));
    // The total from the zones' pipelines: a COUNT over years of proposals cost as much as the page.
    return new ProposalPage(proposals.search(zoneCode, stages, page, size), page, size,
        pipeline.count(zoneCode, stages));
  }
}
