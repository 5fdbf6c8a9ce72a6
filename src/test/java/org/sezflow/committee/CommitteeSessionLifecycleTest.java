package org.sezflow.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sezflow.variables.SessionVariables.*;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sezflow.TestUsers;
import org.sezflow.engine.TaskInputException;
import org.sezflow.identity.Groups;
import org.sezflow.system.PakistanTime;
import org.sezflow.variables.ProcessVariables;
import org.sezflow.workflow.ProposalFixturesAccess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A committee session end to end in the whole application: the JCC secretariat schedules a session
 * by API with two proposals waiting, prepares and freezes its agenda in Tasklist's terms (the task
 * service as the secretariat's user), records one decision by API and one by its task, and the
 * last closes the session; bad input through either door is refused and changes nothing, and the
 * JWG secretariat can act on none of it. Then the same scheduling through Tasklist's start form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CommitteeSessionLifecycleTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  IdentityService identity;

  @Autowired
  CommitteeSessions sessions;

  @Autowired
  JdbcClient jdbc;

  final List<String> proposals = new ArrayList<>();
  final List<Long> scheduled = new ArrayList<>();
  final LocalDate today = PakistanTime.today(Clock.systemUTC());

  @AfterEach
  void cleanUp() {
    identity.clearAuthentication();
    SessionFixtures.end(engine, jdbc, scheduled);
    for (String reference : proposals) {
      sessions.withdraw(reference);
      engine.getRuntimeService().createMessageCorrelation(ProcessVariables.MESSAGE_PROPOSAL_WITHDRAWN)
          .processInstanceBusinessKey(reference).correlateAll();
    }
  }

  @Test
  void aJccSessionScheduledByApiIsPreparedInTasklistAndDecidedByApiAndByTask() throws Exception {
    TestUsers.Credentials jcc = TestUsers.ensure(identity, "session-jcc", Groups.JCC_SECRETARIAT);
    TestUsers.Credentials jwg = TestUsers.ensure(identity, "session-jwg", Groups.JWG_SECRETARIAT);
    String first = proposal("AIIC", true);
    String second = proposal("RSEZ", false);
    String late = proposal("AIIC", false);

    // Scheduled by API, for today: the earliest session of the JCC, so the waiting proposals come to it.
    long sessionsBefore = count("sez_committee_session");
    assertThat(post(jwg, "/api/v1/committee-sessions", schedule("JCC", today, today)).status()).isEqualTo(403);
    Http invalid = post(jcc, "/api/v1/committee-sessions", "{\"committee\": \"JCC\", \"date\": \""
        + today.minusDays(1) + "\", \"venue\": \" \", \"agendaCutOff\": \"" + today + "\"}");
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.errorFields()).containsExactlyInAnyOrder("date", "venue", "agendaCutOff");
    assertThat(post(jcc, "/api/v1/committee-sessions", "{\"committee\": \"ICC\", \"date\": \"" + today
        + "\", \"venue\": \"Islamabad\", \"agendaCutOff\": \"" + today + "\"}").errorFields())
        .containsExactly("committee");
    assertThat(count("sez_committee_session")).isEqualTo(sessionsBefore);

    Http created = post(jcc, "/api/v1/committee-sessions", schedule("JCC", today, today));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().path("session").path("id").asLong();
    scheduled.add(id);
    int number = created.json().path("session").path("number").asInt();
    assertThat(created.location()).isEqualTo("/api/v1/committee-sessions/" + id);
    assertThat(created.json().path("session").path("reference").asText()).isEqualTo("JCC-" + number);
    assertThat(created.json().path("session").path("status").asText()).isEqualTo("SCHEDULED");
    assertThat(created.json().path("session").path("scheduledBy").asText()).isEqualTo(jcc.userId());
    CommitteeSession session = sessions.agenda(id).session();
    ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(session.processInstanceId()).singleResult();
    assertThat(pi.getBusinessKey()).isEqualTo("JCC-" + number);
    assertThat(engine.getRepositoryService().getProcessDefinition(pi.getProcessDefinitionId()).getKey())
        .isEqualTo(PROCESS_KEY);
    // The same number again: 409, nothing created.
    assertThat(post(jcc, "/api/v1/committee-sessions", "{\"committee\": \"JCC\", \"number\": " + number
        + ", \"date\": \"" + today + "\", \"venue\": \"Beijing\", \"agendaCutOff\": \"" + today + "\"}").status())
        .isEqualTo(409);
    assertThat(count("sez_committee_session")).isEqualTo(sessionsBefore + 1);

    // Two proposals start waiting for the JCC and are gathered onto the session; a third waits unplaced.
    sessions.startWaiting(first, Committee.JCC);
    sessions.startWaiting(second, Committee.JCC);
    jdbc.sql("INSERT INTO sez_committee_waiting (proposal_ref, committee, since) VALUES (?, 'JCC', ?)")
        .params(late, java.sql.Timestamp.from(java.time.Instant.now())).update();
    JsonNode agenda = get(jcc, "/api/v1/committee-sessions/" + id).json();
    assertThat(refs(agenda)).containsExactly(first, second);
    assertThat(agenda.path("items").get(0).path("title").asText()).isEqualTo("Sino-Pakistan Advanced Imaging "
        + "Technologies");
    assertThat(agenda.path("items").get(0).path("origin").asText()).isEqualTo("GATHERED");

    // Tasklist: the JCC secretariat prepares the agenda; the JWG secretariat neither sees nor works on it.
    Task prepare = as(jcc, Groups.JCC_SECRETARIAT, () -> task(pi.getId(), "PrepareAgenda"));
    assertThat(as(jwg, Groups.JWG_SECRETARIAT, () -> engine.getTaskService().createTaskQuery()
        .processInstanceId(pi.getId()).count())).isZero();
    assertThatThrownBy(() -> as(jwg, Groups.JWG_SECRETARIAT, () -> complete(prepare, Map.of(FREEZE_AGENDA, true))))
        .isInstanceOf(AuthorizationException.class);
    // The form shows the agenda as it is when it loads: the proposals came after the task opened.
    as(jcc, Groups.JCC_SECRETARIAT, () -> claim(prepare, jcc));
    String summary = formValue(jcc, prepare, AGENDA_SUMMARY);
    assertThat(summary).contains(session.citation(), first + " · Sino-Pakistan Advanced Imaging Technologies · AIIC",
        second, "may be added", late);
    assertThatThrownBy(() -> as(jcc, Groups.JCC_SECRETARIAT, () -> complete(prepare, Map.of(REMOVE_PROPOSAL_REFS,
        "JV-1999-000001", REMOVE_REASON, "Not ours", ADD_PROPOSAL_REFS, first, ADD_REASON, "Again"))))
        .isInstanceOf(TaskInputException.class)
        .satisfies(e -> assertThat(((TaskInputException) e).getErrors()).extracting(p -> p.field())
            .containsExactly(REMOVE_PROPOSAL_REFS + "[0]", ADD_PROPOSAL_REFS + "[0]"));
    assertThat(refs(get(jcc, "/api/v1/committee-sessions/" + id).json())).containsExactly(first, second);

    as(jcc, Groups.JCC_SECRETARIAT, () -> complete(prepare, Map.of(REMOVE_PROPOSAL_REFS, second, REMOVE_REASON,
        "The ministries asked for more time", ADD_PROPOSAL_REFS, late, ADD_REASON, "The investor's deadline",
        FREEZE_AGENDA, false)));
    Task again = as(jcc, Groups.JCC_SECRETARIAT, () -> task(pi.getId(), "PrepareAgenda"));
    assertThat(engine.getTaskService().getVariable(again.getId(), REMOVE_PROPOSAL_REFS)).isNull();
    assertThat(formValue(jcc, again, AGENDA_SUMMARY))
        .contains("removed by " + jcc.userId() + ": The ministries asked for more time",
            late + " · Faisalabad-Shaoxing Denim Mills · AIIC · added by " + jcc.userId());
    as(jcc, Groups.JCC_SECRETARIAT, () -> complete(again, Map.of(FREEZE_AGENDA, true)));

    JsonNode frozen = get(jcc, "/api/v1/committee-sessions/" + id).json();
    assertThat(frozen.path("session").path("status").asText()).isEqualTo("AGENDA_FROZEN");
    assertThat(refs(frozen)).containsExactly(first, late);
    long firstItem = item(frozen, first);
    long secondItem = item(frozen, second);
    long lateItem = item(frozen, late);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("RecordDecision").count()).isEqualTo(2);

    // Bad decisions by API: each refused, nothing recorded, both tasks still open.
    String path = "/api/v1/committee-sessions/" + id + "/decisions";
    assertThat(post(jcc, path, decisions(999_999_999L, "APPROVE")).errorFields())
        .containsExactly("decisions[0].itemId");
    assertThat(post(jcc, path, decisions(firstItem, "ENDORSE")).errorFields())
        .containsExactly("decisions[0].decision");
    Http mixed = post(jcc, path, "{\"decisions\": [" + decision(firstItem, "APPROVE") + ", "
        + decision(lateItem, "SEND_BACK") + "]}");
    assertThat(mixed.status()).isEqualTo(400);
    assertThat(post(jcc, path, decisions(secondItem, "APPROVE")).status()).isEqualTo(409);
    assertThat(post(jwg, path, decisions(firstItem, "APPROVE")).status()).isEqualTo(403);
    assertThat(post(jcc, path, "{\"decisions\": [{\"itemId\": \"" + firstItem + "\", \"decision\": \"APPROVE\", "
        + "\"minutesRef\": \"M\"}]}").status()).isEqualTo(400);
    assertThat(sessions.agenda(id).items()).noneMatch(AgendaItem::decided);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("RecordDecision").count()).isEqualTo(2);

    // One decision by API: its task is completed, the session waits for the other.
    Http decided = post(jcc, path, decisions(firstItem, "APPROVE"));
    assertThat(decided.status()).as(decided.body()).isEqualTo(200);
    JsonNode firstView = itemView(decided.json(), first);
    assertThat(firstView.path("decision").asText()).isEqualTo("APPROVE");
    assertThat(firstView.path("minutesRef").asText()).isEqualTo("Minutes of the session, item " + firstItem);
    assertThat(firstView.path("decidedBy").asText()).isEqualTo(jcc.userId());
    assertThat(decided.json().path("session").path("status").asText()).isEqualTo("AGENDA_FROZEN");
    assertThat(post(jcc, path, decisions(firstItem, "REJECT")).status()).isEqualTo(409);
    assertThat(itemView(get(jcc, "/api/v1/committee-sessions/" + id).json(), first).path("decision").asText())
        .isEqualTo("APPROVE");

    // The other in Tasklist: the task shows its proposal and takes the JCC's decisions only.
    Task last = as(jcc, Groups.JCC_SECRETARIAT, () -> task(pi.getId(), "RecordDecision"));
    Map<String, Object> shown = engine.getTaskService().getVariables(last.getId());
    assertThat(shown).containsEntry(ProcessVariables.PROPOSAL_REF, late)
        .containsEntry(ProcessVariables.PROPOSAL_TITLE, "Faisalabad-Shaoxing Denim Mills")
        .containsEntry(ProcessVariables.ZONE_CODE, "AIIC").containsEntry(SESSION_CITATION, session.citation());
    assertThatThrownBy(() -> as(jcc, Groups.JCC_SECRETARIAT, () -> complete(last, Map.of(JWG_ITEM_DECISION,
        "ENDORSE", MINUTES_REF, "Item 2")))).isInstanceOf(TaskInputException.class)
        .satisfies(e -> assertThat(((TaskInputException) e).getErrors()).extracting(p -> p.field())
            .containsExactlyInAnyOrder(JCC_ITEM_DECISION, JWG_ITEM_DECISION));
    as(jcc, Groups.JCC_SECRETARIAT, () -> complete(last, Map.of(JCC_ITEM_DECISION, "DEFER", MINUTES_REF,
        "Minutes of the session, item 2", DECISION_REASON, "The partners' financing plan is awaited")));

    // The last decision closed the session: its decisions handed over, their proposals no longer waiting.
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).count())
        .isZero();
    JsonNode closed = get(jcc, "/api/v1/committee-sessions/" + id).json();
    assertThat(closed.path("session").path("status").asText()).isEqualTo("CLOSED");
    assertThat(itemView(closed, late).path("decision").asText()).isEqualTo("DEFER");
    assertThat(itemView(closed, late).path("deliveredAt").isNull()).isFalse();
    assertThat(itemView(closed, second).path("removedReason").asText()).isEqualTo("The ministries asked for more "
        + "time");
    assertThat(waiting(first)).isZero();
    assertThat(waiting(late)).isZero();
    assertThat(waiting(second)).isOne();
    JsonNode list = get(jwg, "/api/v1/committee-sessions?committee=JCC").json();
    assertThat(list.findValuesAsText("reference")).contains("JCC-" + number);
    assertThat(post(jcc, path, decisions(lateItem, "APPROVE")).status()).isEqualTo(409);
  }

  @Test
  void aSecretariatSchedulesThroughTasklistsStartFormAndNoOtherGroupDoes() {
    TestUsers.Credentials jwg = TestUsers.ensure(identity, "session-jwg", Groups.JWG_SECRETARIAT);
    TestUsers.Credentials jcc = TestUsers.ensure(identity, "session-jcc", Groups.JCC_SECRETARIAT);
    TestUsers.Credentials pmu = TestUsers.ensure(identity, "session-pmu", Groups.BOI_PMU);
    String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY)
        .latestVersion().singleResult().getId();
    long before = count("sez_committee_session");

    // What the form allows, then the session's own rules: each refusal names the form's field.
    Map<String, Object> badVenue = SessionFixtures.start(Committee.JWG, 40);
    badVenue.put(VENUE, " ");
    badVenue.put(SESSION_NUMBER, 0L);
    assertThatThrownBy(() -> as(jwg, Groups.JWG_SECRETARIAT, () -> engine.getFormService()
        .submitStartForm(definition, badVenue))).isInstanceOf(TaskInputException.class)
        .satisfies(e -> assertThat(((TaskInputException) e).getErrors()).extracting(p -> p.field())
            .containsExactlyInAnyOrder(VENUE, SESSION_NUMBER));
    Map<String, Object> lateCutOff = SessionFixtures.start(Committee.JWG, 40);
    lateCutOff.put(AGENDA_CUT_OFF, today.plusDays(41).toString());
    assertThatThrownBy(() -> as(jwg, Groups.JWG_SECRETARIAT, () -> engine.getFormService()
        .submitStartForm(definition, lateCutOff))).isInstanceOf(TaskInputException.class)
        .satisfies(e -> assertThat(((TaskInputException) e).getErrors()).extracting(p -> p.field())
            .containsExactly(AGENDA_CUT_OFF));
    Map<String, Object> unknownField = SessionFixtures.start(Committee.JWG, 40);
    unknownField.put(SECRETARIAT, "jcc-secretariat");
    assertThatThrownBy(() -> as(jwg, Groups.JWG_SECRETARIAT, () -> engine.getFormService()
        .submitStartForm(definition, unknownField))).isInstanceOf(TaskInputException.class);
    assertThatThrownBy(() -> as(jwg, Groups.JWG_SECRETARIAT, () -> engine.getFormService()
        .submitStartForm(definition, SessionFixtures.start(Committee.JCC, 40))))
        .isInstanceOf(AuthorizationException.class).hasMessageContaining("jcc-secretariat");
    assertThatThrownBy(() -> as(pmu, Groups.BOI_PMU, () -> engine.getFormService()
        .submitStartForm(definition, SessionFixtures.start(Committee.JWG, 40))))
        .isInstanceOf(AuthorizationException.class);
    assertThat(count("sez_committee_session")).isEqualTo(before);

    ProcessInstance pi = as(jwg, Groups.JWG_SECRETARIAT, () -> engine.getFormService()
        .submitStartForm(definition, SessionFixtures.start(Committee.JWG, 40)));
    long id = SessionFixtures.sessionOf(engine, pi.getId());
    scheduled.add(id);
    CommitteeSession session = sessions.agenda(id).session();
    assertThat(session.committee()).isEqualTo(Committee.JWG);
    assertThat(session.sessionDate()).isEqualTo(today.plusDays(40));
    assertThat(session.scheduledBy()).isEqualTo(jwg.userId());
    assertThat(session.processInstanceId()).isEqualTo(pi.getId());
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()
        .getBusinessKey()).isEqualTo(session.reference());
    Task prepare = as(jwg, Groups.JWG_SECRETARIAT, () -> task(pi.getId(), "PrepareAgenda"));
    assertThat(engine.getTaskService().getIdentityLinksForTask(prepare.getId()))
        .extracting(link -> link.getGroupId()).containsExactly(Groups.JWG_SECRETARIAT);
    assertThat(as(jcc, Groups.JCC_SECRETARIAT, () -> engine.getTaskService().createTaskQuery()
        .processInstanceId(pi.getId()).count())).isZero();
  }

  // --- helpers ---------------------------------------------------------------------------------

  /** A proposal at screening: the imaging JV or the textiles one, in the zone. */
  private String proposal(String zone, boolean imaging) {
    Map<String, Object> variables = new HashMap<>(imaging ? ProposalFixturesAccess.submission(zone, 4)
        : ProposalFixturesAccess.textilesJv());
    variables.put(ProcessVariables.ZONE_CODE, zone);
    String reference = engine.getRuntimeService().startProcessInstanceByKey(ProcessVariables.PROCESS_KEY, variables)
        .getBusinessKey();
    proposals.add(reference);
    return reference;
  }

  private Task task(String processInstanceId, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key)
        .singleResult();
  }

  /** What the task's form shows, loaded as Tasklist loads it (the task's form variables), as the user. */
  private String formValue(TestUsers.Credentials user, Task task, String name) {
    return as(user, Groups.JCC_SECRETARIAT, () -> (String) engine.getFormService().getTaskFormVariables(task.getId())
        .get(name));
  }

  private Void claim(Task task, TestUsers.Credentials user) {
    engine.getTaskService().claim(task.getId(), user.userId());
    return null;
  }

  private Void complete(Task task, Map<String, Object> variables) {
    engine.getTaskService().complete(task.getId(), variables);
    return null;
  }

  private <T> T as(TestUsers.Credentials user, String group, Supplier<T> work) {
    identity.setAuthentication(user.userId(), List.of(group));
    try {
      return work.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  private long count(String table) {
    return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
  }

  private long waiting(String reference) {
    return jdbc.sql("SELECT COUNT(*) FROM sez_committee_waiting WHERE proposal_ref = ?").param(reference)
        .query(Long.class).single();
  }

  private static List<String> refs(JsonNode view) {
    List<String> refs = new ArrayList<>();
    view.path("items").forEach(item -> {
      if (item.path("onAgenda").asBoolean()) {
        refs.add(item.path("proposalRef").asText());
      }
    });
    return refs;
  }

  private static JsonNode itemView(JsonNode view, String reference) {
    for (JsonNode item : view.path("items")) {
      if (item.path("proposalRef").asText().equals(reference)) {
        return item;
      }
    }
    throw new AssertionError("No item of " + reference + " in " + view);
  }

  private static long item(JsonNode view, String reference) {
    return itemView(view, reference).path("id").asLong();
  }

  private static String schedule(String committee, LocalDate date, LocalDate cutOff) {
    return "{\"committee\": \"" + committee + "\", \"date\": \"" + date + "\", \"venue\": \"Islamabad\", "
        + "\"agendaCutOff\": \"" + cutOff + "\"}";
  }

  private static String decisions(long itemId, String decision) {
    return "{\"decisions\": [" + decision(itemId, decision) + "]}";
  }

  private static String decision(long itemId, String decision) {
    return "{\"itemId\": " + itemId + ", \"decision\": \"" + decision + "\", \"minutesRef\": \"Minutes of the "
        + "session, item " + itemId + "\", \"reason\": \"The committee's reasons on item " + itemId + "\"}";
  }

  // --- HTTP ------------------------------------------------------------------------------------

  record Http(int status, String body, String location) {

    JsonNode json() throws Exception {
      return JSON.readTree(body);
    }

    List<String> errorFields() throws Exception {
      List<String> fields = new ArrayList<>();
      json().path("errors").forEach(error -> fields.add(error.path("field").asText()));
      return fields;
    }
  }

  private Http get(TestUsers.Credentials user, String path) throws Exception {
    return send(request(user, path).GET());
  }

  private Http post(TestUsers.Credentials user, String path, String body) throws Exception {
    return send(request(user, path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private HttpRequest.Builder request(TestUsers.Credentials user, String path) {
    String basic = Base64.getEncoder().encodeToString((user.userId() + ":" + user.password())
        .getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization",
        "Basic " + basic);
  }

  private static Http send(HttpRequest.Builder request) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
        HttpResponse.BodyHandlers.ofString());
    return new Http(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(null));
  }
}
