package org.sezflow.proposal;

import java.math.BigDecimal;
import java.util.stream.Collectors;

import org.sezflow.zone.Zone;

/**
 * What the eligibility table (processes/jv-eligibility.dmn) needs besides the submission's own
 * values (sector, Smart SEZ request, investment): the chosen zone's target sectors and Smart SEZ
 * designation, and the equity each side holds. The process's business rule task evaluates the
 * table; this only gathers its inputs from the records, as plain values.
 *
 * @param zoneSectors the zone's target sectors, separated by {@link #SECTOR_SEPARATOR} (the table
 *     splits them on it)
 */
public record EligibilityInputs(String zoneSectors, boolean zoneIsSmartSez, BigDecimal pakistaniEquityPct,
    BigDecimal chineseEquityPct) {

  /** Between two of {@link #zoneSectors}; no sector name contains it. */
  public static final String SECTOR_SEPARATOR = "; ";

  public static EligibilityInputs of(Proposal proposal, Zone zone) {
    // The reference list marks some sectors "(unverified)"; they still count as listed.
    String sectors = zone.sectors().stream().map(s -> s.replace(" (unverified)", ""))
        .collect(Collectors.joining(SECTOR_SEPARATOR));
    return new EligibilityInputs(sectors, zone.smartSez(),
        Partner.equityOf(proposal.partners(), PartnerCountry.PK),
        Partner.equityOf(proposal.partners(), PartnerCountry.CN));
  }
}
