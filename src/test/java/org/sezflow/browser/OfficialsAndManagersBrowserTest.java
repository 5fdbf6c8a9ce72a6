package org.sezflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.sezflow.TestUsers;
import org.sezflow.workflow.ProcessVariables;
import org.sezflow.workflow.ProposalFixturesAccess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Officials in Tasklist and managers in Cockpit, in a real (headless) browser against the
 * running application. Screenshots of each step go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OfficialsAndManagersBrowserTest {

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identityService;

  @Autowired
  RuntimeService runtime;

  @Autowired
  TaskService tasks;

  @BeforeAll
  static void browserAvailable() {
    BrowserSession.requireBrowser();
  }

  String base() {
    return "http://localhost:" + port;
  }

  ProcessInstance newProposal() {
    return runtime.startProcessInstanceByKey(ProcessVariables.PROCESS_KEY, ProposalFixturesAccess.textilesJv());
  }

  @Test
  void aPmuOfficialScreensAProposalInTasklist() throws Exception {
    ProcessInstance pi = newProposal();
    Task screening = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    TestUsers.Credentials pmu = TestUsers.ensure(identityService, "browser-pmu", "boi-pmu");

    try (BrowserSession browser = new BrowserSession(base())) {
      browser.logIn("tasklist", pmu.userId(), pmu.password());
      browser.awaitText("My group's tasks");
      browser.screenshot("pmu-logged-into-tasklist");

      browser.clickText("a", "My group's tasks");
      browser.await(By.cssSelector("a[href*='task=" + screening.getId() + "']"));
      browser.until(d -> browser.pageText().contains(pi.getBusinessKey()));
      browser.screenshot("pmu-my-groups-tasks");
      browser.click(By.cssSelector("a[href*='task=" + screening.getId() + "']"));

      browser.clickText("button, a", "Claim");
      browser.await(By.cssSelector(".fjs-form"));
      browser.until(d -> !d.findElements(By.cssSelector("textarea[id$='-ScreeningReason']")).isEmpty());
      browser.screenshot("pmu-screening-form");

      browser.click(By.cssSelector("input[type='radio'][id$='-ScreeningDecision-0']"));
      browser.await(By.cssSelector("textarea[id$='-ScreeningReason']"))
          .sendKeys("Meets the zone's sector, investment and equity rules");
      browser.screenshot("pmu-screening-form-filled");
      browser.clickText("button", "Complete");

      browser.until(d -> runtime.getActiveActivityIds(pi.getId()).contains("PrepareMou"));
      browser.screenshot("pmu-screening-completed");
    }
    assertThat(runtime.getActiveActivityIds(pi.getId())).containsExactly("PrepareMou");
    assertThat(runtime.getVariable(pi.getId(), ProcessVariables.SCREENING_DECISION)).isEqualTo("ACCEPT");
    withdraw(pi);
  }

  @Test
  void aJwgOfficialSeesNeitherNorCompletesThePmusTasks() throws Exception {
    ProcessInstance pi = newProposal();
    Task screening = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    TestUsers.Credentials jwg = TestUsers.ensure(identityService, "browser-jwg", "jwg-secretariat");

    try (BrowserSession browser = new BrowserSession(base())) {
      browser.logIn("tasklist", jwg.userId(), jwg.password());
      browser.awaitText("My group's tasks");
      browser.clickText("a", "My group's tasks");
      browser.until(d -> d.getCurrentUrl().contains("filter="));
      Thread.sleep(1500); // let the list render before asserting absence
      browser.screenshot("jwg-my-groups-tasks");
      assertThat(browser.driver.findElements(By.cssSelector("a[href*='task=" + screening.getId() + "']"))).isEmpty();
      assertThat(browser.pageText()).doesNotContain(pi.getBusinessKey());
    }

    HttpResponse<String> complete = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(base() + "/engine-rest/task/" + screening.getId() + "/complete"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            (jwg.userId() + ":" + jwg.password()).getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"variables\": {}}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(complete.statusCode()).isEqualTo(403);
    assertThat(runtime.getActiveActivityIds(pi.getId())).containsExactly("ScreenProposal");
    withdraw(pi);
  }

  @Test
  void aManagerWatchesInCockpitButIsRefusedAdmin() throws Exception {
    ProcessInstance pi = newProposal();
    TestUsers.Credentials manager = TestUsers.ensure(identityService, "browser-manager", "sez-managers");
    String definitionId = pi.getProcessDefinitionId();

    try (BrowserSession browser = new BrowserSession(base())) {
      browser.logIn("cockpit", manager.userId(), manager.password());
      browser.awaitText("Running Process Instances");
      browser.screenshot("manager-cockpit-dashboard");
      browser.open("/camunda/app/cockpit/default/#/processes");
      browser.awaitText("JV proposal");
      browser.screenshot("manager-cockpit-processes");

      browser.open("/camunda/app/cockpit/default/#/process-definition/" + definitionId + "/runtime");
      // The instance list leads with the proposal's reference, not the instance id; nothing to change.
      browser.await(By.cssSelector("td.instance-id[data-sez]"));
      browser.awaitText(pi.getBusinessKey());
      browser.screenshot("manager-cockpit-jv-proposal-instances");
      assertThat(browser.text("td.instance-id")).doesNotContain(pi.getId());
      browser.open("/camunda/app/cockpit/default/#/process-instance/" + pi.getId() + "/runtime");
      browser.await(By.cssSelector(".ctn-toolbar"));
      browser.until(d -> ((org.openqa.selenium.JavascriptExecutor) d)
          .executeScript("return document.documentElement.classList.contains('sez-logged-in');").equals(true));
      assertThat(browser.driver.findElements(By.cssSelector(".ctn-toolbar .btn-toolbar")).stream()
          .filter(org.openqa.selenium.WebElement::isDisplayed).toList()).as("cancel, suspend, retry for a manager")
          .isEmpty();
      browser.screenshot("manager-cockpit-instance-without-controls");

      // Logged in for Cockpit, the manager opens Admin: Camunda's web app filter refuses it.
      browser.open("/camunda/app/admin/default/");
      browser.awaitText("Access refused (403)");
      browser.screenshot("manager-admin-refused");
      assertThat(browser.pageText()).contains("Managers watch proposals and metrics in Cockpit");
      assertThat(browser.driver.findElements(By.cssSelector("a[href*='#/users']"))).isEmpty();
    }
    withdraw(pi);
  }

  void withdraw(ProcessInstance pi) {
    runtime.createMessageCorrelation(ProcessVariables.MESSAGE_PROPOSAL_WITHDRAWN)
        .processInstanceBusinessKey(pi.getBusinessKey()).correlate();
  }
}
