package org.sezflow.forms;

import static org.sezflow.variables.ProcessVariables.*;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.sezflow.engine.CurrentFormValues;
import org.sezflow.proposal.CommitteeStandings;
import org.sezflow.proposal.CommitteeStandings.AgendaEntry;
import org.sezflow.proposal.Decision;
import org.sezflow.proposal.Proposal;
import org.sezflow.proposal.ProposalReads;
import org.sezflow.zone.ZoneRegistry;
import org.springframework.stereotype.Component;

/**
 * What the task forms of a proposal show of it, read from its record each time a form loads: the
 * process keeps none of it ({@link org.sezflow.variables.ProcessVariables#KEPT}). The submission as
 * it stands (zone and area as last chosen), the partners, the eligibility and incentives, the zone's
 * free land now, and from the decision log the sponsor's latest answer, the latest land shortfall,
 * the MoU draft, and from the committees' minutes the JWG's reasons when it last sent it back. A form that shows none of these names loads nothing.
 */
@Component
class ProposalForm implements CurrentFormValues {

  /** Each name a form may show, and how the record gives it. */
  private static final Map<String, Function<Shown, TypedValue>> SHOWN = shown();

  private final ProposalReads proposals;
  private final CommitteeStandings standings;
  private final ZoneRegistry zones;
  private final TaskReferences references;

  ProposalForm(ProposalReads proposals, CommitteeStandings standings, ZoneRegistry zones,
      TaskReferences references) {
    this.proposals = proposals;
    this.standings = standings;
    this.zones = zones;
    this.references = references;
  }

  /** The proposal a form shows, with its decision log and agenda items read only if the form needs them. */
  private record Shown(Proposal proposal, List<Decision> decisions, List<AgendaEntry> agenda, ZoneRegistry zones) {}

  @Override
  public VariableMap withCurrentValues(String taskId, VariableMap variables, Collection<String> names) {
    List<String> wanted = SHOWN.keySet().stream().filter(name -> names == null || names.contains(name)).toList();
    if (wanted.isEmpty()) {
      return variables;
    }
    String reference = references.of(taskId, PROCESS_KEY);
    Proposal proposal = reference == null ? null : proposals.find(reference).orElse(null);
    if (proposal == null) {
      return variables;
    }
    boolean needsLog = wanted.stream().anyMatch(name -> FROM_THE_LOG.contains(name));
    Shown shown = new Shown(proposal, needsLog ? proposals.decisions(reference) : List.of(),
        wanted.contains(COMMITTEE_REASON) ? standings.agendaHistory(reference) : List.of(), zones);
    for (String name : wanted) {
      TypedValue value = SHOWN.get(name).apply(shown);
      if (value != null) {
        variables.putValueTyped(name, value);
      }
    }
    return variables;
  }

  private static final List<String> FROM_THE_LOG = List.of(CLARIFICATION_RESPONSE, LAND_SHORTFALL);

  private static Map<String, Function<Shown, TypedValue>> shown() {
    Map<String, Function<Shown, TypedValue>> shown = new LinkedHashMap<>();
    shown.put(PROPOSAL_TITLE, s -> text(s.proposal().submission().title()));
    shown.put(SECTOR, s -> text(s.proposal().submission().sector()));
    shown.put(SMART_SEZ_REQUESTED, s -> Variables.booleanValue(s.proposal().submission().smartSezRequested()));
    shown.put(ZONE_CODE, s -> text(s.proposal().zoneCode()));
    shown.put(ACRES_REQUESTED, s -> number(s.proposal().acresRequested()));
    shown.put(INVESTMENT_USD, s -> number(s.proposal().submission().investmentUsd()));
    shown.put(FDI_SHARE_PCT, s -> number(s.proposal().submission().fdiSharePct()));
    shown.put(JOBS_PLANNED, s -> s.proposal().submission().jobsPlanned() == null ? null
        : Variables.longValue(s.proposal().submission().jobsPlanned().longValue()));
    shown.put(SPONSOR_NAME, s -> text(s.proposal().submission().sponsorName()));
    shown.put(SPONSOR_EMAIL, s -> text(s.proposal().submission().sponsorEmail()));
    shown.put(PARTNERS_SUMMARY, s -> text(s.proposal().partnersSummary()));
    shown.put(ELIGIBLE, s -> s.proposal().eligible() == null ? null : Variables.booleanValue(s.proposal().eligible()));
    shown.put(ELIGIBILITY_REASON, s -> text(s.proposal().eligibilityReason()));
    shown.put(INCENTIVES, s -> text(s.proposal().incentives()));
    shown.put(ZONE_FREE_ACRES, s -> number(s.zones().zone(s.proposal().zoneCode()).land().freeAcres()));
    shown.put(PLOT_NUMBER, s -> text(s.proposal().plotNumber()));
    shown.put(MOU_DRAFT_REFERENCE, s -> text(s.proposal().mouDraftReference()));
    shown.put(CLARIFICATION_RESPONSE, s -> latest(s, "CLARIFICATION", "ANSWERED"));
    shown.put(LAND_SHORTFALL, s -> latest(s, "LAND_RESERVATION", "INSUFFICIENT_LAND"));
    shown.put(COMMITTEE_REASON, ProposalForm::latestSendBack);
    return Map.copyOf(shown);
  }

  /** The reason of the latest decision of this step and outcome, if any. */
  private static TypedValue latest(Shown shown, String step, String outcome) {
    String reason = null;
    for (Decision decision : shown.decisions()) {
      if (step.equals(decision.step()) && outcome.equals(decision.outcome())) {
        reason = decision.reason();
      }
    }
    return text(reason);
  }

  /** The reasons the committee gave, in its minutes, when it last sent the proposal back. */
  private static TypedValue latestSendBack(Shown shown) {
    String reason = null;
    for (AgendaEntry entry : shown.agenda()) {
      if ("SEND_BACK".equals(entry.decision())) {
        reason = entry.decisionReason();
      }
    }
    return text(reason);
  }

  private static TypedValue text(String value) {
    return value == null ? null : Variables.stringValue(value);
  }

  private static TypedValue number(BigDecimal value) {
    return value == null ? null : Variables.doubleValue(value.doubleValue());
  }
}
