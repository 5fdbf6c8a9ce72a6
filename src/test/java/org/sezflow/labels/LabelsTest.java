package org.sezflow.labels;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.sezflow.committee.Committee;
import org.sezflow.committee.SessionStatus;
import org.sezflow.enterprise.EnterpriseEvaluation;
import org.sezflow.enterprise.EnterpriseStatus;
import org.sezflow.enterprise.Milestone;
import org.sezflow.enterprise.MilestoneStatus;
import org.sezflow.identity.Groups;
import org.sezflow.proposal.DecisionStep;
import org.sezflow.proposal.MouVenue;
import org.sezflow.proposal.PartnerCountry;
import org.sezflow.proposal.PartnerLanguage;
import org.sezflow.proposal.ProposalStatus;
import org.sezflow.proposal.TimeHolder;
import org.sezflow.zone.LandHoldingStatus;
import org.sezflow.zone.PipelineStage;
import org.sezflow.zone.ZoneEventType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Every code the application writes or shows has its label in labels/labels.properties. */
class LabelsTest {

  @Test
  void everyCodeOfTheDomainHasItsLabel() {
    List<String> missing = new ArrayList<>();
    need(missing, "stage", PipelineStage.values());
    need(missing, "status", ProposalStatus.values());
    need(missing, "zoneEvent", ZoneEventType.values());
    need(missing, "land", LandHoldingStatus.values());
    need(missing, "committee", Committee.values());
    need(missing, "session", SessionStatus.values());
    need(missing, "country", PartnerCountry.values());
    need(missing, "language", PartnerLanguage.values());
    need(missing, "venue", MouVenue.values());
    need(missing, "holder", TimeHolder.values());
    need(missing, "standing", EnterpriseStatus.values());
    need(missing, "standing", EnterpriseEvaluation.Standing.values());
    need(missing, "milestone", Milestone.values());
    need(missing, "milestoneStatus", MilestoneStatus.values());
    need(missing, "step", DecisionStep.values());
    for (DecisionStep step : DecisionStep.values()) {
      step.outcomes().forEach(outcome -> need(missing, "outcome", outcome));
    }
    Groups.ALL.keySet().forEach(group -> need(missing, "group", group));
    need(missing, "group", Groups.CAMUNDA_ADMIN);
    assertThat(missing).as("codes without a label").isEmpty();
  }

  /** The decision log's steps and outcomes that the code writes as literals have labels too. */
  @Test
  void everyStepAndOutcomeTheDecisionLogRecordsHasItsLabel() throws IOException {
    Pattern append = Pattern.compile("decisionLog\\.append\\(\\w+, \"([A-Z_]+)\", \"([A-Z_]+)\"");
    Pattern eitherOutcome = Pattern.compile("\\? \"([A-Z_]+)\" : \"([A-Z_]+)\"");
    List<String> missing = new ArrayList<>();
    int found = 0;
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        String text = Files.readString(source);
        Matcher m = append.matcher(text);
        while (m.find()) {
          found++;
          need(missing, "step", m.group(1));
          need(missing, "outcome", m.group(2));
        }
        if (text.contains("decisionLog.append")) {
          Matcher either = eitherOutcome.matcher(text);
          while (either.find()) {
            need(missing, "outcome", either.group(1));
            need(missing, "outcome", either.group(2));
          }
        }
      }
    }
    assertThat(found).as("decision log entries found in the sources").isGreaterThan(5);
    assertThat(missing).as("decision steps and outcomes without a label").isEmpty();
  }

  /** Where a form names a country, a language, a committee or an MoU venue, it names it as the catalogue does. */
  @Test
  void theFormsNameCountriesCommitteesAndVenuesAsTheCatalogue() throws IOException {
    Set<String> categories = Set.of("country", "language", "committee", "venue");
    List<String> different = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    List<Path> forms;
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      forms = files.filter(p -> p.toString().endsWith(".form")).sorted().toList();
    }
    assertThat(forms).hasSizeGreaterThan(10);
    for (Path form : forms) {
      json.readTree(form.toFile()).findParents("values").forEach(field -> {
        String key = field.path("key").asText();
        String category = key.matches("partner\\dCountry") ? "country" : key.matches("partner\\dLanguage") ? "language"
            : key.equals("committee") ? "committee"
                : key.equals("mouVenue") ? "venue" : null;
        if (category == null || !categories.contains(category)) {
          return;
        }
        for (JsonNode option : field.get("values")) {
          String expected = Labels.of(category, option.path("value").asText());
          if (!expected.equals(option.path("label").asText())) {
            different.add(form.getFileName() + " " + key + ": '" + option.path("label").asText() + "', the catalogue: '"
                + expected + "'");
          }
        }
      });
    }
    assertThat(different).isEmpty();
  }

  /** Every form that shows a zone offers the same zones under the same names (one edit, all forms). */
  @Test
  void everyFormNamesTheZonesAlike() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> lists = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      for (Path form : files.filter(p -> p.toString().endsWith(".form")).sorted().toList()) {
        for (JsonNode field : json.readTree(form.toFile()).findParents("key")) {
          if (field.path("key").asText().equals("zoneCode")) {
            assertThat(field.path("type").asText()).as("%s shows the zone by its name", form).isEqualTo("select");
            lists.add(field.get("values").toString());
          }
        }
      }
    }
    assertThat(lists).hasSizeGreaterThan(5);
    assertThat(lists.stream().distinct()).hasSize(1);
  }

  @Test
  void aCodeWithoutALabelReadsAsItself() {
    assertThat(Labels.of("stage", "SCREENING")).isEqualTo("PMU screening");
    assertThat(Labels.of("stage", "NO_SUCH_STAGE")).isEqualTo("NO_SUCH_STAGE");
    assertThat(Labels.of("no-such-category", "X")).isEqualTo("X");
    assertThat(Labels.of("stage", (String) null)).isNull();
    assertThat(Labels.all().get("group")).containsEntry("boi-pmu", "BOI CPEC Project Management Unit");
  }

  private static void need(List<String> missing, String category, Object... codes) {
    for (Object code : codes) {
      String name = code instanceof Enum<?> e ? e.name() : String.valueOf(code);
      if (!Labels.has(category, name)) {
        missing.add(category + "." + name);
      }
    }
  }
}
