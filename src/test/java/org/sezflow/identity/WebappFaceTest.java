package org.sezflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sezflow.TestUsers;
import org.sezflow.WebappSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * SEZ Flow's face over HTTP: the landing page and its data, the names and labels the pages read,
 * the favicon, the web apps' configuration, and the login API's answers that Camunda gives in its
 * own way (who is logged in without a session; an account that does not open the app).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebappFaceTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identityService;

  TestUsers.Credentials pmu;
  TestUsers.Credentials manager;
  TestUsers.Credentials portal;

  @BeforeEach
  void users() {
    pmu = TestUsers.ensure(identityService, "face-pmu", Groups.BOI_PMU);
    manager = TestUsers.ensure(identityService, "face-manager", Groups.SEZ_MANAGERS);
    portal = TestUsers.ensure(identityService, "face-portal", Groups.EXTERNAL_SYSTEMS);
    User named = identityService.createUserQuery().userId(pmu.userId()).singleResult();
    named.setFirstName("Ayesha");
    named.setLastName("Khan");
    identityService.saveUser(named);
  }

  HttpResponse<byte[]> get(String path, TestUsers.Credentials as) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (as != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
          (as.userId() + ":" + as.password()).getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  JsonNode json(HttpResponse<byte[]> response) throws Exception {
    return JSON.readTree(response.body());
  }

  @Test
  void theRootIsSezFlowsLandingPageNotCamundasWelcome() throws Exception {
    HttpResponse<byte[]> root = get("/", null);
    assertThat(root.statusCode()).isEqualTo(200);
    String page = new String(root.body(), StandardCharsets.UTF_8);
    assertThat(page).contains("<title>SEZ Flow</title>", "sez-flow/landing.js").doesNotContain("Camunda");
    assertThat(get("/sez-flow/landing.js", null).statusCode()).isEqualTo(200);
    assertThat(get("/sez-flow/words.js", null).statusCode()).isEqualTo(200);
  }

  @Test
  void everyPageHasSezFlowsFavicon() throws Exception {
    HttpResponse<byte[]> icon = get("/favicon.ico", null);
    assertThat(icon.statusCode()).isEqualTo(200);
    // The web apps link $APP_ROOT/favicon.ico: the same icon, not Camunda's.
    HttpResponse<byte[]> webappIcon = get("/camunda/favicon.ico", null);
    assertThat(webappIcon.statusCode()).isEqualTo(200);
    assertThat(webappIcon.body()).isEqualTo(icon.body());
  }

  @Test
  void everyWebAppCarriesSezFlowsNameAndNoCamundaWelcomeMessage() throws Exception {
    for (String app : new String[] {"cockpit", "tasklist", "admin", "welcome"}) {
      String config =
          new String(get("/camunda/app/" + app + "/scripts/config.js", null).body(), StandardCharsets.UTF_8);
      assertThat(config).as(app).contains("import {sezFlowConfig} from '../../../../sez-flow/webapp-config.js';",
          "export default sezFlowConfig(");
      String styles = new String(get("/camunda/app/" + app + "/styles/user-styles.css", null).body(),
          StandardCharsets.UTF_8);
      assertThat(styles).as(app).contains("sez-flow/webapp.css");
    }
    String configuration = new String(get("/sez-flow/webapp-config.js", null).body(), StandardCharsets.UTF_8);
    assertThat(configuration).contains("vendor: 'SEZ Flow'", "disableWelcomeMessage: true",
        "normal: 'DD/MM/YYYY HH:mm'", "'../../../sez-flow/webapp'");
    String shared = new String(get("/sez-flow/webapp.css", null).body(), StandardCharsets.UTF_8);
    assertThat(shared).contains(".ce-eol-banner", ".login-logo svg");
  }

  @Test
  void nobodyLoggedInIsAnEmptyAnswerNotAnError() throws Exception {
    assertThat(get("/camunda/api/admin/auth/user/default", null).statusCode()).isEqualTo(204);
    WebappSession session = WebappSession.logIn(port, manager, "cockpit");
    assertThat(session.loggedIn()).isTrue();
    HttpResponse<String> who = session.get("/camunda/api/admin/auth/user/default");
    assertThat(who.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(who.body()).get("userId").asText()).isEqualTo(manager.userId());
  }

  @Test
  void withoutAPasswordPolicyTheProfilePageReadsNoRulesInsteadOfAnError() throws Exception {
    WebappSession session = WebappSession.logIn(port, pmu, "tasklist");
    HttpResponse<String> policy = session.get("/camunda/api/engine/engine/default/identity/password-policy");
    assertThat(policy.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(policy.body()).get("rules")).isEmpty();
    HttpResponse<String> check = session.postJson("/camunda/api/engine/engine/default/identity/password-policy",
        "{\"password\": \"anything\"}");
    assertThat(JSON.readTree(check.body()).get("valid").asBoolean()).isTrue();
    // The engine's REST API answers as Camunda does.
    assertThat(get("/engine-rest/identity/password-policy", pmu).statusCode()).isEqualTo(404);
  }

  @Test
  void anOfficialLoggingIntoCockpitIsToldToUseTasklist() throws Exception {
    WebappSession session = WebappSession.logIn(port, pmu, "cockpit");
    assertThat(session.loggedIn()).isFalse();
    assertThat(session.loginResponse().statusCode()).isEqualTo(401);
    assertThat(JSON.readTree(session.loginResponse().body()).get("message").asText())
        .contains("does not open Cockpit", "Log in to Tasklist");
    // Nor does the refused login leave a session behind.
    assertThat(session.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(204);

    // The right app logs in as always.
    assertThat(WebappSession.logIn(port, pmu, "tasklist").loggedIn()).isTrue();
  }

  @Test
  void aWrongPasswordLearnsNothingAboutTheAccount() throws Exception {
    WebappSession session = WebappSession.logIn(port, new TestUsers.Credentials(pmu.userId(), "not-the-password"),
        "cockpit");
    assertThat(session.loginResponse().statusCode()).isEqualTo(401);
    assertThat(session.loginResponse().body()).doesNotContain("Tasklist").doesNotContain("does not open");
    WebappSession nobody = WebappSession.logIn(port, new TestUsers.Credentials("no-such-user", "x"), "cockpit");
    assertThat(nobody.loginResponse().statusCode()).isEqualTo(401);
    assertThat(nobody.loginResponse().body()).doesNotContain("does not open");
  }

  @Test
  void theLandingPageReadsTheUsersAppsAndOpenTasks() throws Exception {
    JsonNode me = json(get("/api/v1/me", pmu));
    assertThat(me.get("userId").asText()).isEqualTo(pmu.userId());
    assertThat(me.get("name").asText()).isEqualTo("Ayesha Khan");
    assertThat(me.get("groups").findValuesAsText("name")).containsExactly("BOI CPEC Project Management Unit");
    assertThat(me.get("apps").findValuesAsText("id")).containsExactly("tasklist");
    assertThat(me.get("tasks").has("forMyGroups")).isTrue();

    assertThat(json(get("/api/v1/me", manager)).get("apps").findValuesAsText("id")).containsExactly("cockpit");
    assertThat(json(get("/api/v1/me", portal)).get("apps")).isEmpty();
    assertThat(get("/api/v1/me", null).statusCode()).isEqualTo(401);
  }

  @Test
  void pagesReadNamesForUserIdsButExternalSystemsDoNot() throws Exception {
    JsonNode people = json(get("/api/v1/people?id=" + pmu.userId() + "&id=sez-flow&id=nobody-here", manager));
    assertThat(people.get(pmu.userId()).get("name").asText()).isEqualTo("Ayesha Khan");
    assertThat(people.get(pmu.userId()).get("group").asText()).isEqualTo("BOI CPEC Project Management Unit");
    assertThat(people.get("sez-flow").get("name").asText()).isEqualTo("SEZ Flow");
    assertThat(people.get("nobody-here").get("name").asText()).isEqualTo("nobody-here");

    assertThat(get("/api/v1/people?id=" + pmu.userId(), portal).statusCode()).isEqualTo(403);

    StringBuilder tooMany = new StringBuilder("/api/v1/people?id=u0");
    for (int i = 1; i <= 100; i++) {
      tooMany.append("&id=u").append(i);
    }
    HttpResponse<byte[]> refused = get(tooMany.toString(), manager);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains("must name from 1 to 100 users");
  }

  @Test
  void labelsAndFormRulesAreReadByEveryApiUser() throws Exception {
    JsonNode labels = json(get("/api/v1/labels", portal));
    assertThat(labels.get("stage").get("SCREENING").asText()).isEqualTo("PMU screening");
    assertThat(labels.get("group").get("boi-pmu").asText()).isEqualTo("BOI CPEC Project Management Unit");
    assertThat(get("/api/v1/labels", null).statusCode()).isEqualTo(401);

    JsonNode rules = json(get("/api/v1/form-rules", pmu));
    assertThat(rules.get("MouSignedOn").get("notAfter").asText()).isEqualTo("today");
    assertThat(rules.get("ReachedOn").get("notAfter").asText()).isEqualTo("today");
    assertThat(rules.get("AcresRequested").get("acresInZone").asText()).isEqualTo("ZoneCode");
  }
}
