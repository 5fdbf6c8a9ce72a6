package org.sezflow.proposal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.sezflow.system.ProblemException.FieldProblem;
import org.sezflow.zone.LandAccount;

/**
 * A JV proposal as submitted, from the Tasklist start form or the REST API. {@link #problems()}
 * holds every rule a submission must meet on its own; rules that need the zone record (known
 * zone, acres within its leasable area) are checked by {@link ProposalRegistration}.
 */
public record ProposalSubmission(
    String title,
    String sector,
    boolean smartSezRequested,
    String zoneCode,
    BigDecimal acresRequested,
    BigDecimal investmentUsd,
    BigDecimal fdiSharePct,
    Integer jobsPlanned,
    BigDecimal powerDemandMw,
    BigDecimal waterDemandM3PerDay,
    String sponsorName,
    String sponsorEmail,
    String sponsorPhone,
    List<Partner> partners) {

  public static final int MAX_PARTNERS = 3;
  /**
   * Names and titles: letters and digits of any script, spaces and the punctuation firm names use.
   * Markup and statement separators (< > ; { } ` $ = *) have no place in them.
   */
  private static final Pattern SAFE_TEXT = Pattern.compile("^[\\p{L}\\p{M}\\p{N} .,&()'\"\\-/:+#@%]*$");
  private static final Pattern EMAIL =
      Pattern.compile("^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$");
  private static final Pattern ZONE_CODE = Pattern.compile("^[A-Z0-9]{2,16}$");
  private static final BigDecimal MAX_POWER_MW = new BigDecimal("100000");
  private static final BigDecimal MAX_WATER_M3_PER_DAY = new BigDecimal("100000000");
  private static final BigDecimal HUNDRED = new BigDecimal("100");
  private static final BigDecimal MAX_INVESTMENT_USD = new BigDecimal("100000000000");

  public List<FieldProblem> problems() {
    List<FieldProblem> problems = new ArrayList<>();
    text(problems, "title", title, 5, 200, true);
    if (!Sectors.isKnown(sector)) {
      problems.add(new FieldProblem("sector", "must be one of the known sectors " + Sectors.ALL));
    }
    if (zoneCode == null || zoneCode.isBlank()) {
      problems.add(new FieldProblem("zoneCode", "is required"));
    } else if (!ZONE_CODE.matcher(zoneCode).matches()) {
      problems.add(new FieldProblem("zoneCode", "must be a zone code such as AIIC (capitals and digits)"));
    }
    decimal(problems, "acresRequested", acresRequested, true, false, LandAccount.MAX_ACRES);
    decimal(problems, "investmentUsd", investmentUsd, true, false, MAX_INVESTMENT_USD);
    decimal(problems, "fdiSharePct", fdiSharePct, true, true, HUNDRED);
    if (jobsPlanned == null || jobsPlanned < 0 || jobsPlanned > 1_000_000) {
      problems.add(new FieldProblem("jobsPlanned", "must be between 0 and 1000000"));
    }
    decimal(problems, "powerDemandMw", powerDemandMw, false, true, MAX_POWER_MW);
    decimal(problems, "waterDemandM3PerDay", waterDemandM3PerDay, false, true, MAX_WATER_M3_PER_DAY);
    text(problems, "sponsorName", sponsorName, 2, 200, true);
    email(problems, "sponsorEmail", sponsorEmail);
    text(problems, "sponsorPhone", sponsorPhone, 0, 40, false);
    partnerProblems(problems);
    return problems;
  }

  private void partnerProblems(List<FieldProblem> problems) {
    if (partners == null || partners.size() < 2) {
      problems.add(new FieldProblem("partners", "must list at least two partners"));
      return;
    }
    if (partners.size() > MAX_PARTNERS) {
      problems.add(new FieldProblem("partners", "must list at most " + MAX_PARTNERS + " partners"));
      return;
    }
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < partners.size(); i++) {
      Partner partner = partners.get(i);
      String field = "partners[" + i + "]";
      if (partner == null) {
        problems.add(new FieldProblem(field, "must be a partner, not null"));
        continue;
      }
      text(problems, field + ".name", partner.name(), 2, 200, true);
      if (partner.country() == null) {
        problems.add(new FieldProblem(field + ".country", "must be PK, CN or OTHER"));
      }
      text(problems, field + ".registrationNo", partner.registrationNo(), 2, 60, true);
      text(problems, field + ".nameInOwnScript", partner.nameInOwnScript(), 1, 200, false);
      if (partner.language() == null) {
        problems.add(new FieldProblem(field + ".language", "must be EN, ZH or UR"));
      }
      email(problems, field + ".email", partner.email());
      int before = problems.size();
      decimal(problems, field + ".equityPct", partner.equityPct(), true, false, HUNDRED);
      if (problems.size() == before) {
        total = total.add(partner.equityPct());
      }
    }
    if (total.compareTo(HUNDRED) != 0 && problems.stream().noneMatch(p -> p.field().endsWith(".equityPct"))) {
      problems.add(new FieldProblem("partners",
          "equity must add up to 100 %, not " + total.stripTrailingZeros().toPlainString()));
    }
    if (partners.stream().noneMatch(p -> p != null && p.country() == PartnerCountry.PK)) {
      problems.add(new FieldProblem("partners", "must include at least one Pakistani (PK) partner"));
    }
    if (partners.stream().noneMatch(p -> p != null && p.country() == PartnerCountry.CN)) {
      problems.add(new FieldProblem("partners", "must include at least one Chinese (CN) partner"));
    }
  }

  private static void email(List<FieldProblem> problems, String field, String value) {
    text(problems, field, value, 3, 200, true);
    if (value != null && !value.isBlank() && !EMAIL.matcher(value).matches()) {
      problems.add(new FieldProblem(field, "must be an e-mail address"));
    }
  }

  private static void text(List<FieldProblem> problems, String field, String value, int min, int max,
      boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        problems.add(new FieldProblem(field, "is required"));
      }
      return;
    }
    if (value.strip().length() < min) {
      problems.add(new FieldProblem(field, "must have at least " + min + " characters"));
    }
    if (value.length() > max) {
      problems.add(new FieldProblem(field, "must have at most " + max + " characters"));
    }
    if (value.chars().anyMatch(Character::isISOControl)) {
      problems.add(new FieldProblem(field, "must not contain control characters"));
    } else if (!field.equals("sponsorEmail") && !field.endsWith(".email") && !SAFE_TEXT.matcher(value).matches()) {
      problems.add(new FieldProblem(field, "may hold letters, digits, spaces and . , & ( ) ' \" - / : + # @ % only"));
    }
  }

  /**
   * A decimal with at most two places, within (0 or above, per {@code zeroAllowed}) and {@code max}.
   * The scale is checked first, so an absurd number (1E-1000000) costs nothing to refuse.
   */
  private static void decimal(List<FieldProblem> problems, String field, BigDecimal value, boolean required,
      boolean zeroAllowed, BigDecimal max) {
    if (value == null) {
      if (required) {
        problems.add(new FieldProblem(field, "is required"));
      }
      return;
    }
    if (value.scale() > 2 && (value.scale() > 100 || value.stripTrailingZeros().scale() > 2)) {
      problems.add(new FieldProblem(field, "must have at most 2 decimals"));
    } else if (value.precision() - value.scale() > 15) {
      problems.add(new FieldProblem(field, "must not exceed " + max.toPlainString()));
    } else if (zeroAllowed ? value.signum() < 0 : value.signum() <= 0) {
      problems.add(new FieldProblem(field, zeroAllowed ? "must not be negative" : "must be greater than 0"));
    } else if (value.compareTo(max) > 0) {
      problems.add(new FieldProblem(field, "must not exceed " + max.toPlainString()));
    }
  }
}
