package org.sezflow.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sezflow.proposal.Partner;
import org.sezflow.proposal.PartnerCountry;
import org.sezflow.proposal.PartnerLanguage;
import org.sezflow.proposal.ProposalSubmission;
import org.sezflow.system.ProblemException.FieldProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A form's number limits are the Java rule's, not a second copy of it: for each bounded number field
 * of the forms that take a proposal's figures, the bound itself passes {@link ProposalSubmission}'s
 * rules and one step beyond it fails them. (A zone's own leasable area, the tighter limit on the
 * acres, is the zone record's: the forms' {@code acresInZone} property shows it from there.)
 */
class FormLimitsTest {

  record Limit(String form, String field, BigDecimal bound, boolean upper, BigDecimal step) {
    @Override
    public String toString() {
      return form + " " + field + (upper ? " max " : " min ") + bound.toPlainString();
    }
  }

  static List<Limit> limits() throws IOException {
    List<Limit> limits = new ArrayList<>();
    for (String form : List.of("submit-proposal", "choose-zone-or-area")) {
      JsonNode schema = new ObjectMapper().readTree(Path.of("forms", form + ".form").toFile());
      collect(form, schema.path("components"), limits);
    }
    assertThat(limits).as("bounded number fields read").hasSizeGreaterThan(10);
    return limits;
  }

  private static void collect(String form, JsonNode components, List<Limit> limits) {
    for (JsonNode component : components) {
      collect(form, component.path("components"), limits);
      String key = component.path("key").asText();
      if (!"number".equals(component.path("type").asText()) || !baseline().containsKey(key)) {
        continue;
      }
      BigDecimal step = BigDecimal.ONE.movePointLeft(component.path("decimalDigits").asInt(0));
      JsonNode validate = component.path("validate");
      if (validate.has("min")) {
        limits.add(new Limit(form, key, validate.path("min").decimalValue(), false, step));
      }
      if (validate.has("max")) {
        limits.add(new Limit(form, key, validate.path("max").decimalValue(), true, step));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("limits")
  void theFormsBoundIsTheJavaRulesBound(Limit limit) {
    assertThat(problemsOn(limit.field(), limit.bound())).as("%s at its bound", limit).isEmpty();
    BigDecimal beyond = limit.upper() ? limit.bound().add(limit.step()) : limit.bound().subtract(limit.step());
    assertThat(problemsOn(limit.field(), beyond)).as("%s one step beyond (%s)", limit, beyond.toPlainString())
        .isNotEmpty();
  }

  /** A valid submission's figures, by form field. */
  private static Map<String, BigDecimal> baseline() {
    Map<String, BigDecimal> figures = new LinkedHashMap<>();
    figures.put("acresRequested", new BigDecimal("25"));
    figures.put("investmentUsd", new BigDecimal("45000000"));
    figures.put("fdiSharePct", new BigDecimal("49"));
    figures.put("jobsPlanned", new BigDecimal("650"));
    figures.put("powerDemandMw", new BigDecimal("4.5"));
    figures.put("waterDemandM3PerDay", new BigDecimal("300"));
    return figures;
  }

  @Test
  void theBaselineSubmissionIsValid() {
    assertThat(submission(baseline()).problems()).isEmpty();
  }

  private static List<FieldProblem> problemsOn(String field, BigDecimal value) {
    Map<String, BigDecimal> figures = baseline();
    figures.put(field, value);
    return submission(figures).problems().stream().filter(problem -> problem.field().equals(field)).toList();
  }

  private static ProposalSubmission submission(Map<String, BigDecimal> figures) {
    return new ProposalSubmission("Sino-Pakistan Advanced Imaging", "medical imaging", true,
        "AIIC", figures.get("acresRequested"), figures.get("investmentUsd"), figures.get("fdiSharePct"),
        figures.get("jobsPlanned").intValueExact(), figures.get("powerDemandMw"), figures.get("waterDemandM3PerDay"),
        "Dynamic Engineering Automation", "projects@dea.example.pk", null,
        List.of(new Partner("Dynamic Engineering Automation (Pvt) Ltd", PartnerCountry.PK, "SECP 0123456",
            new BigDecimal("51"), null, PartnerLanguage.EN, "partners@dea.example.pk"),
            new Partner("Neusoft Medical Systems", PartnerCountry.CN, "USCC 91210100604608172K",
                new BigDecimal("49"), "东软医疗系统股份有限公司", PartnerLanguage.ZH, "cpec@neusoftmedical.example.cn")));
  }
}
