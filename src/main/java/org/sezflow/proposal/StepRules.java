package org.sezflow.proposal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.sezflow.system.ProblemException.FieldProblem;
import org.sezflow.zone.Zone;
import org.sezflow.zone.ZoneNotFoundException;
import org.sezflow.zone.ZoneRegistry;
import org.springframework.stereotype.Component;
import org.sezflow.system.PakistanTime;

/**
 * The domain's own rules on what an official or a system enters at a step, beyond what a form can
 * say: land within the chosen zone, a signing date that has happened, a JCC session still to come,
 * an allotment letter not dated far ahead. Checked before a task completes (whatever the door) and
 * again by the step that stores the values. Fields are named as the process variables.
 */
@Component
public class StepRules {

  /** A letter may be dated ahead for the day it is handed over, but not further. */
  public static final int LETTER_DAYS_AHEAD = 30;

  private final ZoneRegistry zones;
  private final Clock clock;

  StepRules(ZoneRegistry zones, Clock clock) {
    this.zones = zones;
    this.clock = clock;
  }

  /** Today in Pakistan, the day officials' dates are counted in. */
  public LocalDate today() {
    return PakistanTime.today(clock);
  }

  /** A known zone, and acres above 0 and within its leasable area. */
  public List<FieldProblem> landRequest(String zoneCode, BigDecimal acres) {
    List<FieldProblem> problems = new ArrayList<>();
    Zone zone;
    try {
      zone = zones.zone(zoneCode);
    } catch (ZoneNotFoundException unknown) {
      problems.add(new FieldProblem(ProposalFields.ZONE_CODE, "unknown zone code '" + zoneCode + "'"));
      return problems;
    }
    if (acres == null || acres.signum() <= 0) {
      problems.add(new FieldProblem(ProposalFields.ACRES, "must be greater than 0"));
    } else if (acres.compareTo(zone.land().leasableAcres()) > 0) {
      problems.add(new FieldProblem(ProposalFields.ACRES, "must not exceed the "
          + zone.land().leasableAcres().toPlainString() + " leasable acres of zone " + zoneCode));
    }
    return problems;
  }

  /** The MoU was signed on a day that has come, and not before the proposal was submitted. */
  public List<FieldProblem> mouSigning(LocalDate signedOn, Instant proposalSubmittedAt) {
    List<FieldProblem> problems = new ArrayList<>();
    if (signedOn == null) {
      problems.add(new FieldProblem(ProposalFields.MOU_SIGNED_ON, "is required"));
    } else if (signedOn.isAfter(today())) {
      problems.add(new FieldProblem(ProposalFields.MOU_SIGNED_ON, "must not be in the future"));
    } else if (proposalSubmittedAt != null
        && signedOn.isBefore(PakistanTime.dateOf(proposalSubmittedAt))) {
      problems.add(new FieldProblem(ProposalFields.MOU_SIGNED_ON, "must not be before the proposal was submitted"));
    }
    return problems;
  }

  /** A deferral names the date of the JCC's next session, after today. */
  public List<FieldProblem> jccDeferral(LocalDate nextSessionOn) {
    if (nextSessionOn == null) {
      return List.of(new FieldProblem(ProposalFields.JCC_NEXT_SESSION_ON, "is required when the JCC defers"));
    }
    if (!nextSessionOn.isAfter(today())) {
      return List.of(new FieldProblem(ProposalFields.JCC_NEXT_SESSION_ON, "must be a date after today"));
    }
    return List.of();
  }

  /** An allotment letter is dated at most {@value #LETTER_DAYS_AHEAD} days ahead. */
  public List<FieldProblem> allotmentLetter(LocalDate letterDate) {
    if (letterDate == null) {
      return List.of(new FieldProblem(ProposalFields.ALLOTMENT_LETTER_DATE, "is required"));
    }
    if (letterDate.isAfter(today().plusDays(LETTER_DAYS_AHEAD))) {
      return List.of(new FieldProblem(ProposalFields.ALLOTMENT_LETTER_DATE,
          "must not be more than " + LETTER_DAYS_AHEAD + " days ahead"));
    }
    return List.of();
  }
}
