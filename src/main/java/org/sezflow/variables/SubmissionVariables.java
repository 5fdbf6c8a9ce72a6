package org.sezflow.variables;

import static org.sezflow.variables.ProcessVariables.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.sezflow.proposal.Partner;
import org.sezflow.proposal.PartnerCountry;
import org.sezflow.proposal.PartnerLanguage;
import org.sezflow.proposal.ProposalSubmission;

/**
 * A submission as the start form's variables (partners numbered from 1) and back: here and nowhere
 * else. They enter the process transient ({@link EnteringValues}); "Register proposal" reads them.
 */
public final class SubmissionVariables {

  private SubmissionVariables() {}

  /** The variables a proposal starts with: its submission, partners numbered from 1. */
  public static Map<String, Object> of(ProposalSubmission s) {
    Map<String, Object> v = new HashMap<>();
    v.put(PROPOSAL_TITLE, s.title());
    v.put(SECTOR, s.sector());
    v.put(SMART_SEZ_REQUESTED, s.smartSezRequested());
    v.put(ZONE_CODE, s.zoneCode());
    v.put(ACRES_REQUESTED, number(s.acresRequested()));
    v.put(INVESTMENT_USD, number(s.investmentUsd()));
    v.put(FDI_SHARE_PCT, number(s.fdiSharePct()));
    v.put(JOBS_PLANNED, s.jobsPlanned() == null ? null : s.jobsPlanned().longValue());
    v.put(POWER_DEMAND_MW, number(s.powerDemandMw()));
    v.put(WATER_DEMAND_M3_PER_DAY, number(s.waterDemandM3PerDay()));
    v.put(SPONSOR_NAME, s.sponsorName());
    v.put(SPONSOR_EMAIL, s.sponsorEmail());
    v.put(SPONSOR_PHONE, s.sponsorPhone());
    for (int n = 1; n <= s.partners().size(); n++) {
      Partner partner = s.partners().get(n - 1);
      v.put(partnerName(n), partner.name());
      v.put(partnerCountry(n), partner.country() == null ? null : partner.country().name());
      v.put(partnerRegistrationNo(n), partner.registrationNo());
      v.put(partnerEquityPct(n), number(partner.equityPct()));
      v.put(partnerNameInOwnScript(n), partner.nameInOwnScript());
      v.put(partnerLanguage(n), partner.language() == null ? null : partner.language().name());
      v.put(partnerEmail(n), partner.email());
    }
    return v;
  }

  /** The submission a proposal's variables hold, whichever door started it (a partner row without a name is empty). */
  public static ProposalSubmission submission(VariableScope scope) {
    List<Partner> partners = new ArrayList<>();
    for (int n = 1; n <= ProposalSubmission.MAX_PARTNERS; n++) {
      String name = VariableValues.string(scope, partnerName(n));
      if (name != null) {
        partners.add(new Partner(name, PartnerCountry.parse(VariableValues.string(scope, partnerCountry(n))),
            VariableValues.string(scope, partnerRegistrationNo(n)),
            VariableValues.decimal(scope, partnerEquityPct(n)),
            VariableValues.string(scope, partnerNameInOwnScript(n)),
            PartnerLanguage.parse(VariableValues.string(scope, partnerLanguage(n))),
            VariableValues.string(scope, partnerEmail(n))));
      }
    }
    return new ProposalSubmission(
        VariableValues.string(scope, PROPOSAL_TITLE),
        VariableValues.string(scope, SECTOR),
        VariableValues.bool(scope, SMART_SEZ_REQUESTED),
        VariableValues.string(scope, ZONE_CODE),
        VariableValues.decimal(scope, ACRES_REQUESTED),
        VariableValues.decimal(scope, INVESTMENT_USD),
        VariableValues.decimal(scope, FDI_SHARE_PCT),
        VariableValues.integer(scope, JOBS_PLANNED),
        VariableValues.decimal(scope, POWER_DEMAND_MW),
        VariableValues.decimal(scope, WATER_DEMAND_M3_PER_DAY),
        VariableValues.string(scope, SPONSOR_NAME),
        VariableValues.string(scope, SPONSOR_EMAIL),
        VariableValues.string(scope, SPONSOR_PHONE),
        partners);
  }

  private static Double number(BigDecimal value) {
    return value == null ? null : value.doubleValue();
  }
}
