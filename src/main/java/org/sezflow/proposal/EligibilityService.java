package org.sezflow.proposal;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.sezflow.system.ApplicationAuthority;
import org.sezflow.zone.Zone;
import org.sezflow.zone.ZoneRegistry;
import org.springframework.stereotype.Service;

/**
 * Evaluates the eligibility and incentive tables (processes/jv-eligibility.dmn) for a proposal.
 * The rules live in the tables; this class only gathers their inputs from the records.
 */
@Service
public class EligibilityService {

  public static final String ELIGIBILITY_DECISION = "jv-eligibility";
  public static final String INCENTIVES_DECISION = "jv-incentives";

  private final DecisionService dmn;
  private final ZoneRegistry zones;
  private final ApplicationAuthority authority;

  EligibilityService(DecisionService dmn, ZoneRegistry zones, ApplicationAuthority authority) {
    this.dmn = dmn;
    this.zones = zones;
    this.authority = authority;
  }

  /** Evaluated as the application: whoever starts a proposal needs no right on the tables themselves. */
  public Eligibility assess(Proposal proposal) {
    return authority.run(() -> evaluate(proposal));
  }

  private Eligibility evaluate(Proposal proposal) {
    Zone zone = zones.zone(proposal.zoneCode());
    Map<String, Object> inputs = Map.of(
        "sector", proposal.submission().sector(),
        // The reference list marks some sectors "(unverified)"; they still count as listed.
        "zoneSectors", zone.sectors().stream().map(s -> s.replace(" (unverified)", "")).toList(),
        "zoneIsSmartSez", zone.smartSez(),
        "smartSezRequested", proposal.submission().smartSezRequested(),
        "investmentUsd", proposal.submission().investmentUsd(),
        "pakistaniEquityPct", Partner.equityOf(proposal.partners(), PartnerCountry.PK),
        "chineseEquityPct", Partner.equityOf(proposal.partners(), PartnerCountry.CN));
    DmnDecisionResult eligibility = dmn.evaluateDecisionByKey(ELIGIBILITY_DECISION).variables(inputs).evaluate();
    boolean eligible = eligibility.getSingleResult().getEntry("eligible");
    String reason = eligibility.getSingleResult().getEntry("eligibilityReason");
    List<String> incentives = dmn.evaluateDecisionByKey(INCENTIVES_DECISION)
        .variables(Map.of("eligible", eligible)).evaluate()
        .collectEntries("incentive");
    return new Eligibility(eligible, reason, incentives);
  }
}
