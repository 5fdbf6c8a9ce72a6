package org.sezflow.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The eligibility and incentive decision tables of {@code processes/jv-eligibility.dmn}, evaluated
 * by Camunda's standalone DMN engine (FEEL, no Spring context, no process engine).
 *
 * <p>A listener records the id of every rule that matches. The last test checks that the tests
 * above it hit every rule of both tables, reading the rule ids from the DMN model itself, so a rule
 * added to the file without a test makes this class fail.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EligibilityDecisionTest {

  static final String RESOURCE = "processes/jv-eligibility.dmn";

  /** Allama Iqbal Industrial City (M-3), a Smart SEZ in the zone registry. */
  static final String AIIC_SECTORS = sectors("textiles", "pharma", "information technology", "chemicals",
      "automobile", "services", "furniture", "apparel");
  /** Rashakai, not a Smart SEZ. */
  static final String RSEZ_SECTORS = sectors("food processing", "textiles", "garments", "building materials",
      "electronics", "automobile", "pharma", "steel", "engineering");
  /** Dhabeji, not a Smart SEZ. */
  static final String DSEZ_SECTORS = sectors("steel", "cement", "chemicals", "garments", "logistics", "pharma");
  /** Mirpur, not a Smart SEZ, open to any sector. */
  static final String MPSEZ_SECTORS = sectors("mixed industries");

  static DmnEngine engine;
  static DmnDecision eligibility;
  static DmnDecision incentives;

  /** Ids of the rules that matched, over every evaluation of this class. */
  static final Set<String> matchedRuleIds = new TreeSet<>();
  /** Ids of the rules that matched in the latest evaluation. */
  static final List<String> lastMatchedRuleIds = new ArrayList<>();
  static final AtomicInteger finishedTests = new AtomicInteger();

  @BeforeAll
  static void buildEngineAndParseTables() {
    DmnDecisionTableEvaluationListener recorder = EligibilityDecisionTest::record;
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.customPostDecisionTableEvaluationListeners(List.of(recorder));
    engine = configuration.buildEngine();

    try (InputStream dmn = open()) {
      Map<String, DmnDecision> decisions = engine.parseDecisions(dmn).stream()
          .collect(Collectors.toMap(DmnDecision::getKey, decision -> decision));
      assertThat(decisions).containsOnlyKeys("jv-eligibility", "jv-incentives");
      eligibility = decisions.get("jv-eligibility");
      incentives = decisions.get("jv-incentives");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void record(DmnDecisionTableEvaluationEvent event) {
    List<String> ids = event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).toList();
    synchronized (matchedRuleIds) {
      matchedRuleIds.addAll(ids);
      lastMatchedRuleIds.clear();
      lastMatchedRuleIds.addAll(ids);
    }
  }

  @AfterEach
  void countFinishedTest() {
    finishedTests.incrementAndGet();
  }

  // --- Decision A: eligibility (hit policy FIRST), one test per rule -------------------------

  @Test
  void investmentBelowOneMillionIsRejected() {
    Map<String, Object> proposal = pharmaJvInAiic();
    proposal.put("investmentUsd", new BigDecimal("999999.99"));

    assertEligibility(proposal, "EligibilityRule_MinimumInvestment", false,
        "Investment is below the USD 1 million minimum for a zone enterprise");
  }

  @Test
  void investmentOfExactlyOneMillionIsEnough() {
    Map<String, Object> proposal = pharmaJvInAiic();
    proposal.put("investmentUsd", 1_000_000);

    assertEligibility(proposal, "EligibilityRule_Eligible", true,
        "Meets the zone's sector, investment and equity rules");
  }

  @Test
  void pakistaniEquityBelowTenPercentIsRejected() {
    Map<String, Object> proposal = pharmaJvInAiic();
    proposal.put("pakistaniEquityPct", 9.5);
    proposal.put("chineseEquityPct", 90.5);

    assertEligibility(proposal, "EligibilityRule_PakistaniEquity", false,
        "Pakistani partners hold less than 10 % of the equity");
  }

  @Test
  void pakistaniEquityOfExactlyTenPercentIsEnough() {
    Map<String, Object> proposal = pharmaJvInAiic();
    proposal.put("pakistaniEquityPct", 10);
    proposal.put("chineseEquityPct", 90);

    assertEligibility(proposal, "EligibilityRule_Eligible", true,
        "Meets the zone's sector, investment and equity rules");
  }

  @Test
  void chineseEquityBelowTenPercentIsRejected() {
    Map<String, Object> proposal = pharmaJvInAiic();
    proposal.put("pakistaniEquityPct", 95.0);
    proposal.put("chineseEquityPct", 5.0);

    assertEligibility(proposal, "EligibilityRule_ChineseEquity", false,
        "Chinese partners hold less than 10 % of the equity");
  }

  @Test
  void chineseEquityOfExactlyTenPercentIsEnough() {
    Map<String, Object> proposal = pharmaJvInAiic();
    proposal.put("pakistaniEquityPct", 90.0);
    proposal.put("chineseEquityPct", 10.0);

    assertEligibility(proposal, "EligibilityRule_Eligible", true,
        "Meets the zone's sector, investment and equity rules");
  }

  @Test
  void theFirstMatchingRuleGivesTheReason() {
    Map<String, Object> proposal = pharmaJvInAiic();
    proposal.put("investmentUsd", 500_000L);
    proposal.put("pakistaniEquityPct", 5);
    proposal.put("chineseEquityPct", 5);

    assertEligibility(proposal, "EligibilityRule_MinimumInvestment", false,
        "Investment is below the USD 1 million minimum for a zone enterprise");
  }

  @Test
  void aSmartSezTakesOnlyPharmaHealthAndAi() {
    Map<String, Object> proposal = pharmaJvInAiic();
    proposal.put("sector", "textiles");
    proposal.put("smartSezRequested", true);

    assertEligibility(proposal, "EligibilityRule_SmartSector", false,
        "Smart SEZs take pharma, health and AI enterprises only");
  }

  @Test
  void aSmartSezRequestNeedsAZoneDesignatedSmart() {
    Map<String, Object> proposal = pharmaJvInAiic();
    proposal.put("zoneSectors", RSEZ_SECTORS);
    proposal.put("zoneIsSmartSez", false);
    proposal.put("smartSezRequested", true);

    assertEligibility(proposal, "EligibilityRule_SmartZone", false, "The chosen zone is not designated a Smart SEZ");
  }

  @Test
  void aMedicalImagingJvIsTakenByASmartSezThatDoesNotListIt() {
    Map<String, Object> proposal = pharmaJvInAiic();
    proposal.put("sector", "medical imaging");
    proposal.put("smartSezRequested", true);

    assertEligibility(proposal, "EligibilityRule_SmartSectorInSmartZone", true,
        "A Smart SEZ sector in a zone designated a Smart SEZ");
  }

  @Test
  void anAiJvIsTakenByASmartSezEvenWithoutRequestingSmartStatus() {
    Map<String, Object> proposal = pharmaJvInAiic();
    proposal.put("sector", "artificial intelligence");

    assertEligibility(proposal, "EligibilityRule_SmartSectorInSmartZone", true,
        "A Smart SEZ sector in a zone designated a Smart SEZ");
  }

  @Test
  void aSectorTheZoneDoesNotListIsRejected() {
    Map<String, Object> proposal = pharmaJvInAiic();
    proposal.put("sector", "textiles");
    proposal.put("zoneSectors", DSEZ_SECTORS);
    proposal.put("zoneIsSmartSez", false);

    assertEligibility(proposal, "EligibilityRule_SectorNotListed", false,
        "The sector is not among the zone's target sectors");
  }

  @Test
  void aSmartSectorOutsideASmartSezMustBeListedByTheZone() {
    Map<String, Object> proposal = pharmaJvInAiic();
    proposal.put("sector", "health");
    proposal.put("zoneSectors", RSEZ_SECTORS);
    proposal.put("zoneIsSmartSez", false);

    assertEligibility(proposal, "EligibilityRule_SectorNotListed", false,
        "The sector is not among the zone's target sectors");
  }

  @Test
  void aPharmaJvInAiicIsEligibleAndGetsBothIncentives() {
    DmnDecisionTableResult result = assertEligibility(pharmaJvInAiic(), "EligibilityRule_Eligible", true,
        "Meets the zone's sector, investment and equity rules");

    DmnDecisionTableResult granted = engine.evaluateDecisionTable(incentives,
        Map.of("eligible", result.getSingleResult().getEntry("eligible")));
    assertThat(granted.collectEntries("incentiveCode"))
        .containsExactly("CUSTOMS_DUTY_EXEMPTION", "INCOME_TAX_EXEMPTION_10Y");
  }

  @Test
  void aTextilesJvInAZoneForMixedIndustriesIsEligible() {
    Map<String, Object> proposal = pharmaJvInAiic();
    proposal.put("sector", "textiles");
    proposal.put("zoneSectors", MPSEZ_SECTORS);
    proposal.put("zoneIsSmartSez", false);

    assertEligibility(proposal, "EligibilityRule_Eligible", true,
        "Meets the zone's sector, investment and equity rules");
  }

  // --- Decision B: incentives (hit policy COLLECT) -------------------------------------------

  @Test
  void anEligibleProposalGetsTheCustomsAndIncomeTaxExemptions() {
    DmnDecisionTableResult result = engine.evaluateDecisionTable(incentives, Map.of("eligible", true));

    assertThat(lastMatchedRuleIds).containsExactly("IncentiveRule_CustomsDuty", "IncentiveRule_IncomeTax");
    assertThat(result.collectEntries("incentiveCode"))
        .containsExactly("CUSTOMS_DUTY_EXEMPTION", "INCOME_TAX_EXEMPTION_10Y");
    assertThat(result.<String>collectEntries("incentive")).containsExactly(
        "One-time exemption from customs duties and taxes on capital goods imported for the zone enterprise"
            + " (vehicles of chapter 87 excluded)",
        "Exemption from income tax for 10 years");
  }

  @Test
  void anIneligibleProposalGetsNoIncentives() {
    DmnDecisionTableResult result = engine.evaluateDecisionTable(incentives, Map.of("eligible", false));

    assertThat(lastMatchedRuleIds).containsExactly("IncentiveRule_None");
    assertThat(result.collectEntries("incentiveCode")).containsExactly("NONE");
    assertThat(result.collectEntries("incentive"))
        .containsExactly("No incentives: the proposal does not meet the eligibility rules");
  }

  // --- Coverage ------------------------------------------------------------------------------

  @Test
  @Order(Integer.MAX_VALUE)
  void everyRuleOfBothTablesIsHitByTheTestsAbove() throws IOException {
    long otherTests = Arrays.stream(EligibilityDecisionTest.class.getDeclaredMethods())
        .filter(method -> method.isAnnotationPresent(Test.class) && !method.isAnnotationPresent(Disabled.class))
        .filter(method -> !method.getName().equals("everyRuleOfBothTablesIsHitByTheTestsAbove"))
        .count();
    // Running a single test method (-Dtest=Class#method) cannot cover every rule: skip, don't fail.
    // A @Disabled test is not counted, so disabling the only test of a rule fails the check below.
    assumeThat(finishedTests.get()).as("tests run before the coverage check").isEqualTo((int) otherTests);

    Set<String> allRuleIds;
    try (InputStream dmn = open()) {
      allRuleIds = Dmn.readModelFromStream(dmn).getModelElementsByType(Rule.class).stream()
          .map(Rule::getId)
          .collect(Collectors.toCollection(TreeSet::new));
    }
    assertThat(allRuleIds).hasSize(11).contains("EligibilityRule_Eligible", "IncentiveRule_None");
    assertThat(matchedRuleIds).as("rules hit by the tests").isEqualTo(allRuleIds);
  }

  // --- Helpers -------------------------------------------------------------------------------

  /** A pharma JV for Allama Iqbal Industrial City that meets every rule; tests change one thing. */
  static Map<String, Object> pharmaJvInAiic() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("sector", "pharma");
    variables.put("zoneSectors", AIIC_SECTORS);
    variables.put("zoneIsSmartSez", true);
    variables.put("smartSezRequested", false);
    variables.put("investmentUsd", 25_000_000L);
    variables.put("pakistaniEquityPct", 40.0);
    variables.put("chineseEquityPct", 60.0);
    return variables;
  }

  /** A zone's target sectors as the process passes them to the table (EligibilityInputs). */
  static String sectors(String... sectors) {
    return String.join(EligibilityInputs.SECTOR_SEPARATOR, sectors);
  }

  static DmnDecisionTableResult assertEligibility(Map<String, Object> proposal, String ruleId, boolean eligible,
      String reason) {
    DmnDecisionTableResult result = engine.evaluateDecisionTable(eligibility, proposal);

    assertThat(lastMatchedRuleIds).as("matched rule").containsExactly(ruleId);
    assertThat(result).hasSize(1);
    assertThat(result.getSingleResult().getEntryMap())
        .containsOnly(Map.entry("eligible", eligible), Map.entry("eligibilityReason", reason));
    return result;
  }

  static InputStream open() {
    InputStream dmn = EligibilityDecisionTest.class.getClassLoader().getResourceAsStream(RESOURCE);
    assertThat(dmn).as("%s on the classpath", RESOURCE).isNotNull();
    return dmn;
  }
}
