package org.sezflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.sezflow.committee.Committee;
import org.sezflow.proposal.DecisionStep;
import org.sezflow.proposal.Sectors;
import org.sezflow.variables.EnterpriseVariables;
import org.sezflow.variables.ProcessVariables;
import org.sezflow.variables.SessionVariables;
import org.sezflow.zone.ZoneRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The forms and the process agree: every user task and the start event reference a form that
 * exists and is deployed with the process; every field is a known process variable; the choices
 * offered are exactly the ones the code accepts.
 */
@SpringBootTest
class FormsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  RepositoryService repository;

  @Autowired
  RuntimeService runtime;

  @Autowired
  TaskService tasks;

  @Autowired
  FormService formService;

  @Autowired
  ZoneRegistry zones;

  static Map<String, JsonNode> forms() throws Exception {
    Map<String, JsonNode> forms = new HashMap<>();
    try (var files = Files.list(Path.of("forms"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
        JsonNode form = JSON.readTree(file.toFile());
        forms.put(form.get("id").asText(), form);
        assertThat(file.getFileName().toString()).isEqualTo(form.get("id").asText() + ".form");
      }
    }
    return forms;
  }

  static BpmnModelInstance model() {
    return Bpmn.readModelFromFile(Path.of("processes/jv-proposal.bpmn").toFile());
  }

  static List<JsonNode> fields(JsonNode form) {
    List<JsonNode> fields = new ArrayList<>();
    form.get("components").forEach(component -> {
      if (component.has("key")) {
        fields.add(component);
      }
    });
    return fields;
  }

  static JsonNode field(JsonNode form, String key) {
    return fields(form).stream().filter(f -> f.get("key").asText().equals(key)).findFirst().orElseThrow();
  }

  static List<String> values(JsonNode field) {
    List<String> values = new ArrayList<>();
    field.get("values").forEach(v -> values.add(v.get("value").asText()));
    return values;
  }

  static Set<String> processVariableNames() throws IllegalAccessException {
    Set<String> names = new HashSet<>();
    for (Field constant : ProcessVariables.class.getFields()) {
      if (Modifier.isStatic(constant.getModifiers()) && constant.getType() == String.class) {
        names.add((String) constant.get(null));
      }
    }
    for (Class<?> variables : List.of(SessionVariables.class, EnterpriseVariables.class)) {
      for (Field constant : variables.getFields()) {
        if (Modifier.isStatic(constant.getModifiers()) && constant.getType() == String.class) {
          names.add((String) constant.get(null));
        }
      }
    }
    for (int n = 1; n <= org.sezflow.proposal.ProposalSubmission.MAX_PARTNERS; n++) {
      names.addAll(List.of(ProcessVariables.partnerName(n), ProcessVariables.partnerCountry(n),
          ProcessVariables.partnerRegistrationNo(n), ProcessVariables.partnerEquityPct(n),
          ProcessVariables.partnerNameInOwnScript(n), ProcessVariables.partnerLanguage(n),
          ProcessVariables.partnerEmail(n)));
    }
    return names;
  }

  static BpmnModelInstance sessionModel() {
    return Bpmn.readModelFromFile(Path.of("processes/committee-session.bpmn").toFile());
  }

  @Test
  void everyUserTaskAndTheStartEventHaveTheirForm() throws Exception {
    Map<String, JsonNode> forms = forms();
    Set<String> referenced = new HashSet<>();
    for (BpmnModelInstance model : List.of(model(), sessionModel(), Bpmn.readModelFromFile(
        Path.of("processes/close-committee-session.bpmn").toFile()),
        Bpmn.readModelFromFile(
            Path.of("processes/zone-enterprise.bpmn").toFile()))) {
      // A proposal's tasks have deadlines; a session's tasks are due with the session.
      boolean proposal = model.getModelElementById(ProcessVariables.PROCESS_KEY) != null;
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        assertThat(task.getCamundaFormRef()).as("formRef of %s", task.getId()).isNotBlank();
        assertThat(task.getCamundaFormRefBinding()).isEqualTo("deployment");
        assertThat(forms).as("form of %s", task.getId()).containsKey(task.getCamundaFormRef());
        assertThat(task.getCamundaCandidateGroups()).as("candidate group of %s", task.getId()).isNotBlank();
        if (proposal) {
          assertThat(task.getCamundaDueDate()).as("due date of %s", task.getId()).isNotBlank();
        }
        referenced.add(task.getCamundaFormRef());
      }
      for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
        if (start.getCamundaFormRef() != null) {
          assertThat(forms).containsKey(start.getCamundaFormRef());
          referenced.add(start.getCamundaFormRef());
        }
      }
    }
    assertThat(referenced).contains("submit-proposal", "schedule-committee-session", "close-committee-session");
    assertThat(referenced).as("every form is used").containsExactlyInAnyOrderElementsOf(forms.keySet());
  }

  @Test
  void theSessionsTasksAreTheirCommitteesSecretariats() {
    for (UserTask task : sessionModel().getModelElementsByType(UserTask.class)) {
      assertThat(task.getCamundaCandidateGroups()).as("candidate group of %s", task.getId())
          .isEqualTo("${" + SessionVariables.SECRETARIAT + "}");
    }
  }

  @Test
  void everyFieldIsAProcessVariable() throws Exception {
    Set<String> known = processVariableNames();
    forms().forEach((id, form) -> fields(form).forEach(field -> assertThat(known)
        .as("field %s of form %s", field.get("key").asText(), id).contains(field.get("key").asText())));
  }

  @Test
  void theChoicesAreExactlyWhatTheCodeAccepts() throws Exception {
    Map<String, JsonNode> forms = forms();
    JsonNode submit = forms.get("submit-proposal");
    assertThat(values(field(submit, ProcessVariables.SECTOR))).containsExactlyElementsOf(Sectors.ALL);
    assertThat(values(field(submit, ProcessVariables.ZONE_CODE))).containsExactlyInAnyOrderElementsOf(
        zones.list().stream().map(z -> z.zone().code()).toList());
    assertThat(values(field(forms.get("choose-zone-or-area"), ProcessVariables.ZONE_CODE)))
        .containsExactlyInAnyOrderElementsOf(zones.list().stream().map(z -> z.zone().code()).toList());

    assertThat(values(field(forms.get("screen-proposal"), ProcessVariables.SCREENING_DECISION)))
        .containsExactlyElementsOf(DecisionStep.SCREENING.outcomes());
    assertThat(values(field(forms.get("choose-zone-or-area"), ProcessVariables.ZONE_CHOICE_DECISION)))
        .containsExactlyElementsOf(DecisionStep.ZONE_CHOICE.outcomes());
    assertThat(values(field(forms.get("consult-ministry"), ProcessVariables.MINISTRY_OPINION)))
        .containsExactlyElementsOf(DecisionStep.MINISTRY_CONSULTATION.outcomes());
    assertThat(values(field(forms.get("record-mou-signing"), ProcessVariables.MOU_VENUE)))
        .containsExactly("ONLINE", "IN_PERSON", "BOTH");

    assertThat(values(field(forms.get("schedule-committee-session"), SessionVariables.COMMITTEE)))
        .containsExactlyElementsOf(Arrays.stream(Committee.values()).map(Committee::name).toList());
    for (Committee committee : Committee.values()) {
      JsonNode decision = field(forms.get("record-session-decision"), SessionVariables.decisionField(committee));
      assertThat(values(decision)).as("%s's decisions", committee).containsExactlyElementsOf(committee.decisions());
      // Each committee's choices show on its own sessions' tasks only.
      assertThat(decision.path("conditional").path("hide").asText())
          .isEqualTo("=" + SessionVariables.COMMITTEE + " != \"" + committee + "\"");
    }
  }

  @Test
  void theFormsOfferWhatTheZonesHold() throws Exception {
    Map<String, JsonNode> forms = forms();
    // Every sector a zone lists is one a proposal can name ("(unverified)" marks the source, not the sector).
    List<String> offered = values(field(forms.get("submit-proposal"), ProcessVariables.SECTOR));
    zones.list()
        .forEach(zone -> zone.zone().sectors()
            .forEach(sector -> assertThat(offered).as("sector %s of %s", sector, zone.zone().code())
                .contains(sector.replace(" (unverified)", ""))));
    // The acres are limited by the chosen zone's leasable area, which the browser reads from the zone
    // record (custom property acresInZone names the zone field); the static bound is the Java rule's
    // (FormLimitsTest).
    for (String form : List.of("submit-proposal", "choose-zone-or-area")) {
      assertThat(field(forms.get(form), ProcessVariables.ACRES_REQUESTED).path("properties").path("acresInZone")
          .asText()).as("acres of %s limited by the zone", form)
          .isEqualTo(field(forms.get(form), ProcessVariables.ZONE_CODE).path("id").asText());
    }
  }

  @Test
  void datesAreLimitedWhereTheProcessLimitsThem() throws Exception {
    Map<String, JsonNode> forms = forms();
    for (String date : List.of(SessionVariables.SESSION_DATE, SessionVariables.AGENDA_CUT_OFF)) {
      assertThat(field(forms.get("schedule-committee-session"), date).path("disallowPassedDates").asBoolean())
          .as(date).isTrue();
    }
    assertThat(field(forms.get("prepare-mou"), ProcessVariables.MOU_PLANNED_ON).path("disallowPassedDates").asBoolean())
        .isTrue();
  }

  @Test
  void decisionsAreRequiredAndTextIsBounded() throws Exception {
    forms().forEach((id, form) -> fields(form).forEach(field -> {
      boolean editable = !field.path("disabled").asBoolean(false);
      String type = field.get("type").asText();
      if (editable && (type.equals("radio") || type.equals("select"))) {
        assertThat(field.has("values")).as("%s.%s offers fixed choices", id, field.get("key")).isTrue();
      }
      if (editable && (type.equals("textfield") || type.equals("textarea"))) {
        assertThat(field.path("validate").has("maxLength")).as("%s.%s has a maxLength", id, field.get("key")).isTrue();
      }
    }));
  }

  @Test
  void tasklistGetsTheDeployedFormOfTheStartEventAndOfATask() throws Exception {
    String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey(ProcessVariables.PROCESS_KEY)
        .latestVersion().singleResult().getId();
    try (InputStream startForm = formService.getDeployedStartForm(definitionId)) {
      assertThat(JSON.readTree(startForm).get("id").asText()).isEqualTo("submit-proposal");
    }
    ProcessInstance pi = runtime.startProcessInstanceByKey(ProcessVariables.PROCESS_KEY,
        ProposalFixtures.textilesJv("RSEZ", 3));
    Task screening = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    try (InputStream taskForm = formService.getDeployedTaskForm(screening.getId())) {
      assertThat(JSON.readTree(taskForm).get("id").asText()).isEqualTo("screen-proposal");
    }
    runtime.createMessageCorrelation(ProcessVariables.MESSAGE_PROPOSAL_WITHDRAWN)
        .processInstanceBusinessKey(pi.getBusinessKey()).correlate();
  }
}
