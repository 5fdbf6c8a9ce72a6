package org.sezflow.proposal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sezflow.proposal.ProposalJson.AllotmentView;
import org.sezflow.proposal.ProposalJson.DecisionView;
import org.sezflow.proposal.ProposalJson.EligibilityView;
import org.sezflow.proposal.ProposalJson.LandView;
import org.sezflow.proposal.ProposalJson.ProposalView;
import org.sezflow.proposal.ProposalJson.TaskView;
import org.sezflow.proposal.ProposalJson.TimelineEntry;
import org.sezflow.zone.LandAccountService;
import org.sezflow.zone.LandHolding;
import org.sezflow.zone.ZoneRegistry;
import org.springframework.stereotype.Component;

/**
 * What the API shows of proposals: a proposal with its open tasks, land and decisions, and its
 * timeline merged from the process's history, the decision log and the zone's events.
 */
@Component
class ProposalViews {

  private final ProposalService proposals;
  private final ProposalProcess process;
  private final LandAccountService landAccounts;
  private final ZoneRegistry zones;

  ProposalViews(ProposalService proposals, ProposalProcess process, LandAccountService landAccounts,
      ZoneRegistry zones) {
    this.proposals = proposals;
    this.process = process;
    this.landAccounts = landAccounts;
    this.zones = zones;
  }

  ProposalView view(String reference) {
    return views(List.of(proposals.get(reference))).get(0);
  }

  /**
   * The proposals' views: their open tasks, land and decisions are read in one query each for the
   * whole page (plus one per open task, for its candidate group).
   */
  List<ProposalView> views(List<Proposal> page) {
    List<String> references = page.stream().map(Proposal::reference).toList();
    Map<String, List<ProposalProcess.OpenTask>> openTasks = process.openTasks(page);
    Map<String, LandHolding> holdings = landAccounts.holdings(references);
    Map<String, List<Decision>> decisions = proposals.decisions(references);
    return page.stream().map(p -> view(p, openTasks.getOrDefault(p.reference(), List.of()),
        holdings.get(p.reference()), decisions.getOrDefault(p.reference(), List.of()))).toList();
  }

  private static ProposalView view(Proposal p, List<ProposalProcess.OpenTask> openTasks, LandHolding holding,
      List<Decision> decisionLog) {
    List<TaskView> tasks = openTasks.stream()
        .map(t -> new TaskView(t.id(), t.name(), t.candidateGroup(), t.assignee(), t.created(), t.due(), t.priority()))
        .toList();
    LandView land = holding == null ? null : LandView.of(holding);
    AllotmentView allotment = p.plotNumber() == null ? null
        : new AllotmentView(p.plotNumber(), p.allotmentLetterNo(), p.allotmentLetterDate(), p.constructionDeadline());
    List<DecisionView> decisions = decisionLog.stream()
        .map(d -> new DecisionView(d.step(), d.outcome(), d.reason(), d.decidedBy(), d.decidedAt()))
        .toList();
    return new ProposalView(p.reference(), p.submission(), p.stage(), p.status(),
        new EligibilityView(p.eligible(), p.eligibilityReason(), p.incentives()), tasks, land, p.mou(), allotment,
        decisions,
        p.submittedAt(), p.stageEnteredAt(), p.updatedAt(), p.closedAt());
  }

  /** Process steps, decisions and zone events of the proposal, oldest first. */
  List<TimelineEntry> timeline(String reference) {
    proposals.get(reference);
    List<TimelineEntry> timeline = new ArrayList<>();
    List<Decision> decisions = proposals.decisions(reference);
    // A user task's who and outcome are those of the decision taken on it.
    Map<String, Decision> byTask = new HashMap<>();
    decisions.stream().filter(d -> d.taskId() != null).forEach(d -> byTask.put(d.taskId(), d));
    process.history(reference).forEach(step -> {
      Decision decision = step.taskId() == null ? null : byTask.get(step.taskId());
      timeline.add(new TimelineEntry("process", step.name(), step.started(), step.ended(),
          decision != null ? decision.decidedBy() : step.actor(), decision != null ? decision.outcome() : null,
          step.type()));
    });
    decisions.forEach(d -> timeline.add(new TimelineEntry("decision", d.step(), d.decidedAt(),
        d.decidedAt(), d.decidedBy(), d.outcome(), d.reason())));
    zones.eventsOfProposal(reference).forEach(e -> timeline.add(new TimelineEntry("zone", e.step(), e.occurredAt(),
        e.occurredAt(), e.actor(), e.type().name(), e.zoneCode() + (e.detail() == null ? "" : ": " + e.detail())
            + (e.acres() == null ? "" : " (" + e.acres().toPlainString() + " acres)"))));
    timeline.sort(Comparator.comparing(TimelineEntry::started));
    return timeline;
  }
}
