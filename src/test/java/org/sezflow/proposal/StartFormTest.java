package org.sezflow.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sezflow.TestUsers;
import org.sezflow.WebappSession;
import org.sezflow.identity.Groups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A proposal started the way Tasklist's start form starts it (the web apps' own submit-form, with
 * the data form-js submits: every editable field, the optional ones left empty) is registered; the
 * same door refuses what the start form does not allow, with 400 naming the field, and starts
 * nothing. Through {@code /engine-rest} the same rules hold, and a caller without the PMU's right
 * to start proposals is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StartFormTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SUBMIT =
      "/camunda/api/engine/engine/default/process-definition/key/jv-proposal/submit-form";

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identityService;

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  ProposalReads proposalReads;

  final List<String> references = new ArrayList<>();

  @AfterEach
  void withdraw() {
    new ProcessDriver(engine, "start-pmu").withdrawAllRunning(references);
  }

  @Test
  void tasklistsStartFormRegistersAProposalAndRefusesWhatTheFormDoesNotAllow() throws Exception {
    TestUsers.Credentials pmu = TestUsers.ensure(identityService, "start-pmu", Groups.BOI_PMU);
    WebappSession tasklist = WebappSession.logIn(port, pmu, "tasklist");
    assertThat(tasklist.loggedIn()).isTrue();

    HttpResponse<String> started = tasklist.postJson(SUBMIT, body(formData()));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String reference = JSON.readTree(started.body()).path("businessKey").asText();
    references.add(reference);
    assertThat(reference).startsWith("JV-");
    // The decision log names who submitted it.
    assertThat(jdbc.sql("SELECT decided_by FROM sez_proposal_decision WHERE proposal_ref = ? AND step = 'SUBMISSION'")
        .param(reference).query(String.class).single()).isEqualTo(pmu.userId());

    // Each partner's language, address and own-script name, as the form gave them.
    assertThat(jdbc.sql("SELECT language, email, name_in_own_script FROM sez_proposal_partner WHERE proposal_ref = ? "
        + "ORDER BY position").param(reference).query((rs, row) -> rs.getString(1) + "|" + rs.getString(2) + "|"
            + rs.getString(3))
        .list()).containsExactly("EN|ops@denim.example.pk|null",
            "ZH|trade@shaoxing-textiles.example.cn|绍兴纺织有限公司");
    refused(tasklist, formData().put("partner2Email", "not an address"), "partner2Email");
    refused(tasklist, formData().put("partner2Language", "FR"), "partner2Language");

    long proposals = proposals();
    refused(tasklist, formData().put("colour", "red"), "colour");
    refused(tasklist, formData().put("acresRequested", 2.345), "acresRequested");
    refused(tasklist, formData().put("acresRequested", 2253), "acresRequested");
    refused(tasklist, formData().put("sector", "gambling"), "sector");
    refused(tasklist, formData().put("proposalTitle", "Mill\u0007"), "proposalTitle");
    refused(tasklist, formData().put("jobsPlanned", "650"), "jobsPlanned");
    refused(tasklist, formData().put("partner2Country", "XX"), "partner2Country");
    // The zone's own rule: MQSEZ leases 175 acres, the form allows up to the largest zone's 2252.
    refused(tasklist, formData().put("zoneCode", "MQSEZ").put("acresRequested", 200), "acresRequested");
    assertThat(proposals()).isEqualTo(proposals);

    // Through Camunda's REST API: the same rules; and only who may start proposals starts them.
    ApiClient api = new ApiClient(port);
    ApiClient.Response unknownField = api.send(ApiClient.post("/engine-rest/process-definition/key/jv-proposal/start")
        .as(pmu).body(body(formData().put("screeningDecision", "ACCEPT")), "application/json"));
    assertThat(unknownField.status()).as(unknownField.describe()).isEqualTo(400);
    assertThat(unknownField.errorFields()).contains("screeningDecision");
    TestUsers.Credentials jwg = TestUsers.ensure(identityService, "start-jwg", Groups.JWG_SECRETARIAT);
    ApiClient.Response notAllowed = api.send(ApiClient.post("/engine-rest/process-definition/key/jv-proposal/start")
        .as(jwg).body(body(formData()), "application/json"));
    assertThat(notAllowed.status()).as(notAllowed.describe()).isEqualTo(403);
    assertThat(proposals()).isEqualTo(proposals);

    // A plain start through Camunda's REST API stores only what the process keeps, like every other door.
    ApiClient.Response plain = api.send(ApiClient.post("/engine-rest/process-definition/key/jv-proposal/start")
        .as(pmu).body(body(formData()), "application/json"));
    assertThat(plain.status()).as(plain.describe()).isEqualTo(200);
    String plainReference = JSON.readTree(plain.body()).path("businessKey").asText();
    references.add(plainReference);
    assertThat(proposals()).isEqualTo(proposals + 1);
    VariablesAgainstRecord.check(engine, proposalReads, plainReference);
    VariablesAgainstRecord.check(engine, proposalReads, reference);
  }

  private void refused(WebappSession tasklist, ObjectNode data, String field) throws Exception {
    HttpResponse<String> response = tasklist.postJson(SUBMIT, body(data));
    assertThat(response.statusCode()).as(field + ": " + response.body()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    JSON.readTree(response.body()).path("errors").forEach(error -> fields.add(error.path("field").asText()));
    assertThat(fields).as(response.body()).contains(field);
  }

  /** What form-js submits for the start form: every editable field, the optional ones empty. */
  private static ObjectNode formData() {
    ObjectNode data = JSON.createObjectNode();
    data.put("proposalTitle", "Faisalabad-Shaoxing Denim Mills");
    data.put("sector", "textiles");
    data.put("smartSezRequested", false);
    data.put("zoneCode", "AIIC");
    data.put("acresRequested", 12);
    data.put("investmentUsd", 8000000);
    data.put("fdiSharePct", 40);
    data.put("jobsPlanned", 300);
    data.putNull("powerDemandMw");
    data.putNull("waterDemandM3PerDay");
    data.put("sponsorName", "Denim Mills");
    data.put("sponsorEmail", "ops@denim.example.pk");
    data.put("sponsorPhone", "");
    data.put("partner1Name", "Faisalabad Denim (Pvt) Ltd");
    data.put("partner1Country", "PK");
    data.put("partner1RegistrationNo", "SECP 0456789");
    data.put("partner1EquityPct", 60);
    data.put("partner2Name", "Shaoxing Textiles");
    data.put("partner2Country", "CN");
    data.put("partner2RegistrationNo", "USCC 91330600");
    data.put("partner2EquityPct", 40);
    data.put("partner1NameInOwnScript", "");
    data.put("partner1Language", "EN");
    data.put("partner1Email", "ops@denim.example.pk");
    data.put("partner2NameInOwnScript", "绍兴纺织有限公司");
    data.put("partner2Language", "ZH");
    data.put("partner2Email", "trade@shaoxing-textiles.example.cn");
    data.put("partner3Name", "");
    data.putNull("partner3Country");
    data.put("partner3RegistrationNo", "");
    data.putNull("partner3EquityPct");
    data.put("partner3NameInOwnScript", "");
    data.putNull("partner3Language");
    data.put("partner3Email", "");
    return data;
  }

  /** Camunda's variables: each value with the type Tasklist gives it. */
  private static String body(ObjectNode data) {
    ObjectNode variables = JSON.createObjectNode();
    data.fields().forEachRemaining(field -> {
      ObjectNode variable = variables.putObject(field.getKey());
      JsonNode value = field.getValue();
      variable.set("value", value);
      if (value.isTextual()) {
        variable.put("type", "String");
      } else if (value.isBoolean()) {
        variable.put("type", "Boolean");
      } else if (value.isIntegralNumber()) {
        variable.put("type", "Integer");
      } else if (value.isNumber()) {
        variable.put("type", "Double");
      } else {
        variable.put("type", "Null");
      }
    });
    ObjectNode body = JSON.createObjectNode();
    body.set("variables", variables);
    return body.toString();
  }

  private long proposals() {
    return jdbc.sql("SELECT COUNT(*) FROM sez_proposal").query(Long.class).single();
  }
}
