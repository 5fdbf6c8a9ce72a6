package org.sezflow.proposal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.sezflow.system.PakistanTime;
import org.sezflow.system.ProblemException.FieldProblem;
import org.sezflow.system.Texts;
import org.sezflow.zone.Zone;
import org.sezflow.zone.ZoneNotFoundException;
import org.sezflow.zone.ZoneRegistry;
import org.springframework.stereotype.Component;

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
  /** Longest answer to a clarification request. */
  public static final int MAX_CLARIFICATION = 4000;
  /** Longest reason given with a withdrawal. */
  public static final int MAX_WITHDRAWAL_REASON = 1000;

  private static final String ACRES = "acresRequested";
  private static final String MOU_SIGNED_ON = "mouSignedOn";
  private static final String JCC_NEXT_SESSION_ON = "jccNextSessionOn";
  private static final String ALLOTMENT_LETTER_DATE = "allotmentLetterDate";

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
      problems.add(new FieldProblem("zoneCode", "unknown zone code '" + zoneCode + "'"));
      return problems;
    }
    if (acres == null || acres.signum() <= 0) {
      problems.add(new FieldProblem(ACRES, "must be greater than 0"));
    } else if (acres.compareTo(zone.land().leasableAcres()) > 0) {
      problems.add(new FieldProblem(ACRES, "must not exceed the "
          + zone.land().leasableAcres().toPlainString() + " leasable acres of zone " + zoneCode));
    }
    return problems;
  }

  /** A sponsor's answer to a clarification request. */
  public List<FieldProblem> clarificationResponse(String response) {
    String problem = response == null || response.isBlank() ? "is required"
        : response.length() > MAX_CLARIFICATION ? "must have at most " + MAX_CLARIFICATION + " characters"
            : Texts.problem(response, true);
    return problem == null ? List.of() : List.of(new FieldProblem("clarificationResponse", problem));
  }

  /**
   * A complete MoU signing: venue, signatories and witnesses given, and signed on a day that has
   * come, not before the proposal was submitted.
   */
  public List<FieldProblem> mouSigning(MouSigning mou, Instant proposalSubmittedAt) {
    List<FieldProblem> problems = new ArrayList<>(mouSigningDate(mou.signedOn(), proposalSubmittedAt));
    if (mou.venue() == null) {
      problems.add(new FieldProblem("mouVenue", "must be ONLINE, IN_PERSON or BOTH"));
    }
    requireText(problems, "mouSignatories", mou.signatories(), 2000);
    requireText(problems, "mouWitnesses", mou.witnesses(), 2000);
    if (mou.draftReference() != null && mou.draftReference().length() > 60) {
      problems.add(new FieldProblem("mouDraftReference", "must have at most 60 characters"));
    }
    return problems;
  }

  /** The MoU was signed on a day that has come, and not before the proposal was submitted. */
  public List<FieldProblem> mouSigningDate(LocalDate signedOn, Instant proposalSubmittedAt) {
    List<FieldProblem> problems = new ArrayList<>();
    if (signedOn == null) {
      problems.add(new FieldProblem(MOU_SIGNED_ON, "is required"));
    } else if (signedOn.isAfter(today())) {
      problems.add(new FieldProblem(MOU_SIGNED_ON, "must not be in the future"));
    } else if (proposalSubmittedAt != null
        && signedOn.isBefore(PakistanTime.dateOf(proposalSubmittedAt))) {
      problems.add(new FieldProblem(MOU_SIGNED_ON, "must not be before the proposal was submitted"));
    }
    return problems;
  }

  /** A deferral names the date of the JCC's next session, after today. */
  public List<FieldProblem> jccDeferral(LocalDate nextSessionOn) {
    if (nextSessionOn == null) {
      return List.of(new FieldProblem(JCC_NEXT_SESSION_ON, "is required when the JCC defers"));
    }
    if (!nextSessionOn.isAfter(today())) {
      return List.of(new FieldProblem(JCC_NEXT_SESSION_ON, "must be a date after today"));
    }
    return List.of();
  }

  /** An allotment letter has a number, and is dated at most {@value #LETTER_DAYS_AHEAD} days ahead. */
  public List<FieldProblem> allotmentLetter(String letterNo, LocalDate letterDate) {
    List<FieldProblem> problems = new ArrayList<>();
    requireText(problems, "allotmentLetterNo", letterNo, 60);
    problems.addAll(allotmentLetterDate(letterDate));
    return problems;
  }

  /** An allotment letter is dated at most {@value #LETTER_DAYS_AHEAD} days ahead. */
  public List<FieldProblem> allotmentLetterDate(LocalDate letterDate) {
    if (letterDate == null) {
      return List.of(new FieldProblem(ALLOTMENT_LETTER_DATE, "is required"));
    }
    if (letterDate.isAfter(today().plusDays(LETTER_DAYS_AHEAD))) {
      return List.of(new FieldProblem(ALLOTMENT_LETTER_DATE,
          "must not be more than " + LETTER_DAYS_AHEAD + " days ahead"));
    }
    return List.of();
  }

  private static void requireText(List<FieldProblem> problems, String field, String value, int max) {
    if (value == null || value.isBlank()) {
      problems.add(new FieldProblem(field, "is required"));
    } else if (value.length() > max) {
      problems.add(new FieldProblem(field, "must have at most " + max + " characters"));
    }
  }
}
