package org.sezflow.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sezflow.proposal.ProposalRequests.*;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sezflow.TestUsers;
import org.sezflow.WebappSession;
import org.sezflow.committee.Committee;
import org.sezflow.committee.SessionDriver;
import org.sezflow.committee.SessionFixtures;
import org.sezflow.variables.ProcessVariables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Every user task refuses every way of breaking its form, through every door an official has:
 * {@code /engine-rest/task/{id}/complete}, {@code /engine-rest/task/{id}/submit-form} and
 * Tasklist's own {@code /camunda/api/engine/.../submit-form}, as the task's own official. For each
 * editable field of the task's form (read here from {@code forms/}, independently of the
 * application's reading of them), each violation its type allows: missing, empty, too short, too
 * long, wrong type, out of range, too many decimals, not an offered option, a bad date, invalid
 * text; then for each form an unknown field, a read-only field and a serialized Java object; then
 * the domain's own rules (a signing in the future, land beyond the zone, a letter dated too far
 * ahead, the other committee's decision on a session's item). Each answer is 400 naming the field,
 * the task stays open, and after the whole corpus nothing has changed. Last, each task is completed
 * with the valid values the cases started from: the refusals came from the broken field alone.
 * Besides the proposal's own tasks, the corpus holds the "Record decision" task of a JWG and of a
 * JCC session (frozen, the agenda holding one proposal): the committees decide there now.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TaskCorpusTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** Stands for a lone surrogate, written into the JSON as the escape Jackson would not write. */
  private static final String LONE_SURROGATE = "<<lone-surrogate>>";
  /** The small zone the land-shortfall fixture uses (175 leasable acres). */
  private static final String SMALL_ZONE = "MQSEZ";

  enum Door { COMPLETE, SUBMIT_FORM, TASKLIST }

  record Field(String key, String type, boolean required, Integer minLength, Integer maxLength, BigDecimal min,
      BigDecimal max, Integer decimalDigits, List<String> options, boolean disallowPassedDates, String hideWhen,
      boolean notAfterToday) {}

  record Form(String id, List<Field> editable, List<String> readOnly) {}

  /**
   * An open task (of a proposal's process, or of a committee session whose agenda holds the
   * proposal), its official and the valid values each case breaks one of.
   */
  record Fixture(String taskKey, String reference, String processInstanceId, TestUsers.Credentials official,
      Form form, Map<String, JsonNode> valid) {

    /** The task as the test names show it: a session's task names its committee's secretariat. */
    String label() {
      return taskKey.equals("RecordDecision") ? taskKey + " (" + official.userId() + ")" : taskKey;
    }
  }

  record Case(Fixture fixture, String name, String field, Map<String, JsonNode> variables) {}

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identityService;

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcClient jdbc;

  ApiClient api;
  ProcessDriver driver;
  final List<String> references = new ArrayList<>();
  /** The committee sessions' process instances the corpus froze, ended after it. */
  final List<String> sessionInstances = new ArrayList<>();
  final Map<String, WebappSession> sessions = new LinkedHashMap<>();

  @AfterEach
  void withdrawEverything() {
    if (driver != null) {
      driver.withdrawAllRunning(references);
    }
    SessionFixtures.end(engine, jdbc,
        sessionInstances.stream().map(instance -> SessionFixtures.sessionOf(engine, instance)).toList());
  }

  @TestFactory
  Stream<DynamicTest> everyTaskRefusesEveryViolationOfItsFormThroughEveryDoor() throws IOException {
    api = new ApiClient(port);
    TestUsers.Credentials portal = TestUsers.ensure(identityService, "tasks-portal", "external-systems");
    TestUsers.Credentials pmu = TestUsers.ensure(identityService, "tasks-pmu", "boi-pmu");
    TestUsers.Credentials jwg = TestUsers.ensure(identityService, "tasks-jwg", "jwg-secretariat");
    TestUsers.Credentials jcc = TestUsers.ensure(identityService, "tasks-jcc", "jcc-secretariat");
    TestUsers.Credentials authority = TestUsers.ensure(identityService, "tasks-authority", "sez-authority");
    driver = new ProcessDriver(engine, pmu.userId());

    List<Fixture> fixtures = new ArrayList<>();
    String screening = submit(portal, textilesJv("AIIC", 5));
    fixtures.add(fixture("ScreenProposal", screening, pmu, values("screeningDecision", "ACCEPT",
        "screeningReason", "Meets the zone's sector, investment and equity rules")));
    String shortOfLand = proposalShortOfLand(portal);
    fixtures.add(fixture("ChooseZoneOrArea", shortOfLand, pmu, values("zoneCode", SMALL_ZONE, "acresRequested", 1,
        "zoneChoiceDecision", "REJECT", "zoneChoiceReason", "No land is left for the proposal in this zone")));
    String mou = submit(portal, textilesJv("AIIC", 5));
    driver.toMou(mou);
    fixtures.add(fixture("PrepareMou", mou, pmu, values("mouDraftReference", "BOI/MOU/2026/17",
        "mouPlannedOn", today().plusDays(10).toString())));
    String signing = submit(portal, textilesJv("AIIC", 5));
    driver.toMouSigning(signing);
    fixtures.add(fixture("RecordMouSigning", signing, pmu, values("mouSignedOn", today().toString(),
        "mouVenue", "BOTH", "mouSignatories", "Liu Wei\nAhmed Raza", "mouWitnesses", "Secretary BOI")));
    String consultation = submit(portal, textilesJv("AIIC", 5));
    driver.toConsultations(consultation);
    fixtures.add(fixture("ConsultMinistry", consultation, jwg, values("ministryOpinion", "SUPPORT",
        "ministryComments", "No objection from the ministry's side")));
    String review = submit(portal, textilesJv("AIIC", 5));
    driver.toJwgSession(review);
    String revision = submit(portal, textilesJv("AIIC", 5));
    driver.toRevision(revision);
    fixtures.add(fixture("ReviseProposal", revision, pmu, values("revisionNotes",
        "Power demand revised with the sponsor")));
    String decision = submit(portal, textilesJv("AIIC", 5));
    driver.toJcc(decision);
    String letter = submit(portal, textilesJv("AIIC", 5));
    driver.toAllotmentLetter(letter);
    fixtures.add(fixture("IssueAllotmentLetter", letter, authority, values("allotmentLetterNo", "SEZA/ALT/2026/0042",
        "allotmentLetterDate", today().toString())));
    // The committees decide in sessions: a frozen session of each, its agenda holding one proposal,
    // waits at that proposal's "Record decision" (sessions of the other drivers are closed by now).
    SessionDriver committees = new SessionDriver(engine);
    String jwgSession = committees.instanceOf(committees.frozenWith(Committee.JWG, review));
    sessionInstances.add(jwgSession);
    fixtures.add(fixture("RecordDecision", review, jwgSession, jwg, values("jwgItemDecision", "ENDORSE",
        "minutesRef", "Minutes of the JWG on Industrial Cooperation, item 3")));
    String jccSession = committees.instanceOf(committees.frozenWith(Committee.JCC, decision));
    sessionInstances.add(jccSession);
    fixtures.add(fixture("RecordDecision", decision, jccSession, jcc, values("jccItemDecision", "APPROVE",
        "minutesRef", "Minutes of the JCC session, item 7")));

    List<Case> cases = new ArrayList<>();
    for (Fixture fixture : fixtures) {
      cases.addAll(formCases(fixture));
      cases.addAll(domainCases(fixture));
    }
    List<DynamicTest> tests = new ArrayList<>();
    StateSnapshot before = StateSnapshot.take(engine, jdbc, api, portal, references);
    String sessionsBefore = sessionRecords();
    for (Case c : cases) {
      for (Door door : Door.values()) {
        tests.add(DynamicTest.dynamicTest(c.fixture().label() + ": " + c.name() + " via " + door,
            () -> refused(c, door)));
      }
    }
    System.out.println("TaskCorpusTest: " + cases.size() + " violations x " + Door.values().length + " doors = "
        + tests.size() + " refusals over " + fixtures.size() + " tasks");
    assertThat(cases).hasSizeGreaterThan(100);
    tests.add(DynamicTest.dynamicTest("after all " + tests.size() + " refusals nothing has changed",
        () -> {
          assertThat(StateSnapshot.take(engine, jdbc, api, portal, references).differencesFrom(before)).isEmpty();
          assertThat(sessionRecords()).as("the sessions and their agendas").isEqualTo(sessionsBefore);
        }));
    for (Fixture fixture : fixtures) {
      tests.add(DynamicTest.dynamicTest(fixture.label() + " completes with the values the cases broke",
          () -> completes(fixture)));
    }
    return tests.stream();
  }

  // --- the doors -------------------------------------------------------------------------------

  private void refused(Case c, Door door) {
    String taskId = taskId(c.fixture());
    String body = body(c.variables());
    int status;
    String answer;
    switch (door) {
      case COMPLETE, SUBMIT_FORM -> {
        ApiClient.Response response = api.send(ApiClient.post("/engine-rest/task/" + taskId
            + (door == Door.COMPLETE ? "/complete" : "/submit-form")).as(c.fixture().official())
            .body(body, "application/json"));
        status = response.status();
        answer = response.body();
      }
      default -> {
        HttpResponse<String> response = tasklist(c.fixture().official())
            .postJson("/camunda/api/engine/engine/default/task/" + taskId + "/submit-form", body);
        status = response.statusCode();
        answer = response.body();
      }
    }
    String described = c.name() + " via " + door + " -> " + status + " " + answer;
    assertThat(status).as(described).isEqualTo(400);
    JsonNode json = read(answer);
    List<String> fields = new ArrayList<>();
    json.path("errors").forEach(error -> fields.add(error.path("field").asText()));
    assertThat(fields).as(described).contains(c.field());
    assertThat(answer).as(described).doesNotContainIgnoringCase("insert into").doesNotContainIgnoringCase("select ");
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).as("task still open: " + described)
        .isEqualTo(1);
  }

  private void completes(Fixture fixture) {
    String taskId = taskId(fixture);
    ApiClient.Response response = api.send(ApiClient.post("/engine-rest/task/" + taskId + "/complete")
        .as(fixture.official()).body(body(fixture.valid()), "application/json"));
    assertThat(response.status()).as(response.describe()).isEqualTo(204);
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isZero();
    if (fixture.taskKey().equals("RecordDecision")) {
      // The session's only item decided: it closed and delivered the decision to the proposal.
      assertThat(engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceId(fixture.processInstanceId()).count()).as("session closed").isZero();
      if (fixture.valid().containsKey("jwgItemDecision")) {
        assertThat(driver.waitsAt(fixture.reference(), "JwgSessionDecided")).isFalse();
        assertThat(driver.waitsAt(fixture.reference(), "JccSessionDecided")).as("endorsed").isTrue();
      } else {
        assertThat(driver.waitsAt(fixture.reference(), "JccSessionDecided")).isFalse();
        driver.single(fixture.reference(), "IssueAllotmentLetter");
      }
    }
  }

  private WebappSession tasklist(TestUsers.Credentials official) {
    return sessions.computeIfAbsent(official.userId(), id -> {
      WebappSession session = WebappSession.logIn(port, official, "tasklist");
      assertThat(session.loggedIn()).as("%s logs into Tasklist", id).isTrue();
      return session;
    });
  }

  private String taskId(Fixture fixture) {
    List<Task> open = engine.getTaskService().createTaskQuery().processInstanceId(fixture.processInstanceId())
        .taskDefinitionKey(fixture.taskKey()).list();
    assertThat(open).as("open %s of %s", fixture.taskKey(), fixture.reference()).isNotEmpty();
    return open.get(0).getId();
  }

  // --- the cases -------------------------------------------------------------------------------

  private List<Case> formCases(Fixture fixture) {
    List<Case> cases = new ArrayList<>();
    for (Field field : fixture.form().editable()) {
      String k = field.key();
      if (field.required()) {
        cases.add(breaking(fixture, "missing " + k, k, v -> v.remove(k)));
        cases.add(breaking(fixture, "empty " + k, k, v -> v.put(k, typed("", "String"))));
      }
      switch (field.type()) {
        case "textfield", "textarea" -> {
          if (field.required()) {
            cases.add(breaking(fixture, "blank " + k, k, v -> v.put(k, typed("    ", "String"))));
          }
          if (field.minLength() != null && field.minLength() > 1) {
            cases.add(breaking(fixture, k + " one character short", k,
                v -> v.put(k, typed("x".repeat(field.minLength() - 1), "String"))));
          }
          if (field.maxLength() != null) {
            cases.add(breaking(fixture, k + " one character too long", k,
                v -> v.put(k, typed("x".repeat(field.maxLength() + 1), "String"))));
          }
          cases.add(breaking(fixture, k + " as a number", k, v -> v.put(k, typed(42, "Integer"))));
          cases.add(breaking(fixture, k + " with a control character", k,
              v -> v.put(k, typed("Valid words and a bell \u0007 in them", "String"))));
          cases.add(breaking(fixture, k + " with a lone surrogate", k,
              v -> v.put(k, typed("Valid words and " + LONE_SURROGATE + " in them", "String"))));
          if (field.type().equals("textfield")) {
            cases
                .add(breaking(fixture, k + " over two lines", k, v -> v.put(k, typed("line one\nline two", "String"))));
          }
        }
        case "number" -> {
          cases.add(breaking(fixture, k + " as text", k, v -> v.put(k, typed("12", "String"))));
          if (field.min() != null) {
            cases.add(breaking(fixture, k + " below its minimum", k,
                v -> v.put(k, NODES.objectNode().put("value", field.min().subtract(BigDecimal.ONE)))));
          }
          if (field.max() != null) {
            cases.add(breaking(fixture, k + " above its maximum", k,
                v -> v.put(k, NODES.objectNode().put("value", field.max().add(BigDecimal.ONE)))));
          }
          if (field.decimalDigits() != null) {
            BigDecimal tooPrecise = BigDecimal.ONE.add(BigDecimal.ONE.movePointLeft(field.decimalDigits() + 1));
            cases.add(breaking(fixture, k + " with " + (field.decimalDigits() + 1) + " decimals", k,
                v -> v.put(k, NODES.objectNode().put("value", tooPrecise))));
          }
        }
        case "radio", "select" -> {
          cases.add(breaking(fixture, k + " as a number", k, v -> v.put(k, typed(1, "Integer"))));
          cases.add(breaking(fixture, k + " not offered", k, v -> v.put(k, typed("NOT_OFFERED", "String"))));
          cases.add(breaking(fixture, k + " in lower case", k,
              v -> v.put(k, typed(field.options().get(0).toLowerCase() + "_", "String"))));
        }
        case "datetime" -> {
          cases.add(breaking(fixture, k + " written day first", k, v -> v.put(k, typed("31/12/2026", "String"))));
          cases.add(breaking(fixture, k + " on the 30th of February", k, v -> v.put(k, typed("2027-02-30", "String"))));
          cases.add(breaking(fixture, k + " as a number", k, v -> v.put(k, typed(20270105, "Integer"))));
          cases.add(breaking(fixture, k + " as a Date value", k,
              v -> v.put(k, typed(today() + "T00:00:00.000+0000", "Date"))));
          if (field.disallowPassedDates()) {
            cases.add(breaking(fixture, k + " yesterday", k,
                v -> v.put(k, typed(today().minusDays(1).toString(), "String"))));
          }
          if (field.notAfterToday()) {
            cases.add(breaking(fixture, k + " tomorrow (the form's notAfter: today)", k,
                v -> v.put(k, typed(today().plusDays(1).toString(), "String"))));
          }
        }
        default -> throw new IllegalStateException("No violations for field type " + field.type());
      }
    }
    cases.add(
        breaking(fixture, "a field the form does not have", "colour", v -> v.put("colour", typed("red", "String"))));
    if (!fixture.form().readOnly().isEmpty()) {
      String shownOnly = fixture.form().readOnly().get(0);
      cases.add(
          breaking(fixture, "read-only " + shownOnly, shownOnly, v -> v.put(shownOnly, typed("changed", "String"))));
    }
    String first = fixture.form().editable().get(0).key();
    cases.add(breaking(fixture, first + " as a serialized Java object", first, v -> v.put(first, javaObject())));
    return cases;
  }

  private List<Case> domainCases(Fixture fixture) {
    List<Case> cases = new ArrayList<>();
    switch (fixture.taskKey()) {
      case "RecordMouSigning" -> {
        cases.add(breaking(fixture, "MoU signed tomorrow", "mouSignedOn",
            v -> v.put("mouSignedOn", typed(today().plusDays(1).toString(), "String"))));
        cases.add(breaking(fixture, "MoU signed before the proposal was submitted", "mouSignedOn",
            v -> v.put("mouSignedOn", typed(today().minusYears(3).toString(), "String"))));
      }
      case "RecordDecision" -> {
        // The form hides the other committee's decision; the session's rules refuse it all the same.
        boolean jwg = fixture.valid().containsKey("jwgItemDecision");
        String other = jwg ? "jccItemDecision" : "jwgItemDecision";
        cases.add(breaking(fixture, "the other committee's decision as well", other,
            v -> v.put(other, typed(jwg ? "APPROVE" : "ENDORSE", "String"))));
        cases.add(breaking(fixture, "the other committee's decision instead", other, v -> {
          v.remove(jwg ? "jwgItemDecision" : "jccItemDecision");
          v.put(other, typed(jwg ? "APPROVE" : "ENDORSE", "String"));
        }));
        cases.add(breaking(fixture, "minutes of 5000 characters", "minutesRef",
            v -> v.put("minutesRef", typed("m".repeat(5000), "String"))));
      }
      case "ChooseZoneOrArea" -> cases.add(breaking(fixture, "more acres than the zone's leasable area",
          "acresRequested", v -> v.put("acresRequested", NODES.objectNode().put("value", 200))));
      case "IssueAllotmentLetter" -> cases.add(breaking(fixture, "letter dated 31 days ahead", "allotmentLetterDate",
          v -> v.put("allotmentLetterDate", typed(today().plusDays(31).toString(), "String"))));
      default -> {}
    }
    return cases;
  }

  private static Case breaking(Fixture fixture, String name, String field, Consumer<Map<String, JsonNode>> change) {
    Map<String, JsonNode> variables = new LinkedHashMap<>(fixture.valid());
    change.accept(variables);
    return new Case(fixture, name, field, variables);
  }

  // --- fixtures --------------------------------------------------------------------------------

  /** A task of the proposal's own process. */
  private Fixture fixture(String taskKey, String reference, TestUsers.Credentials official,
      Map<String, JsonNode> valid) throws IOException {
    String instance = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ProcessVariables.PROCESS_KEY).processInstanceBusinessKey(reference).singleResult()
        .getId();
    return fixture(taskKey, reference, instance, official, valid);
  }

  /**
   * A task of this process instance about the proposal; a field the form hides for the task (the
   * other committee's decision) is not one the official can fill in, so no case breaks it.
   */
  private Fixture fixture(String taskKey, String reference, String processInstanceId,
      TestUsers.Credentials official, Map<String, JsonNode> valid) throws IOException {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(taskKey).initializeFormKeys().list().get(0);
    Form form = form(task.getCamundaFormRef().getKey());
    Map<String, Object> variables = new HashMap<>(engine.getTaskService().getVariables(task.getId()));
    valid.forEach((key, value) -> variables.put(key, value.asText()));
    List<Field> shown = form.editable().stream().filter(f -> !hidden(f, variables)).toList();
    return new Fixture(taskKey, reference, processInstanceId, official, new Form(form.id(), shown, form.readOnly()),
        valid);
  }

  /**
   * Whether the field's hide condition holds with the task's variables and the valid values; only
   * the conditions the forms use are read: {@code a != "x"}, and {@code not(a = "x" or b = "y")}.
   */
  private static boolean hidden(Field field, Map<String, Object> variables) {
    if (field.hideWhen() == null) {
      return false;
    }
    Matcher noneOf = Pattern.compile("=?not\\((.+)\\)").matcher(field.hideWhen());
    if (noneOf.matches()) {
      for (String equality : noneOf.group(1).split(" or ")) {
        Matcher equal = Pattern.compile("(\\w+) = \"([^\"]*)\"").matcher(equality.strip());
        if (!equal.matches()) {
          throw new IllegalStateException("The corpus cannot read the condition of " + field.key() + ": "
              + field.hideWhen());
        }
        if (equal.group(2).equals(String.valueOf(variables.get(equal.group(1))))) {
          return false;
        }
      }
      return true;
    }
    Matcher notEqual = Pattern.compile("=?(\\w+) != \"([^\"]*)\"").matcher(field.hideWhen());
    if (!notEqual.matches()) {
      throw new IllegalStateException("The corpus cannot read the condition of " + field.key() + ": "
          + field.hideWhen());
    }
    return !notEqual.group(2).equals(String.valueOf(variables.get(notEqual.group(1))));
  }

  /** The committee sessions' records and agenda items, which the refusals must leave as they are. */
  private String sessionRecords() {
    return jdbc.sql("SELECT * FROM sez_committee_session ORDER BY id").query().listOfRows().toString()
        + jdbc.sql("SELECT * FROM sez_agenda_item ORDER BY id").query().listOfRows().toString();
  }

  private String submit(TestUsers.Credentials portal, ObjectNode proposal) {
    ApiClient.Response response = api.send(ApiClient.post("/api/v1/proposals").as(portal).json(proposal));
    assertThat(response.status()).as(response.describe()).isEqualTo(201);
    String reference = response.text("reference");
    references.add(reference);
    return reference;
  }

  /** A proposal at "Choose another zone or area": it asks for more land than the small zone has free. */
  private String proposalShortOfLand(TestUsers.Credentials portal) {
    BigDecimal leasable = zoneLand(portal, "leasableAcres");
    if (zoneLand(portal, "freeAcres").compareTo(leasable) == 0) {
      String first = submit(portal, textilesJv(SMALL_ZONE, 1));
      driver.screen(first, "ACCEPT");
    }
    int acres = zoneLand(portal, "freeAcres").intValue() + 1;
    String shortOfLand = submit(portal, textilesJv(SMALL_ZONE, acres));
    driver.screen(shortOfLand, "ACCEPT");
    driver.single(shortOfLand, "ChooseZoneOrArea");
    return shortOfLand;
  }

  private BigDecimal zoneLand(TestUsers.Credentials reader, String account) {
    return api.send(ApiClient.get("/api/v1/zones/" + SMALL_ZONE).as(reader)).json().path("land").path(account)
        .decimalValue();
  }

  /** The form as form-js reads it: its fields with keys, editable or shown read-only. */
  static Form form(String id) throws IOException {
    JsonNode form = JSON.readTree(Files.readString(Path.of("forms", id + ".form")));
    List<Field> editable = new ArrayList<>();
    List<String> readOnly = new ArrayList<>();
    for (JsonNode component : form.path("components")) {
      if (!component.hasNonNull("key")) {
        continue;
      }
      if (component.path("disabled").asBoolean(false) || component.path("readonly").asBoolean(false)) {
        readOnly.add(component.get("key").asText());
        continue;
      }
      JsonNode validate = component.path("validate");
      List<String> options = new ArrayList<>();
      component.path("values").forEach(value -> options.add(value.path("value").asText()));
      editable.add(new Field(component.get("key").asText(), component.path("type").asText(),
          validate.path("required").asBoolean(false),
          validate.hasNonNull("minLength") ? validate.get("minLength").asInt() : null,
          validate.hasNonNull("maxLength") ? validate.get("maxLength").asInt() : null,
          validate.hasNonNull("min") ? validate.get("min").decimalValue() : null,
          validate.hasNonNull("max") ? validate.get("max").decimalValue() : null,
          component.hasNonNull("decimalDigits") ? component.get("decimalDigits").asInt() : null,
          options, component.path("disallowPassedDates").asBoolean(false),
          component.path("conditional").path("hide").asText(null),
          "today".equals(component.path("properties").path("notAfter").asText(null))));
    }
    return new Form(id, editable, readOnly);
  }

  // --- JSON ------------------------------------------------------------------------------------

  private static Map<String, JsonNode> values(Object... keysAndValues) {
    Map<String, JsonNode> values = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      Object value = keysAndValues[i + 1];
      values.put((String) keysAndValues[i], value instanceof Integer number ? NODES.objectNode().put("value", number)
          : typed(value, "String"));
    }
    return values;
  }

  private static ObjectNode typed(Object value, String type) {
    ObjectNode typed = NODES.objectNode();
    typed.set("value", JSON.valueToTree(value));
    typed.put("type", type);
    return typed;
  }

  /** A Java-serialized String, as a client would send an object variable. */
  private static ObjectNode javaObject() {
    ObjectNode object = typed("rO0ABXQAA2FiYw==", "Object");
    object.putObject("valueInfo").put("objectTypeName", "java.lang.String")
        .put("serializationDataFormat", "application/x-java-serialized-object");
    return object;
  }

  private static String body(Map<String, JsonNode> variables) {
    ObjectNode body = NODES.objectNode();
    ObjectNode vars = body.putObject("variables");
    variables.forEach(vars::set);
    try {
      return JSON.writeValueAsString(body).replace(LONE_SURROGATE, "\\ud800");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode read(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException notJson) {
      return NODES.missingNode();
    }
  }
}
