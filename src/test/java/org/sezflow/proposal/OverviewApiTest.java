package org.sezflow.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sezflow.proposal.ProposalRequests.*;

import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sezflow.TestUsers;
import org.sezflow.WebappSession;
import org.sezflow.identity.Groups;
import org.sezflow.system.PakistanTime;
import org.sezflow.variables.ProcessVariables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The managers' overview against the rest of the system, with proposals at every stage and every
 * end: zone bars equal to {@code GET /api/v1/zones}, the funnel equal to the zones' pipelines, the
 * outcomes of this month grown by the proposals that ended, overdue tasks equal to what Tasklist's
 * "Overdue" filter shows a member of the group, stage exits counted; and only managers and admins
 * may read it, with Basic credentials or a Cockpit session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OverviewApiTest {

  @RegisterExtension
  final ApiFixture fixture = new ApiFixture("overview");

  @Autowired
  ProcessEngine engine;

  ApiClient api;
  ProcessDriver driver;
  final List<String> references = fixture.proposals();

  @Test
  void figuresAgreeWithTheZonesTheProposalsAndTasklistsOverdueFilter() {
    api = fixture.api();
    TestUsers.Credentials manager = fixture.manager();
    TestUsers.Credentials portal = fixture.portal();
    TestUsers.Credentials pmu = fixture.pmu();
    driver = fixture.driver();
    JsonNode before = overview(manager);

    // Proposals at every stage and every end.
    String atScreening = submit(portal);
    String atClarification = submit(portal);
    driver.screen(atClarification, "CLARIFY");
    String atMou = submit(portal);
    driver.toMou(atMou);
    String atJwg = submit(portal);
    driver.toJwgSession(atJwg);
    String atJcc = submit(portal);
    driver.toJcc(atJcc);
    String atAllocation = submit(portal);
    driver.toAllotmentLetter(atAllocation);
    String enterprise = submit(portal);
    driver.toAllotmentLetter(enterprise);
    engine.getTaskService().complete(driver.single(enterprise, "IssueAllotmentLetter").getId(), Map.of(
        ProcessVariables.ALLOTMENT_LETTER_NO, "SEZA/ALT/2026/0099", ProcessVariables.ALLOTMENT_LETTER_DATE,
        today().toString()));
    String rejected = submit(portal);
    driver.screen(rejected, "REJECT");
    String lapsed = submit(portal);
    driver.toMou(lapsed);
    String lapsedInstance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(lapsed)
        .singleResult().getId();
    Job deadline = engine.getManagementService().createJobQuery().processInstanceId(lapsedInstance).timers()
        .singleResult();
    engine.getManagementService().executeJob(deadline.getId());
    String withdrawn = submit(portal);
    driver.withdrawIfRunning(withdrawn);
    // One screening task past its due date.
    Task screening = driver.single(atScreening, "ScreenProposal");
    engine.getTaskService().setDueDate(screening.getId(), new Date(System.currentTimeMillis() - 86_400_000L));

    JsonNode after = overview(manager);

    // Zone bars and pipelines equal the zones API.
    JsonNode zones = api.send(ApiClient.get("/api/v1/zones").as(manager)).json();
    assertThat(after.path("zones").size()).isEqualTo(9);
    Map<String, JsonNode> byCode = new HashMap<>();
    zones.forEach(zone -> byCode.put(zone.path("code").asText(), zone));
    for (JsonNode zone : after.path("zones")) {
      JsonNode api = byCode.get(zone.path("code").asText());
      for (String account : List.of("leasableAcres", "reservedAcres", "allocatedAcres", "freeAcres")) {
        assertThat(zone.path("land").path(account).decimalValue())
            .as("%s %s", zone.path("code").asText(), account)
            .isEqualByComparingTo(api.path("land").path(account).decimalValue());
      }
      assertThat(zone.path("pipeline")).isEqualTo(api.path("pipeline"));
    }
    // The funnel is the zones' pipelines added up, and grew by the open proposals made here.
    for (JsonNode stage : after.path("stages")) {
      long sum = 0;
      for (JsonNode zone : zones) {
        sum += zone.path("pipeline").path(stage.path("stage").asText()).asLong();
      }
      assertThat(stage.path("open").asLong()).as(stage.path("stage").asText()).isEqualTo(sum);
    }
    Map<String, Long> grown = new HashMap<>();
    for (int i = 0; i < after.path("stages").size(); i++) {
      grown.put(after.path("stages").get(i).path("stage").asText(),
          after.path("stages").get(i).path("open").asLong() - before.path("stages").get(i).path("open").asLong());
    }
    assertThat(grown).containsEntry("SCREENING", 1L).containsEntry("CLARIFICATION", 1L).containsEntry("MOU", 1L)
        .containsEntry("JWG_REVIEW", 1L).containsEntry("JCC_DECISION", 1L).containsEntry("ALLOCATION", 1L);

    // This month's outcomes grew by one of each end.
    String thisMonth = YearMonth.now(PakistanTime.ZONE).toString();
    JsonNode monthBefore = month(before, thisMonth);
    JsonNode monthAfter = month(after, thisMonth);
    assertThat(after.path("outcomesByMonth").size()).isEqualTo(12);
    for (String outcome : List.of("ZONE_ENTERPRISE", "REJECTED", "LAPSED", "WITHDRAWN")) {
      assertThat(
          monthAfter.path("outcomes").path(outcome).asLong() - monthBefore.path("outcomes").path(outcome).asLong())
          .as(outcome).isEqualTo(1);
    }

    // Overdue tasks per group equal Tasklist's "Overdue" filter for a member of the group.
    String overdueFilter = engine.getFilterService().createFilterQuery().filterName("Overdue").singleResult().getId();
    long filterCount = api.send(ApiClient.get("/engine-rest/filter/" + overdueFilter + "/count").as(pmu)).json()
        .path("count").asLong();
    JsonNode pmuTasks = group(after, Groups.BOI_PMU);
    assertThat(pmuTasks.path("overdue").asLong()).isEqualTo(filterCount).isGreaterThanOrEqualTo(1);
    assertThat(pmuTasks.path("open").asLong()).isGreaterThanOrEqualTo(pmuTasks.path("overdue").asLong());
    assertThat(after.path("oldestOverdue").findValuesAsText("taskId")).contains(screening.getId());
    assertThat(after.path("oldestOverdue").findValuesAsText("reference")).contains(atScreening);

    // Stage exits were counted: every proposal here left SUBMITTED, most left SCREENING.
    JsonNode submittedStage = after.path("stages").get(0);
    assertThat(submittedStage.path("stage").asText()).isEqualTo("SUBMITTED");
    assertThat(submittedStage.path("exits").asLong() - before.path("stages").get(0).path("exits").asLong())
        .isEqualTo(references.size());
    assertThat(submittedStage.path("medianSeconds").isNumber()).isTrue();

    // The definition's activities and the ended proposals.
    String definitionId = after.path("processDefinitionId").asText();
    JsonNode activities = api.send(ApiClient.get("/api/v1/overview/activities?processDefinitionId=" + definitionId)
        .as(manager)).json();
    JsonNode screeningActivity = null;
    for (JsonNode activity : activities) {
      if (activity.path("activityId").asText().equals("ScreenProposal")) {
        screeningActivity = activity;
      }
    }
    assertThat(screeningActivity).isNotNull();
    assertThat(screeningActivity.path("now").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(screeningActivity.path("passed").asLong()).isGreaterThanOrEqualTo(1);
    JsonNode ended = api.send(ApiClient.get("/api/v1/overview/ended?days=1&size=100").as(manager)).json();
    assertThat(ended.path("items").findValuesAsText("reference")).contains(enterprise, rejected, lapsed, withdrawn);
  }

  @Test
  void onlyManagersAndAdminsReadTheOverviewWithBasicOrWithTheirWebSession() {
    api = fixture.api();
    driver = fixture.driver();
    TestUsers.Credentials manager = fixture.user("reader", Groups.SEZ_MANAGERS);
    TestUsers.Credentials admin = fixture.admin();
    TestUsers.Credentials pmu = fixture.user("official", Groups.BOI_PMU);
    TestUsers.Credentials portal = fixture.user("system", Groups.EXTERNAL_SYSTEMS);
    for (String path : List.of("/api/v1/overview", "/api/v1/overview/ended",
        "/api/v1/overview/activities?processDefinitionId=x")) {
      assertThat(api.send(ApiClient.get(path)).status()).isEqualTo(401);
      api.send(ApiClient.get(path).as(pmu)).assertProblem(403);
      api.send(ApiClient.get(path).as(portal)).assertProblem(403);
    }
    assertThat(api.send(ApiClient.get("/api/v1/overview").as(admin)).status()).isEqualTo(200);

    HttpResponse<String> official = WebappSession.logIn(fixture.port(), pmu, "tasklist").get("/api/v1/overview");
    assertThat(official.statusCode()).isEqualTo(403);
    WebappSession cockpit = WebappSession.logIn(fixture.port(), manager, "cockpit");
    HttpResponse<String> read = cockpit.get("/api/v1/overview");
    assertThat(read.statusCode()).isEqualTo(200);
    // Reading leaves the session as it was: a new session id would log out Cockpit's requests in flight.
    assertThat(read.headers().firstValue("Set-Cookie")).isEmpty();
    // The session reads; it cannot act (a cross-site request would carry it too).
    assertThat(cockpit.postJson("/api/v1/proposals", "{}").statusCode()).isEqualTo(401);

    api.send(ApiClient.get("/api/v1/overview?days=0").as(manager)).assertFieldProblem(400, "days");
    api.send(ApiClient.get("/api/v1/overview?days=abc").as(manager)).assertFieldProblem(400, "days");
    api.send(ApiClient.get("/api/v1/overview/activities?processDefinitionId=no-such:1:x").as(manager))
        .assertFieldProblem(404, "processDefinitionId");
  }

  private JsonNode overview(TestUsers.Credentials manager) {
    ApiClient.Response response = api.send(ApiClient.get("/api/v1/overview").as(manager));
    assertThat(response.status()).as(response.describe()).isEqualTo(200);
    return response.json();
  }

  private static JsonNode month(JsonNode overview, String month) {
    for (JsonNode entry : overview.path("outcomesByMonth")) {
      if (entry.path("month").asText().equals(month)) {
        return entry;
      }
    }
    throw new AssertionError("no month " + month + " in " + overview.path("outcomesByMonth"));
  }

  private static JsonNode group(JsonNode overview, String group) {
    for (JsonNode entry : overview.path("tasks")) {
      if (entry.path("group").asText().equals(group)) {
        return entry;
      }
    }
    throw new AssertionError("no group " + group);
  }

  private String submit(TestUsers.Credentials portal) {
    ApiClient.Response response = api.send(ApiClient.post("/api/v1/proposals").as(portal).json(textilesJv("AIIC", 2)));
    assertThat(response.status()).as(response.describe()).isEqualTo(201);
    references.add(response.text("reference"));
    return response.text("reference");
  }
}
