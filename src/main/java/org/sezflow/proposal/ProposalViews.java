package org.sezflow.proposal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sezflow.proposal.ProposalJson.AllotmentView;
import org.sezflow.proposal.ProposalJson.ClocksView;
import org.sezflow.proposal.ProposalJson.CommitteeView;
import org.sezflow.proposal.ProposalJson.DecisionView;
import org.sezflow.proposal.ProposalJson.EligibilityView;
import org.sezflow.proposal.ProposalJson.LandView;
import org.sezflow.proposal.ProposalJson.ProposalView;
import org.sezflow.proposal.ProposalJson.TaskView;
import org.sezflow.proposal.ProposalJson.TimelineEntry;
import org.sezflow.system.WorkingDayCalendar;
import org.sezflow.zone.LandAccountService;
import org.sezflow.zone.LandHolding;
import org.sezflow.zone.ZoneRegistry;
import org.springframework.stereotype.Component;

/**
 * What the API shows of proposals: a proposal with its open tasks, land, decisions and clocks, and
 * where it stands with the committees, and its timeline merged from the process's history, the
 * decision log, the zone's events, its agenda items at the committees' sessions and the stretches
 * of time with the government and with the sponsor ({@link ProposalClocks}).
 */
@Component
class ProposalViews {

  private final ProposalReads proposals;
  private final ProposalProcess process;
  private final CommitteeStandings committees;
  private final LandAccountService landAccounts;
  private final ZoneRegistry zones;
  private final WorkingDayCalendar calendar;
  private final Clock clock;

  ProposalViews(ProposalReads proposals, ProposalProcess process, CommitteeStandings committees,
      LandAccountService landAccounts, ZoneRegistry zones, WorkingDayCalendar calendar, Clock clock) {
    this.proposals = proposals;
    this.process = process;
    this.committees = committees;
    this.landAccounts = landAccounts;
    this.zones = zones;
    this.calendar = calendar;
    this.clock = clock;
  }

  ProposalView view(String reference) {
    return views(List.of(proposals.get(reference))).get(0);
  }

  /**
   * The proposals' views: their land and decisions are read in one query each for the whole page,
   * their open tasks and standing with the committees in two each; the clocks come from the
   * decisions.
   */
  List<ProposalView> views(List<Proposal> page) {
    List<String> references = page.stream().map(Proposal::reference).toList();
    Map<String, List<ProposalProcess.OpenTask>> openTasks = process.openTasks(page);
    Map<String, LandHolding> holdings = landAccounts.holdings(references);
    Map<String, List<Decision>> decisions = proposals.decisions(references);
    Map<String, CommitteeStandings.Standing> standings = committees.standings(references);
    Instant now = clock.instant();
    return page.stream().map(p -> {
      List<Decision> log = decisions.getOrDefault(p.reference(), List.of());
      CommitteeStandings.Standing standing = standings.get(p.reference());
      return view(p, openTasks.getOrDefault(p.reference(), List.of()),
          standing == null ? null : CommitteeView.of(standing), holdings.get(p.reference()), log, clocks(p, log, now));
    }).toList();
  }

  private ProposalClocks clocks(Proposal p, List<Decision> log, Instant now) {
    return ProposalClocks.count(p.submittedAt(), p.closedAt(), SponsorTime.spans(p, log), now, calendar);
  }

  private static ProposalView view(Proposal p, List<ProposalProcess.OpenTask> openTasks, CommitteeView committee,
      LandHolding holding, List<Decision> decisionLog, ProposalClocks clocks) {
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
        new EligibilityView(p.eligible(), p.eligibilityReason(), p.incentives()), tasks, committee, land, p.mou(),
        allotment, decisions, p.submittedAt(), p.stageEnteredAt(), p.updatedAt(), p.closedAt(), ClocksView.of(clocks));
  }

  /** Process steps, decisions, zone events, agenda items and stretches with each side, oldest first. */
  List<TimelineEntry> timeline(String reference) {
    Proposal proposal = proposals.get(reference);
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
    committees.agendaHistory(reference).forEach(item -> timeline.addAll(AgendaTimeline.entries(item)));
    clocks(proposal, decisions, clock.instant()).periods().forEach(p -> timeline.add(entry(p)));
    timeline.sort(Comparator.comparing(TimelineEntry::started));
    return timeline;
  }

  /** A stretch with one side, as the timeline shows it: "With the sponsor", SPONSOR, "5 days". */
  private static TimelineEntry entry(ProposalClocks.Period period) {
    boolean government = period.holder() == TimeHolder.GOVERNMENT;
    String unit = government ? " working day" : " day";
    return new TimelineEntry("clock", government ? "With the government" : "With the sponsor", period.from(),
        period.to(), null, period.holder().name(), period.days() + unit + (period.days() == 1 ? "" : "s"));
  }
}
