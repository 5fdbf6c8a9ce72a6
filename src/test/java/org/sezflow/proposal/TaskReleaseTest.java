package org.sezflow.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sezflow.proposal.ProposalRequests.textilesJv;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sezflow.TestUsers;
import org.sezflow.committee.Committee;
import org.sezflow.committee.SessionFixtures;
import org.sezflow.identity.Groups;
import org.sezflow.variables.SessionVariables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 21, item 6: an official who claimed a task by mistake releases it (Tasklist's ×, which is
 * {@code unclaim} on the engine's task service, so the REST API and the web apps' alike); nobody
 * releases a task someone else claimed, nor hands a task to someone else.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TaskReleaseTest {

  @RegisterExtension
  final ApiFixture fixture = new ApiFixture("release");

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcClient jdbc;

  ApiClient api;
  ProcessDriver driver;
  TestUsers.Credentials portal;
  TestUsers.Credentials pmu;
  TestUsers.Credentials otherPmu;
  TestUsers.Credentials jwg;
  final List<String> references = fixture.proposals();
  final List<Long> sessions = new ArrayList<>();

  @BeforeEach
  void users() {
    api = fixture.api();
    portal = fixture.portal();
    pmu = fixture.pmu();
    otherPmu = fixture.user("pmu-2", Groups.BOI_PMU);
    jwg = fixture.jwg();
    driver = fixture.driver();
  }

  @AfterEach
  void cleanUp() {
    SessionFixtures.end(engine, jdbc, sessions); // then the fixture withdraws the proposals
  }

  @Test
  void anOfficialReleasesTheirOwnClaimAndNoOneElses() {
    String reference = submit();
    String task = driver.single(reference, "ScreenProposal").getId();

    assertThat(send("claim", task, pmu).status()).isEqualTo(204);
    // Another official of the same group, and one of another group, may not release it.
    assertThat(send("unclaim", task, otherPmu).status()).isEqualTo(403);
    assertThat(send("unclaim", task, jwg).status()).isIn(403, 404);
    assertThat(assignee(task)).isEqualTo(pmu.userId());
    // Nor may the one who claimed it hand it to a colleague.
    assertThat(api.send(ApiClient.post("/engine-rest/task/" + task + "/assignee").as(pmu)
        .body("{\"userId\": \"" + otherPmu.userId() + "\"}", "application/json")).status()).isEqualTo(403);
    assertThat(assignee(task)).isEqualTo(pmu.userId());

    // The one who claimed it releases it.
    assertThat(send("unclaim", task, pmu).status()).isEqualTo(204);
    assertThat(assignee(task)).isNull();
    // Released, it is no one's: releasing it again is refused, and a colleague claims it.
    assertThat(send("unclaim", task, pmu).status()).isEqualTo(403);
    assertThat(send("claim", task, otherPmu).status()).isEqualTo(204);
    assertThat(assignee(task)).isEqualTo(otherPmu.userId());
    assertThat(send("unclaim", task, pmu).status()).isEqualTo(403);
    assertThat(send("unclaim", task, otherPmu).status()).isEqualTo(204);
    assertThat(engine.getHistoryService().createUserOperationLogQuery().taskId(task).operationType("Assign")
        .userId(otherPmu.userId()).count()).as("the release is logged with who released it").isPositive();
  }

  @Test
  void aSecretaryReleasesASessionsTaskTheyClaimed() {
    String session = engine.getRuntimeService().startProcessInstanceByKey(SessionVariables.PROCESS_KEY,
        SessionFixtures.start(Committee.JWG, 60)).getId();
    sessions.add(SessionFixtures.sessionOf(engine, session));
    String task = engine.getTaskService().createTaskQuery().processInstanceId(session).singleResult().getId();

    assertThat(send("claim", task, jwg).status()).isEqualTo(204);
    assertThat(send("unclaim", task, jwg).status()).isEqualTo(204);
    assertThat(assignee(task)).isNull();
  }

  private ApiClient.Response send(String action, String task, TestUsers.Credentials user) {
    String body = action.equals("claim") ? "{\"userId\": \"" + user.userId() + "\"}" : "{}";
    return api.send(ApiClient.post("/engine-rest/task/" + task + "/" + action).as(user).body(body,
        "application/json"));
  }

  private String assignee(String task) {
    return engine.getTaskService().createTaskQuery().taskId(task).singleResult().getAssignee();
  }

  private String submit() {
    ApiClient.Response response = api.send(ApiClient.post("/api/v1/proposals").as(portal).json(textilesJv("AIIC", 1)));
    assertThat(response.status()).as(response.describe()).isEqualTo(201);
    references.add(response.text("reference"));
    return response.text("reference");
  }
}
