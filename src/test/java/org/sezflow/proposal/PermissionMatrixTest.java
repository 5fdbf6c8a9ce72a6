package org.sezflow.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sezflow.proposal.ProposalRequests.*;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sezflow.TestUsers;
import org.sezflow.WebappSession;
import org.sezflow.committee.Committee;
import org.sezflow.committee.SessionFixtures;
import org.sezflow.identity.Groups;
import org.sezflow.system.PakistanTime;
import org.sezflow.variables.ProcessVariables;
import org.sezflow.variables.SessionVariables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every dangerous call, by every account and by a stranger, through the doors an attacker has:
 * Camunda's REST API, the web apps' own APIs and the application's API. Steering a proposal
 * (modification, restart, start at an activity, variables, suspension, jobs, incidents, messages),
 * changing who may do what (users, groups, authorizations, filters, deployments with a script
 * task), batches and history deletion, the task operations beyond completing one's own task, and
 * evaluating the eligibility table outside a proposal (the model's business rule tasks evaluate it,
 * so no role holds a right on it).
 * For each SEZ Flow role the call is refused (401 for a stranger, 403 or 404 for an account) and
 * nothing changes: the proposal, its zone's land and pipeline, its variables and history, the
 * jobs' retries and due dates, instance and job suspension, incidents, comments, users,
 * authorizations, filters, deployments and decision history are as they were. A JCC session is tried
 * the same way by everyone but the JCC secretariat: scheduling one, starting it at its close,
 * working on or claiming its task, through Camunda's REST API and the application's; the sessions,
 * their agendas and the session's task stay as they were. Then an administrator, for whom
 * Camunda's full rights are kept, is shown to get through where it matters.
 */
// The job executor is off in tests (src/test/resources/config/application.yaml): jobs run only when called.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PermissionMatrixTest {

  /** Who tries: a SEZ Flow group (or none, or no credentials at all). */
  record Principal(String name, String group) {}

  /** A call with placeholders ({pi}, {ref}, {task}, ...) and the statuses that count as refused. */
  record Call(String name, String method, String path, String body, String contentType, Set<Integer> refusals) {}

  static final List<Principal> PRINCIPALS = List.of(
      new Principal("stranger", null), new Principal("no-group", ""),
      new Principal("pmu", Groups.BOI_PMU), new Principal("jwg", Groups.JWG_SECRETARIAT),
      new Principal("jcc", Groups.JCC_SECRETARIAT), new Principal("sez-authority", Groups.SEZ_AUTHORITY),
      new Principal("manager", Groups.SEZ_MANAGERS), new Principal("portal", Groups.EXTERNAL_SYSTEMS));

  static final Set<Integer> FORBIDDEN = Set.of(403);
  static final Set<Integer> FORBIDDEN_OR_UNKNOWN = Set.of(403, 404);
  /** Camunda answers 400 "No task found" to a comment on a task the caller cannot see. */
  static final Set<Integer> HIDDEN_TASK_OR_FORBIDDEN = Set.of(400, 403);

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
  final Map<String, String> world = new LinkedHashMap<>();
  Map<String, Object> baseline;

  @AfterEach
  void cleanUp() {
    if (driver != null) {
      driver.withdrawAllRunning(references);
    }
    if (world.containsKey("{session}")) {
      SessionFixtures.end(engine, jdbc, List.of(Long.parseLong(world.get("{session}"))));
    }
  }

  @TestFactory
  Stream<DynamicTest> noRoleButAnAdministratorCanSteerAProposalOrChangeWhoMayDoWhat() {
    api = new ApiClient(port);
    TestUsers.Credentials portal = TestUsers.ensure(identityService, "matrix-world-portal", Groups.EXTERNAL_SYSTEMS);
    TestUsers.Credentials admin = TestUsers.ensure(identityService, "matrix-world-admin", Groups.CAMUNDA_ADMIN);
    driver = new ProcessDriver(engine, TestUsers.ensure(identityService, "matrix-world-pmu", Groups.BOI_PMU).userId());

    // The world the calls act on: a proposal at the MoU (its deadline timer armed, the PMU's
    // task open), an ended proposal, an incident, the SLA sweep's timer.
    String atMou = submit(portal);
    driver.toMou(atMou);
    String ended = submit(portal);
    driver.withdrawIfRunning(ended);
    ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(atMou)
        .singleResult();
    world.put("{pi}", instance.getId());
    world.put("{ref}", atMou);
    String atJcc = submit(portal);
    driver.toJcc(atJcc);
    world.put("{jccRef}", atJcc);
    world.put("{def}", instance.getProcessDefinitionId());
    world.put("{task}", driver.single(atMou, "PrepareMou").getId());
    world.put("{ended}",
        engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(ended)
            .singleResult().getId());
    world.put("{mouJob}", engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .timers().singleResult().getId());
    world.put("{sweepJob}", engine.getManagementService().createJobQuery()
        .processDefinitionKey(ProcessVariables.ESCALATION_PROCESS_KEY).timers().list().get(0).getId());
    world.put("{execution}", driver.single(atMou, "PrepareMou").getExecutionId());
    Incident incident = engine.getRuntimeService().createIncident("matrix", world.get("{execution}"), "matrix-fixture",
        "An incident the calls must not resolve");
    world.put("{incident}", incident.getId());
    world.put("{filter}", engine.getFilterService().createFilterQuery().filterName("My tasks").singleResult().getId());
    // A JCC session at "Prepare agenda": only the JCC secretariat (and administrators) may act on it.
    ProcessInstance session = engine.getRuntimeService().startProcessInstanceByKey(SessionVariables.PROCESS_KEY,
        SessionFixtures.start(Committee.JCC, 70));
    world.put("{sessionPi}", session.getId());
    world.put("{session}", String.valueOf(SessionFixtures.sessionOf(engine, session.getId())));
    world.put("{sessionTask}", engine.getTaskService().createTaskQuery().processInstanceId(session.getId())
        .singleResult().getId());

    List<Call> calls = calls();
    List<DynamicTest> tests = new ArrayList<>();
    for (Principal principal : PRINCIPALS) {
      TestUsers.Credentials user = principal.group() == null ? null
          : principal.group().isEmpty() ? TestUsers.ensure(identityService, "matrix-" + principal.name())
              : TestUsers.ensure(identityService, "matrix-" + principal.name(), principal.group());
      for (Call call : calls) {
        tests.add(DynamicTest.dynamicTest(principal.name() + " may not " + call.name(),
            () -> refusedAndNothingChanged(principal, user, call)));
      }
      if (!Groups.JCC_SECRETARIAT.equals(principal.group())) {
        for (Call call : jccSessionCalls()) {
          tests.add(DynamicTest.dynamicTest(principal.name() + " may not " + call.name(),
              () -> refusedAndNothingChanged(principal, user, call)));
        }
      }
      tests.add(DynamicTest.dynamicTest(
          principal.name() + " may not list jobs, read Cockpit's statistics or list other users",
          () -> webappApisRefused(principal, user)));
    }
    tests.add(DynamicTest.dynamicTest("an administrator steers a proposal where a role may not",
        () -> administratorGetsThrough(admin, portal)));
    System.out.println("PermissionMatrixTest: " + calls.size() + " calls x " + PRINCIPALS.size() + " principals, "
        + jccSessionCalls().size() + " calls on a JCC session x " + (PRINCIPALS.size() - 1) + " principals");
    return tests.stream();
  }

  // --- the calls -------------------------------------------------------------------------------

  static List<Call> calls() {
    List<Call> calls = new ArrayList<>();
    String beforeJcc = "{\"instructions\": [{\"type\": \"cancel\", \"activityId\": \"PrepareMou\"},"
        + " {\"type\": \"startBeforeActivity\", \"activityId\": \"RecordJccDecision\"}]}";
    calls.add(json("modify the proposal's path", "POST", "/engine-rest/process-instance/{pi}/modification", beforeJcc));
    calls.add(json("modify the path asynchronously", "POST", "/engine-rest/process-instance/{pi}/modification-async",
        beforeJcc));
    calls.add(json("restart an ended proposal at the allotment letter", "POST",
        "/engine-rest/process-definition/{def}/restart", "{\"processInstanceIds\": [\"{ended}\"], \"instructions\": "
            + "[{\"type\": \"startBeforeActivity\", \"activityId\": \"IssueAllotmentLetter\"}]}"));
    calls.add(json("start a proposal at the plot allocation", "POST",
        "/engine-rest/process-definition/key/jv-proposal/start", "{\"businessKey\": \"MATRIX-SKIP\", "
            + "\"startInstructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \"AllocatePlot\"}]}"));
    calls.add(json("overwrite the screening decision", "PUT",
        "/engine-rest/process-instance/{pi}/variables/screeningDecision",
        "{\"value\": \"ACCEPT\", \"type\": \"String\"}"));
    calls
        .add(json("delete the zone variable", "DELETE", "/engine-rest/process-instance/{pi}/variables/zoneCode", null));
    calls.add(json("modify variables", "POST", "/engine-rest/process-instance/{pi}/variables",
        "{\"modifications\": {\"zoneCode\": {\"value\": \"RSEZ\", \"type\": \"String\"}}}"));
    calls.add(
        json("write an execution's local variable", "PUT", "/engine-rest/execution/{execution}/localVariables/zoneCode",
            "{\"value\": \"RSEZ\", \"type\": \"String\"}"));
    calls.add(json("write a variable through the PMU's task", "PUT", "/engine-rest/task/{task}/variables/zoneCode",
        "{\"value\": \"RSEZ\", \"type\": \"String\"}"));
    calls.add(json("suspend the proposal", "PUT", "/engine-rest/process-instance/{pi}/suspended",
        "{\"suspended\": true}"));
    calls.add(json("suspend every proposal", "PUT", "/engine-rest/process-instance/suspended",
        "{\"processDefinitionKey\": \"jv-proposal\", \"suspended\": true}"));
    calls.add(json("suspend the process definition", "PUT", "/engine-rest/process-definition/key/jv-proposal/suspended",
        "{\"suspended\": true, \"includeProcessInstances\": true}"));
    calls.add(json("suspend proposals in a batch", "POST", "/engine-rest/process-instance/suspended-async",
        "{\"processInstanceIds\": [\"{pi}\"], \"suspended\": true}"));
    calls.add(json("execute the MoU deadline timer", "POST", "/engine-rest/job/{mouJob}/execute", null));
    calls.add(json("execute the SLA sweep's timer", "POST", "/engine-rest/job/{sweepJob}/execute", null));
    calls.add(json("set the MoU deadline's retries to 0", "PUT", "/engine-rest/job/{mouJob}/retries",
        "{\"retries\": 0}"));
    calls.add(json("move the MoU deadline", "PUT", "/engine-rest/job/{mouJob}/duedate",
        "{\"duedate\": \"2020-01-01T00:00:00.000+0000\"}"));
    calls.add(json("suspend the MoU deadline", "PUT", "/engine-rest/job/{mouJob}/suspended", "{\"suspended\": true}"));
    calls.add(json("set job retries in a batch", "POST", "/engine-rest/job/retries",
        "{\"jobIds\": [\"{mouJob}\", \"{sweepJob}\"], \"retries\": 0}"));
    calls.add(json("suspend the process's job definitions", "PUT", "/engine-rest/job-definition/suspended",
        "{\"processDefinitionKey\": \"jv-proposal\", \"suspended\": true}"));
    calls.add(json("raise an incident", "POST", "/engine-rest/execution/{execution}/create-incident",
        "{\"incidentType\": \"matrix\", \"configuration\": \"x\", \"message\": \"raised by a role\"}"));
    calls.add(json("resolve an incident", "DELETE", "/engine-rest/incident/{incident}", null));
    calls.add(json("withdraw the proposal by a message", "POST", "/engine-rest/message",
        "{\"messageName\": \"ProposalWithdrawn\", \"businessKey\": \"{ref}\"}"));
    calls.add(json("correlate a message to every proposal", "POST", "/engine-rest/message",
        "{\"messageName\": \"ProposalWithdrawn\", \"all\": true}"));
    calls.add(new Call("send a signal", "POST", "/engine-rest/signal", "{\"name\": \"matrix-signal\"}",
        "application/json", Set.of(204, 403)));
    calls.add(new Call("comment on the PMU's task", "POST", "/engine-rest/task/{task}/comment/create",
        "{\"message\": \"A comment from outside the PMU\"}", "application/json", HIDDEN_TASK_OR_FORBIDDEN));
    calls.add(json("claim the PMU's task for someone else", "POST", "/engine-rest/task/{task}/claim",
        "{\"userId\": \"matrix-world-portal\"}"));
    calls.add(json("throw a BPMN error from the PMU's task", "POST", "/engine-rest/task/{task}/bpmnError",
        "{\"errorCode\": \"INSUFFICIENT_LAND\"}"));
    calls.add(json("escalate from the PMU's task", "POST", "/engine-rest/task/{task}/bpmnEscalation",
        "{\"escalationCode\": \"matrix\"}"));
    calls.add(json("resolve the PMU's task with variables", "POST", "/engine-rest/task/{task}/resolve",
        "{\"variables\": {\"zoneCode\": {\"value\": \"RSEZ\"}}}"));
    calls.add(json("assign the PMU's task", "POST", "/engine-rest/task/{task}/assignee",
        "{\"userId\": \"matrix-world-portal\"}"));
    calls.add(json("add a candidate group to the PMU's task", "POST", "/engine-rest/task/{task}/identity-links",
        "{\"groupId\": \"external-systems\", \"type\": \"candidate\"}"));
    calls.add(json("delete the PMU's task", "DELETE", "/engine-rest/task/{task}", null));
    calls.add(new Call("attach a document to the PMU's task", "POST", "/engine-rest/task/{task}/attachment/create",
        multipartAttachment(), "multipart/form-data; boundary=matrixboundary", HIDDEN_TASK_OR_FORBIDDEN));
    calls.add(new Call("deploy a process with a script task", "POST", "/engine-rest/deployment/create",
        multipartDeployment(), "multipart/form-data; boundary=matrixboundary", FORBIDDEN));
    calls.add(json("create a user", "POST", "/engine-rest/user/create", "{\"profile\": {\"id\": \"matrix-intruder\", "
        + "\"firstName\": \"In\", \"lastName\": \"Truder\", \"email\": \"in@truder.example\"}, "
        + "\"credentials\": {\"password\": \"Intruder-Passw0rd\"}}"));
    calls.add(json("join the administrators' group", "PUT", "/engine-rest/group/camunda-admin/members/{self}", null));
    calls.add(json("grant oneself everything", "POST", "/engine-rest/authorization/create", "{\"type\": 1, "
        + "\"permissions\": [\"ALL\"], \"userId\": \"{self}\", \"resourceType\": 0, \"resourceId\": \"*\"}"));
    calls.add(json("create a filter", "POST", "/engine-rest/filter/create",
        "{\"resourceType\": \"Task\", \"name\": \"matrix\", \"query\": {}}"));
    calls.add(json("change the officials' filter", "PUT", "/engine-rest/filter/{filter}",
        "{\"resourceType\": \"Task\", \"name\": \"My tasks\", \"query\": {}}"));
    calls.add(json("unlock a user", "POST", "/engine-rest/user/matrix-world-admin/unlock", null));
    calls.add(json("delete the proposal", "DELETE", "/engine-rest/process-instance/{pi}", null));
    calls.add(json("delete proposals in a batch", "POST", "/engine-rest/process-instance/delete",
        "{\"processInstanceIds\": [\"{pi}\"], \"deleteReason\": \"matrix\"}"));
    calls.add(json("delete an ended proposal's history", "DELETE", "/engine-rest/history/process-instance/{ended}",
        null));
    calls.add(json("delete history in a batch", "POST", "/engine-rest/history/process-instance/delete",
        "{\"historicProcessInstanceIds\": [\"{ended}\"], \"deleteReason\": \"matrix\"}"));
    calls.add(json("set a removal time on history", "POST", "/engine-rest/history/process-instance/set-removal-time",
        "{\"absoluteRemovalTime\": \"2020-01-01T00:00:00.000+0000\", \"historicProcessInstanceIds\": [\"{ended}\"]}"));
    calls.add(json("migrate the proposal", "POST", "/engine-rest/migration/execute", "{\"migrationPlan\": "
        + "{\"sourceProcessDefinitionId\": \"{def}\", \"targetProcessDefinitionId\": \"{def}\", \"instructions\": []}, "
        + "\"processInstanceIds\": [\"{pi}\"]}"));
    calls.add(json("evaluate the eligibility table directly", "POST",
        "/engine-rest/decision-definition/key/jv-eligibility/evaluate", EVALUATE_ELIGIBILITY));
    // The JCC's decision comes from its session's close only: no one delivers one past the session.
    calls.add(json("deliver a JCC approval past the session", "POST", "/engine-rest/message",
        "{\"messageName\": \"JccSessionDecision\", \"businessKey\": \"{jccRef}\", \"processVariables\": {"
            + "\"jccDecision\": {\"value\": \"APPROVE\"}, \"decidingSession\": {\"value\": \"99th JCC\"}, "
            + "\"minutesRef\": {\"value\": \"Minutes of a session that never met\"}}}"));
    return calls;
  }

  /**
   * What only the JCC secretariat (and administrators) may do to a JCC session, tried by everyone
   * else: the JWG secretariat, which may schedule its own sessions, and the officials of other
   * groups, who may schedule none.
   */
  static List<Call> jccSessionCalls() {
    LocalDate date = LocalDate.now(PakistanTime.ZONE).plusDays(80);
    String jccStart = "{\"variables\": {\"committee\": {\"value\": \"JCC\"}, \"sessionDate\": {\"value\": \""
        + date + "\"}, \"venue\": {\"value\": \"Islamabad\"}, "
        + "\"agendaCutOff\": {\"value\": \"" + date.minusDays(1) + "\"}}";
    List<Call> calls = new ArrayList<>();
    calls.add(json("schedule a JCC session", "POST", "/engine-rest/process-definition/key/committee-session/start",
        jccStart + "}"));
    calls.add(json("start a JCC session at its decisions", "POST",
        "/engine-rest/process-definition/key/committee-session/start", jccStart + ", \"startInstructions\": "
            + "[{\"type\": \"startBeforeActivity\", \"activityId\": \"CloseSession\"}]}"));
    calls.add(json("freeze the JCC session's agenda", "POST", "/engine-rest/task/{sessionTask}/complete",
        "{\"variables\": {\"freezeAgenda\": {\"value\": true}}}"));
    calls.add(json("submit the JCC session's agenda form", "POST", "/engine-rest/task/{sessionTask}/submit-form",
        "{\"variables\": {\"removeProposalRefs\": {\"value\": \"JV-2026-000001\"}, "
            + "\"removeReason\": {\"value\": \"Not ready\"}}}"));
    calls.add(json("claim the JCC session's task", "POST", "/engine-rest/task/{sessionTask}/claim",
        "{\"userId\": \"{self}\"}"));
    calls.add(json("schedule a JCC session by API", "POST", "/api/v1/committee-sessions",
        "{\"committee\": \"JCC\", \"date\": \"" + date + "\", "
            + "\"venue\": \"Islamabad\", \"agendaCutOff\": \"" + date.minusDays(1) + "\"}"));
    calls.add(json("freeze the JCC session's agenda by API", "POST", "/api/v1/committee-sessions/{session}/agenda",
        "{\"freeze\": true}"));
    calls.add(json("take an item off the JCC session's agenda by API", "POST",
        "/api/v1/committee-sessions/{session}/agenda",
        "{\"removeProposalRefs\": [\"{jccRef}\"], \"removeReason\": \"Not ready\"}"));
    calls
        .add(json("record the JCC session's decisions by API", "POST", "/api/v1/committee-sessions/{session}/decisions",
            "{\"decisions\": [{\"itemId\": 1, \"decision\": \"APPROVE\", \"minutesRef\": \"Never met\"}]}"));
    return calls;
  }

  /** The eligibility table's inputs for a textiles JV in AIIC, as Camunda's REST API takes them. */
  static final String EVALUATE_ELIGIBILITY = "{\"variables\": {\"sector\": {\"value\": \"textiles\"}, "
      + "\"smartSezRequested\": {\"value\": false}, \"investmentUsd\": {\"value\": 45000000}, "
      + "\"zoneSectors\": {\"value\": \"textiles; pharma\"}, \"zoneIsSmartSez\": {\"value\": true}, "
      + "\"pakistaniEquityPct\": {\"value\": 51.0}, \"chineseEquityPct\": {\"value\": 49.0}}}";

  private static Call json(String name, String method, String path, String body) {
    return new Call(name, method, path, body, body == null ? null : "application/json", FORBIDDEN_OR_UNKNOWN);
  }

  // --- the checks ------------------------------------------------------------------------------

  /**
   * The world as it was before the first call: every refused call must leave it so, so each call's
   * aftermath is compared with it (one snapshot per call instead of two, around some 450 calls).
   */
  private Map<String, Object> baseline() {
    if (baseline == null) {
      baseline = state();
    }
    return baseline;
  }

  private void refusedAndNothingChanged(Principal principal, TestUsers.Credentials user, Call call) {
    Map<String, Object> before = baseline();
    String path = fill(call.path(), user);
    ApiClient.Response response = api.send(ApiClient.call(call.method(), path).as(user)
        .body(call.body() == null ? null : fill(call.body(), user), call.contentType()));
    String described = principal.name() + ": " + response.describe();
    Set<Integer> refused = user == null ? Set.of(401)
        // The application's own API: only external systems send events, and this one the proposal does not wait for.
        : call.path().startsWith("/api/v1/proposals/") && principal.group().equals(Groups.EXTERNAL_SYSTEMS)
            ? Set.of(409)
            : call.refusals();
    assertThat(response.status()).as(described).isIn(refused);
    assertThat(differences(before, state())).as("changed by " + described).isEmpty();
  }

  private void webappApisRefused(Principal principal, TestUsers.Credentials user) {
    if (user != null) {
      // Only managers see a proposal's jobs (its deadlines); nobody else can even list them.
      ApiClient.Response jobs = api.send(ApiClient.get("/engine-rest/job?processInstanceId=" + world.get("{pi}"))
          .as(user));
      assertThat(jobs.status()).isEqualTo(200);
      assertThat(jobs.json().size()).as(principal.name() + " lists jobs: " + jobs.body())
          .isEqualTo(principal.group().equals(Groups.SEZ_MANAGERS) ? 1 : 0);
    }
    if (user == null || principal.group().isEmpty() || principal.group().equals(Groups.EXTERNAL_SYSTEMS)) {
      if (user != null) {
        assertThat(WebappSession.logIn(port, user, "tasklist").loggedIn()).as(principal.name() + " logs in").isFalse();
      }
      return;
    }
    String app = principal.group().equals(Groups.SEZ_MANAGERS) ? "cockpit" : "tasklist";
    WebappSession session = WebappSession.logIn(port, user, app);
    assertThat(session.loggedIn()).isTrue();
    HttpResponse<String> statistics = session.get(
        "/camunda/api/cockpit/plugin/base/default/process-definition/statistics");
    assertThat(statistics.statusCode()).as(principal.name() + " " + statistics.body())
        .isEqualTo(app.equals("cockpit") ? 200 : 403);
    // The web apps' engine API is the same door as /engine-rest, with a session instead of Basic.
    for (Call call : calls()) {
      if (!call.path().startsWith("/engine-rest/") || call.contentType() != null
          && !call.contentType().equals("application/json")) {
        continue;
      }
      Map<String, Object> before = baseline();
      HttpResponse<String> response = session.send(call.method(),
          fill(call.path(), user).replace("/engine-rest/", "/camunda/api/engine/engine/default/"),
          call.body() == null ? null : fill(call.body(), user), call.contentType());
      String described = principal.name() + " in the web app: " + call.name() + " -> " + response.statusCode() + " "
          + response.body();
      assertThat(response.statusCode()).as(described).isIn(call.refusals());
      assertThat(differences(before, state())).as("changed by " + described).isEmpty();
    }
    HttpResponse<String> users = session.get("/camunda/api/engine/engine/default/user");
    assertThat(users.statusCode()).isEqualTo(200);
    assertThat(users.body()).as("users %s sees", principal.name()).contains(user.userId())
        .doesNotContain("matrix-world-admin");
  }

  private void administratorGetsThrough(TestUsers.Credentials admin, TestUsers.Credentials portal) {
    String reference = submit(portal);
    driver.toMou(reference);
    String pi = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference)
        .singleResult().getId();
    Job deadline = engine.getManagementService().createJobQuery().processInstanceId(pi).timers().singleResult();
    assertThat(api.send(ApiClient.call("PUT", "/engine-rest/job/" + deadline.getId() + "/retries").as(admin)
        .json(Map.of("retries", 2))).status()).isEqualTo(204);
    assertThat(api.send(ApiClient.call("PUT", "/engine-rest/process-instance/" + pi + "/suspended").as(admin)
        .json(Map.of("suspended", true))).status()).isEqualTo(204);
    assertThat(api.send(ApiClient.call("PUT", "/engine-rest/process-instance/" + pi + "/suspended").as(admin)
        .json(Map.of("suspended", false))).status()).isEqualTo(204);
    ApiClient.Response modified = api.send(ApiClient.post("/engine-rest/process-instance/" + pi + "/modification")
        .as(admin).body("{\"instructions\": [{\"type\": \"cancel\", \"activityId\": \"PrepareMou\"}, "
            + "{\"type\": \"startBeforeActivity\", \"activityId\": \"PrepareMou\"}]}", "application/json"));
    assertThat(modified.status()).as(modified.describe()).isEqualTo(204);
    // The modification re-entered the MoU stage, with a deadline timer of its own.
    Job newDeadline = engine.getManagementService().createJobQuery().processInstanceId(pi).timers().singleResult();
    ApiClient.Response executed = api.send(ApiClient.post("/engine-rest/job/" + newDeadline.getId() + "/execute")
        .as(admin));
    assertThat(executed.status()).as(executed.describe()).isEqualTo(204);
    assertThat(api.send(ApiClient.get("/api/v1/proposals/" + reference).as(admin)).text("status")).isEqualTo("LAPSED");
    ApiClient.Response evaluated =
        api.send(ApiClient.post("/engine-rest/decision-definition/key/jv-eligibility/evaluate")
            .as(admin).body(EVALUATE_ELIGIBILITY, "application/json"));
    assertThat(evaluated.status()).as(evaluated.describe()).isEqualTo(200);
    assertThat(evaluated.body()).contains("Meets the zone's sector, investment and equity rules");
  }

  // --- the world's state -------------------------------------------------------------------------

  private Map<String, Object> state() {
    Map<String, Object> state = new TreeMap<>();
    // The proposal at the JCC is read only for what a call past its session would change, which keeps
    // the snapshot (taken twice around each of some 450 calls) cheap on a database the run has filled.
    StateSnapshot.values(engine, jdbc, references.stream().filter(r -> !r.equals(world.get("{jccRef}"))).toList())
        .forEach(state::put);
    String jccRef = world.get("{jccRef}");
    state.put("proposal at the JCC",
        jdbc.sql("SELECT stage, updated_at, closed_at FROM sez_proposal WHERE reference = ?")
            .param(jccRef).query().listOfRows().toString());
    state.put("decisions of the proposal at the JCC", jdbc.sql("SELECT COUNT(*) FROM sez_proposal_decision WHERE "
        + "proposal_ref = ?").param(jccRef).query(Long.class).single());
    state.put("the proposal at the JCC waits at", engine.getRuntimeService().createExecutionQuery()
        .processInstanceBusinessKey(jccRef).activityId("JccSessionDecided").count());
    var management = engine.getManagementService();
    for (String job : List.of("{mouJob}", "{sweepJob}")) {
      Job found = management.createJobQuery().jobId(world.get(job)).singleResult();
      state.put(job,
          found == null ? "gone" : found.getRetries() + "|" + found.getDuedate() + "|" + found.isSuspended());
    }
    state.put("suspended instances", engine.getRuntimeService().createProcessInstanceQuery().suspended().count());
    state.put("suspended definitions",
        engine.getRepositoryService().createProcessDefinitionQuery().suspended().count());
    state.put("suspended job definitions", management.createJobDefinitionQuery().suspended().count());
    state.put("open incidents", engine.getRuntimeService().createIncidentQuery().count());
    state.put("comments on the task", engine.getTaskService().getTaskComments(world.get("{task}")).size());
    state.put("attachments on the task", engine.getTaskService().getTaskAttachments(world.get("{task}")).size());
    state.put("task", engine.getTaskService().createTaskQuery().taskId(world.get("{task}")).list().stream()
        .map(t -> t.getAssignee() + "|" + t.getPriority() + "|" + t.getDueDate() + "|" + t.getDelegationState())
        .toList());
    state.put("task links", engine.getTaskService().getIdentityLinksForTask(world.get("{task}")).stream()
        .map(l -> l.getType() + ":" + l.getGroupId() + ":" + l.getUserId()).sorted().toList());
    state.put("users", engine.getIdentityService().createUserQuery().count());
    state.put("memberships of camunda-admin", engine.getIdentityService().createUserQuery()
        .memberOfGroup(Groups.CAMUNDA_ADMIN).count());
    state.put("authorizations", engine.getAuthorizationService().createAuthorizationQuery().count());
    state.put("filters", engine.getFilterService().createFilterQuery().list().stream()
        .map(f -> f.getName() + "|" + f.getOwner() + "|" + f.getProperties()).sorted().toList());
    state.put("filter definitions", jdbc.sql("SELECT NAME_, QUERY_ FROM ACT_RU_FILTER ORDER BY NAME_").query()
        .listOfRows().toString());
    state.put("deployments", engine.getRepositoryService().createDeploymentQuery().count());
    state.put("batches", management.createBatchQuery().count());
    state.put("decision evaluations", engine.getHistoryService().createHistoricDecisionInstanceQuery().count());
    // New sessions or items show in the tables' row counts; the world's session and items in full.
    state.put("the JCC session", jdbc.sql("SELECT id, status, agenda_frozen_at FROM sez_committee_session "
        + "WHERE id = ?").param(Long.parseLong(world.get("{session}"))).query().listOfRows().toString());
    state.put("its agenda items", jdbc.sql("SELECT id, removed_at, withdrawn_at, decision FROM sez_agenda_item "
        + "WHERE session_id = ? ORDER BY id").param(Long.parseLong(world.get("{session}"))).query().listOfRows()
        .toString());
    state.put("session instances", engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(SessionVariables.PROCESS_KEY).count());
    state.put("session task", engine.getTaskService().createTaskQuery().processInstanceId(world.get("{sessionPi}"))
        .list().stream().map(t -> t.getId() + "|" + t.getAssignee()).toList());
    state.put("historic ended proposal", engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(world.get("{ended}")).list().stream().map(h -> h.getState() + "|" + h.getRemovalTime())
        .toList());
    return state;
  }

  private static List<String> differences(Map<String, Object> before, Map<String, Object> after) {
    List<String> differences = new ArrayList<>();
    before.forEach((key, was) -> {
      Object is = after.get(key);
      if (!java.util.Objects.equals(was, is)) {
        differences.add(key + ": was " + was + ", is " + is);
      }
    });
    after.keySet().stream().filter(key -> !before.containsKey(key)).forEach(key -> differences.add(key + " appeared"));
    return differences;
  }

  // --- helpers ---------------------------------------------------------------------------------

  private String submit(TestUsers.Credentials portal) {
    ApiClient.Response response = api.send(ApiClient.post("/api/v1/proposals").as(portal).json(textilesJv("AIIC", 3)));
    assertThat(response.status()).as(response.describe()).isEqualTo(201);
    String reference = response.text("reference");
    references.add(reference);
    return reference;
  }

  private String fill(String template, TestUsers.Credentials user) {
    String filled = template.replace("{self}", user == null ? "nobody" : user.userId());
    for (Map.Entry<String, String> entry : world.entrySet()) {
      filled = filled.replace(entry.getKey(), entry.getValue());
    }
    return filled;
  }

  private static String multipartAttachment() {
    return multipart(Map.of("attachment-name", "note.txt", "attachment-type", "text/plain"), "content", "note.txt",
        "text/plain", "A document from outside the PMU");
  }

  private static String multipartDeployment() {
    String bpmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="x">
          <bpmn:process id="matrix-script" isExecutable="true">
            <bpmn:startEvent id="s"/>
            <bpmn:scriptTask id="t" scriptFormat="javascript"><bpmn:script>java.lang.System.exit(1)</bpmn:script></bpmn:scriptTask>
            <bpmn:sequenceFlow id="f" sourceRef="s" targetRef="t"/>
          </bpmn:process>
        </bpmn:definitions>""";
    return multipart(Map.of("deployment-name", "matrix-" + UUID.randomUUID()), "script.bpmn", "script.bpmn",
        "application/octet-stream", bpmn);
  }

  private static String multipart(Map<String, String> fields, String fileField, String fileName, String fileType,
      String content) {
    StringBuilder body = new StringBuilder();
    fields.forEach((name, value) -> body.append("--matrixboundary\r\nContent-Disposition: form-data; name=\"")
        .append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
    body.append("--matrixboundary\r\nContent-Disposition: form-data; name=\"").append(fileField)
        .append("\"; filename=\"").append(fileName).append("\"\r\nContent-Type: ").append(fileType).append("\r\n\r\n")
        .append(content).append("\r\n--matrixboundary--\r\n");
    return body.toString();
  }
}
