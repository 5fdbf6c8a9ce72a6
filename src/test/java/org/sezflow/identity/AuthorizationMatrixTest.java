package org.sezflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.VariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.util.ResourceTypeUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.sezflow.TestUsers;
import org.sezflow.committee.Committee;
import org.sezflow.committee.SessionFixtures;
import org.sezflow.variables.ProcessVariables;
import org.sezflow.variables.SessionVariables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Who may do what, group by group and action by action, through the real interfaces (Camunda's
 * REST API, the web apps' login, the application's API, Actuator). Each cell of the table is one
 * test; "refused" means the request is answered 401/403/404 or returns nothing.
 */
// Metrics export is on for tests (spring.test.observability.auto-configure in the tests' configuration).
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuthorizationMatrixTest {

  enum Action {
    SEE_PMU_TASK, COMPLETE_PMU_TASK, START_PROCESS, READ_HISTORY, OPEN_TASKLIST, OPEN_COCKPIT, OPEN_ADMIN,
    CALL_ENGINE_REST, CALL_API, READ_METRICS, MANAGE_USERS, READ_DECISIONS, EVALUATE_DECISION,
    // The committees' sessions: each secretariat schedules and works on its own committee's only.
    START_JWG_SESSION, START_JCC_SESSION, SEE_JCC_SESSION_TASK, WORK_ON_JCC_SESSION
  }

  /** The specification: for each group, the actions it may do; every other action is refused. */
  static final Map<String, List<Action>> ALLOWED = new LinkedHashMap<>();

  static {
    // Officials work on their tasks in Tasklist; they read what their task's form shows, not history.
    ALLOWED.put(Groups.BOI_PMU, List.of(Action.SEE_PMU_TASK, Action.COMPLETE_PMU_TASK, Action.START_PROCESS,
        Action.OPEN_TASKLIST, Action.CALL_ENGINE_REST, Action.CALL_API));
    ALLOWED.put(Groups.JWG_SECRETARIAT, List.of(Action.OPEN_TASKLIST, Action.CALL_ENGINE_REST, Action.CALL_API,
        Action.START_JWG_SESSION));
    ALLOWED.put(Groups.JCC_SECRETARIAT, List.of(Action.OPEN_TASKLIST, Action.CALL_ENGINE_REST, Action.CALL_API,
        Action.START_JCC_SESSION, Action.SEE_JCC_SESSION_TASK, Action.WORK_ON_JCC_SESSION));
    ALLOWED.put(Groups.SEZ_AUTHORITY, List.of(Action.OPEN_TASKLIST, Action.CALL_ENGINE_REST, Action.CALL_API));
    // Managers see the decision tables in Cockpit; the engine evaluates them in the model's business
    // rule tasks, so starting a proposal (START_PROCESS) needs no right on them.
    ALLOWED.put(Groups.SEZ_MANAGERS, List.of(Action.SEE_PMU_TASK, Action.READ_HISTORY, Action.OPEN_COCKPIT,
        Action.CALL_ENGINE_REST, Action.CALL_API, Action.READ_METRICS, Action.READ_DECISIONS,
        Action.SEE_JCC_SESSION_TASK));
    // External systems act through /api/v1 only; the engine grants them nothing.
    ALLOWED.put(Groups.EXTERNAL_SYSTEMS, List.of(Action.CALL_API));
    ALLOWED.put(Groups.CAMUNDA_ADMIN, List.of(Action.values()));
    ALLOWED.put("no-group", List.of());
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identityService;

  @Autowired
  RuntimeService runtime;

  @Autowired
  TaskService tasks;

  @Autowired
  AuthorizationService authorizations;

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcClient jdbc;

  /**
   * An official's task queries check each task's authorizations through the authorization table's
   * indexes ({@link org.sezflow.engine.TaskQueryAuthorizationManager}) and still find their group's
   * tasks only: the list, its count and the variables Tasklist shows on the cards.
   */
  @Test
  void anOfficialsTaskQueriesFindTheirGroupsTasksOnlyThroughTheIndexedCheck() {
    List<String> created = new ArrayList<>();
    try {
      String pmuTask = queryCheckTask(created, "Query check: PMU", Groups.BOI_PMU);
      String jwgTask = queryCheckTask(created, "Query check: JWG", Groups.JWG_SECRETARIAT);
      TestUsers.Credentials official = TestUsers.ensure(identityService, "query-check-pmu", Groups.BOI_PMU);

      identityService.setAuthentication(official.userId(), List.of(Groups.BOI_PMU));
      TaskQueryImpl query = (TaskQueryImpl) tasks.createTaskQuery().taskNameLike("Query check:%");
      List<String> seen = query.list().stream().map(Task::getId).toList();
      assertThat(query.getAuthCheck().isRevokeAuthorizationCheckEnabled()).isTrue();
      assertThat(seen).containsExactly(pmuTask);
      assertThat(tasks.createTaskQuery().taskNameLike("Query check:%").count()).isEqualTo(1);

      VariableInstanceQueryImpl variables =
          (VariableInstanceQueryImpl) runtime.createVariableInstanceQuery().variableName("queryCheck");
      List<Object> values = variables.list().stream().map(VariableInstance::getValue).toList();
      assertThat(variables.getAuthCheck().isRevokeAuthorizationCheckEnabled()).isTrue();
      assertThat(values).containsExactly("Query check: PMU");
      assertThat(seen).doesNotContain(jwgTask);
    } finally {
      identityService.clearAuthentication();
      created.forEach(id -> tasks.deleteTask(id, true));
    }
  }

  private String queryCheckTask(List<String> created, String name, String group) {
    Task task = tasks.newTask();
    task.setName(name);
    tasks.saveTask(task);
    created.add(task.getId());
    tasks.addCandidateGroup(task.getId(), group);
    tasks.setVariableLocal(task.getId(), "queryCheck", name);
    return task.getId();
  }

  @TestFactory
  Stream<DynamicTest> everyGroupMayDoExactlyWhatItIsAllowed() {
    List<DynamicTest> cells = new ArrayList<>();
    ALLOWED.forEach((group, allowed) -> {
      String userId = "matrix-" + group;
      TestUsers.Credentials user = group.equals("no-group") ? TestUsers.ensure(identityService, userId)
          : TestUsers.ensure(identityService, userId, group);
      for (Action action : Action.values()) {
        boolean expected = allowed.contains(action);
        cells.add(DynamicTest.dynamicTest(group + " " + (expected ? "may " : "may not ") + action,
            () -> assertThat(attempt(action, user)).as("%s %s", group, action).isEqualTo(expected)));
      }
    });
    return cells.stream();
  }

  private boolean attempt(Action action, TestUsers.Credentials user) throws Exception {
    return switch (action) {
      case SEE_PMU_TASK -> {
        ProcessInstance pi = newProposal();
        JsonNode found = json(get(user, "/engine-rest/task?processInstanceId=" + pi.getId()));
        withdraw(pi);
        yield found.isArray() && found.size() == 1;
      }
      case COMPLETE_PMU_TASK -> {
        ProcessInstance pi = newProposal();
        String taskId = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
        HttpResponse<String> response = post(user, "/engine-rest/task/" + taskId + "/complete", """
            {"variables": {"screeningDecision": {"value": "REJECT"},
                           "screeningReason": {"value": "Out of scope for the matrix test"}}}""");
        boolean completed = response.statusCode() == 204;
        if (!completed) {
          withdraw(pi);
        }
        yield completed;
      }
      case START_PROCESS -> {
        HttpResponse<String> response = post(user, "/engine-rest/process-definition/key/jv-proposal/start",
            JSON.writeValueAsString(
                Map.of("variables", typed(org.sezflow.workflow.ProposalFixturesAccess.textilesJv()))));
        if (response.statusCode() == 200) {
          withdraw(json(response).get("businessKey").asText());
          yield true;
        }
        yield false;
      }
      case READ_HISTORY -> {
        newProposalAndWithdraw();
        JsonNode history =
            json(get(user, "/engine-rest/history/process-instance?processDefinitionKey=jv-proposal&maxResults=5"));
        yield history.isArray() && history.size() > 0;
      }
      case OPEN_TASKLIST -> webappLogin(user, "tasklist");
      case OPEN_COCKPIT -> webappLogin(user, "cockpit");
      case OPEN_ADMIN -> webappLogin(user, "admin");
      case CALL_ENGINE_REST -> {
        JsonNode definitions = json(get(user, "/engine-rest/process-definition?key=jv-proposal"));
        yield definitions.isArray() && definitions.size() > 0;
      }
      case CALL_API -> get(user, "/api/v1/zones").statusCode() == 200;
      case READ_METRICS -> get(user, "/actuator/prometheus").statusCode() == 200;
      case READ_DECISIONS -> {
        JsonNode decisions = json(get(user, "/engine-rest/decision-definition?key=jv-eligibility"));
        yield decisions.isArray() && decisions.size() > 0;
      }
      case EVALUATE_DECISION -> post(user, "/engine-rest/decision-definition/key/jv-eligibility/evaluate",
          JSON.writeValueAsString(Map.of("variables", typed(ELIGIBILITY_INPUTS)))).statusCode() == 200;
      case START_JWG_SESSION, START_JCC_SESSION -> {
        Committee committee = action == Action.START_JWG_SESSION ? Committee.JWG : Committee.JCC;
        HttpResponse<String> response = post(user, "/engine-rest/process-definition/key/committee-session/start",
            JSON.writeValueAsString(Map.of("variables", typed(sessionStart(committee)))));
        if (response.statusCode() == 200) {
          endSession(json(response).get("id").asText());
          yield true;
        }
        yield false;
      }
      case SEE_JCC_SESSION_TASK -> {
        ProcessInstance session = newJccSession();
        JsonNode found = json(get(user, "/engine-rest/task?processInstanceId=" + session.getId()));
        endSession(session.getId());
        yield found.isArray() && found.size() == 1;
      }
      case WORK_ON_JCC_SESSION -> {
        ProcessInstance session = newJccSession();
        String taskId = tasks.createTaskQuery().processInstanceId(session.getId()).singleResult().getId();
        HttpResponse<String> response = post(user, "/engine-rest/task/" + taskId + "/complete",
            "{\"variables\": {\"freezeAgenda\": {\"value\": false}}}");
        endSession(session.getId());
        yield response.statusCode() == 204;
      }
      case MANAGE_USERS -> {
        String newUser = "created-by-" + user.userId().replace("matrix-", "");
        HttpResponse<String> response = post(user, "/engine-rest/user/create", """
            {"profile": {"id": "%s", "firstName": "New", "lastName": "User", "email": "new@sezflow.example"},
             "credentials": {"password": "s3cret-Passw0rd"}}""".formatted(newUser));
        boolean created = response.statusCode() == 204;
        if (created) {
          identityService.deleteUser(newUser);
        }
        yield created;
      }
    };
  }

  /**
   * Officials and external systems hold no permission at all on the decision tables: neither a
   * grant of their group nor any permission the engine would honour, on either table or on any.
   */
  @Test
  void officialsAndExternalSystemsHoldNoPermissionOnAnyDecision() {
    List<Resource> decisionResources =
        List.of(Resources.DECISION_DEFINITION, Resources.DECISION_REQUIREMENTS_DEFINITION);
    for (String group : List.of(Groups.BOI_PMU, Groups.JWG_SECRETARIAT, Groups.JCC_SECRETARIAT, Groups.SEZ_AUTHORITY,
        Groups.EXTERNAL_SYSTEMS)) {
      String userId = TestUsers.ensure(identityService, "matrix-" + group, group).userId();
      for (Resource resource : decisionResources) {
        assertThat(authorizations.createAuthorizationQuery().resourceType(resource).groupIdIn(group).count())
            .as("%s's grants on %s", group, resource.resourceName()).isZero();
        for (Permission permission : ResourceTypeUtil.getPermissionsByResourceType(resource.resourceType())) {
          if (permission.getValue() == 0 || Arrays.stream(permission.getTypes())
              .noneMatch(type -> type.resourceType() == resource.resourceType())) {
            continue; // NONE, or a permission of other resources
          }
          for (String id : List.of("jv-eligibility", "jv-incentives", "jv-eligibility-definitions",
              Authorization.ANY)) {
            assertThat(authorizations.isUserAuthorized(userId, List.of(group), permission, resource, id))
                .as("%s %s on %s %s", group, permission.getName(), resource.resourceName(), id).isFalse();
          }
        }
      }
    }
  }

  // --- the world the actions act on ----------------------------------------------------------

  /** What the eligibility table reads, as "Register proposal" prepares it for a textiles JV in AIIC. */
  static final Map<String, Object> ELIGIBILITY_INPUTS = Map.of("sector", "textiles", "smartSezRequested", false,
      "investmentUsd", 45_000_000L, "zoneSectors", "textiles; pharma", "zoneIsSmartSez", true,
      "pakistaniEquityPct", 51.0, "chineseEquityPct", 49.0);

  private ProcessInstance newProposal() {
    return runtime.startProcessInstanceByKey(ProcessVariables.PROCESS_KEY,
        org.sezflow.workflow.ProposalFixturesAccess.textilesJv());
  }

  private void newProposalAndWithdraw() {
    withdraw(newProposal());
  }

  private void withdraw(ProcessInstance pi) {
    withdraw(pi.getBusinessKey());
  }

  private void withdraw(String reference) {
    runtime.createMessageCorrelation(ProcessVariables.MESSAGE_PROPOSAL_WITHDRAWN).processInstanceBusinessKey(reference)
        .correlate();
  }

  /** A session's start, as Tasklist's start form submits it, without the empty number. */
  private static Map<String, Object> sessionStart(Committee committee) {
    Map<String, Object> variables = SessionFixtures.start(committee, 60);
    variables.remove(SessionVariables.SESSION_NUMBER);
    return variables;
  }

  /** A JCC session started by the application, waiting at "Prepare agenda". */
  private ProcessInstance newJccSession() {
    return runtime.startProcessInstanceByKey(SessionVariables.PROCESS_KEY, sessionStart(Committee.JCC));
  }

  private void endSession(String processInstanceId) {
    SessionFixtures.end(engine, jdbc, List.of(SessionFixtures.sessionOf(engine, processInstanceId)));
  }

  private static Map<String, Object> typed(Map<String, Object> variables) {
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((name, value) -> typed.put(name, Map.of("value", value)));
    return typed;
  }

  // --- HTTP ------------------------------------------------------------------------------------

  private HttpResponse<String> get(TestUsers.Credentials user, String path) throws Exception {
    return HttpClient.newHttpClient().send(request(user, path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(TestUsers.Credentials user, String path, String body) throws Exception {
    return HttpClient.newHttpClient().send(request(user, path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(TestUsers.Credentials user, String path) {
    String basic =
        Base64.getEncoder().encodeToString((user.userId() + ":" + user.password()).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization",
        "Basic " + basic);
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    return response.statusCode() / 100 == 2 ? JSON.readTree(response.body()) : JSON.missingNode();
  }

  /** Logs into a Camunda web app the way its login page does: XSRF cookie first, then the form. */
  private boolean webappLogin(TestUsers.Credentials user, String app) throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    URI base = URI.create("http://localhost:" + port);
    browser.send(HttpRequest.newBuilder(base.resolve("/camunda/app/" + app + "/default/")).GET().build(),
        HttpResponse.BodyHandlers.discarding());
    String xsrf = ((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst().orElseThrow().getValue();
    String form = "username=" + URLEncoder.encode(user.userId(), StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(user.password(), StandardCharsets.UTF_8);
    HttpResponse<String> response = browser.send(HttpRequest.newBuilder(
        base.resolve("/camunda/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", xsrf)
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    return response.statusCode() == 200;
  }
}
