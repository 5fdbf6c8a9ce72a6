package org.sezflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.sezflow.TestUsers;
import org.sezflow.variables.ProcessVariables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A task form whose data breaks a rule is refused with 400 and a readable message (what Tasklist
 * shows the official), the task stays open and nothing is recorded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EngineRestRefusalTest {

  @Autowired
  TestRestTemplate http;

  @Autowired
  RuntimeService runtime;

  @Autowired
  TaskService tasks;

  @Autowired
  IdentityService identityService;

  @Test
  @SuppressWarnings("unchecked")
  void aFutureSigningDateIsRefusedWith400AndTheTaskStaysOpen() {
    ProcessInstance pi = runtime.startProcessInstanceByKey(ProcessVariables.PROCESS_KEY,
        ProposalFixtures.textilesJv("RSEZ", 2));
    String screening = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
    tasks.complete(screening, ProposalFixtures.screening("ACCEPT", "Accepted for the refusal test"));
    tasks.complete(tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId(),
        ProposalFixtures.mouPrepared());
    String signing = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("RecordMouSigning")
        .singleResult().getId();
    TestUsers.Credentials pmu = TestUsers.ensure(identityService, "refusal-pmu", "boi-pmu");

    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    String body = """
        {"variables": {"mouSignedOn": {"value": "%s"}, "mouVenue": {"value": "ONLINE"},
                       "mouSignatories": {"value": "Signatory"}, "mouWitnesses": {"value": "Witness"}}}"""
        .formatted(ProposalFixtures.today().plusDays(5));
    ResponseEntity<Map> response = http.withBasicAuth(pmu.userId(), pmu.password())
        .postForEntity("/engine-rest/task/" + signing + "/complete", new HttpEntity<>(body, headers), Map.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).containsEntry("type", "TaskInputException");
    assertThat((String) response.getBody().get("message")).contains("mouSignedOn must not be in the future");
    assertThat((java.util.List<Map<String, Object>>) response.getBody().get("errors"))
        .containsExactly(Map.of("field", "mouSignedOn", "message", "must not be in the future"));
    assertThat(tasks.createTaskQuery().taskId(signing).count()).isEqualTo(1);
    assertThat(runtime.getActiveActivityIds(pi.getId())).containsExactly("RecordMouSigning");

    runtime.createMessageCorrelation(ProcessVariables.MESSAGE_PROPOSAL_WITHDRAWN)
        .processInstanceBusinessKey(pi.getBusinessKey()).correlate();
  }
}
