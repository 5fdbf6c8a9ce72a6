package org.sezflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.sezflow.TestUsers;
import org.sezflow.committee.Committee;
import org.sezflow.committee.SessionDriver;
import org.sezflow.committee.SessionFixtures;
import org.sezflow.identity.Groups;
import org.sezflow.proposal.ProcessDriver;
import org.sezflow.variables.ProcessVariables;
import org.sezflow.workflow.ProposalFixturesAccess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each role's pages as a new user sees them, with proposals at every stage: the landing page, the
 * login pages, Tasklist for the PMU and a secretariat, Cockpit for a manager (the SEZ overview, the
 * ended proposals and an ended proposal's history, a running proposal's record). Every page fails
 * the test on an error in the browser's console or a failed request, and SEZ Flow's pages and
 * plugins fail it where they show a raw stage, status, event or group code or an instance id where
 * a reference belongs, or where axe-core finds a serious or critical accessibility violation.
 * Screenshots of each page land in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // the proposals at every stage are made once, for all walks
class ProductPagesBrowserTest {

  /** Codes as the API writes them: IN_PROGRESS, PIPELINE_CHANGED, ZONE_ENTERPRISE, MINISTRY_CONSULTATION. */
  static final Pattern RAW_CODE = Pattern.compile("\\b[A-Z]{2,}(_[A-Z]{2,})+\\b");
  static final Pattern GROUP_ID = Pattern.compile(
      "\\b(boi-pmu|jwg-secretariat|jcc-secretariat|sez-authority|sez-managers|external-systems|camunda-admin)\\b");
  static final Pattern UUID = Pattern.compile("\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b");

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  IdentityService identityService;

  @Autowired
  JdbcClient jdbc;

  final List<String> proposals = new ArrayList<>();
  final List<Long> sessions = new ArrayList<>();
  ProcessDriver driver;
  TestUsers.Credentials pmu;
  TestUsers.Credentials jcc;
  TestUsers.Credentials manager;

  @BeforeAll
  void usersAndProposalsAtEveryStage() {
    BrowserSession.requireBrowser();
    pmu = named(TestUsers.ensure(identityService, "pages-pmu", Groups.BOI_PMU), "Ayesha", "Khan");
    jcc = named(TestUsers.ensure(identityService, "pages-jcc", Groups.JCC_SECRETARIAT), "Sana", "Malik");
    manager = named(TestUsers.ensure(identityService, "pages-manager", Groups.SEZ_MANAGERS), "Zhang", "Wei");
    driver = new ProcessDriver(engine, pmu.userId());
    String screening = propose("BSEZ");
    String mou = propose("AIIC");
    driver.toMou(mou);
    String signing = propose("AIIC");
    driver.toMouSigning(signing);
    String allotted = propose("AIIC");
    driver.toZoneEnterprise(allotted);
    String rejected = propose("AIIC");
    driver.screen(rejected, "REJECT");
    String atJcc = propose("AIIC");
    driver.toJcc(atJcc);
    // A JCC session with its agenda frozen: "Record decision" waits for the secretariat.
    sessions.add(new SessionDriver(engine).frozenWith(Committee.JCC, atJcc));
    assertThat(List.of(screening, mou, signing, allotted, rejected, atJcc)).doesNotContainNull();
  }

  @AfterAll
  void cleanUp() {
    if (driver == null) {
      return; // no browser here: nothing was made
    }
    SessionFixtures.end(engine, jdbc, sessions);
    proposals.forEach(driver::withdrawIfRunning);
  }

  @Test
  void beforeLoginTheLandingAndLoginPagesAreSezFlows() throws Exception {
    try (BrowserSession browser = new BrowserSession(base())) {
      browser.open("/");
      browser.awaitText("Log in to Tasklist");
      page(browser, "landing-logged-out", "body");
      assertThat(browser.pageText()).contains("SEZ Flow", "Log in to Cockpit").doesNotContain("Camunda",
          "It is time to migrate");
      for (String app : List.of("tasklist", "cockpit", "admin")) {
        browser.open("/camunda/app/" + app + "/default/");
        browser.await(By.cssSelector("input[ng-model='username']"));
        Thread.sleep(500); // the login page's own requests (who is logged in?) come back
        page(browser, app + "-login", null);
        assertThat(browser.pageText()).doesNotContain("It is time to migrate");
        assertThat(((JavascriptExecutor) browser.driver).executeScript("return getComputedStyle("
            + "document.querySelector('.login-header'), '::after').content;")).isEqualTo("\"SEZ Flow\"");
        assertThat(browser.driver.findElement(By.cssSelector(".login-logo")).getCssValue("background-image"))
            .contains("logo.png");
        assertThat(browser.driver.getTitle()).startsWith("SEZ Flow").doesNotContain("Camunda");
      }
    }
  }

  @Test
  void thePmuWorksInTasklistWithNamesDatesAndOnlyItsOwnControls() throws Exception {
    try (BrowserSession browser = new BrowserSession(base())) {
      browser.logIn("tasklist", pmu.userId(), pmu.password());
      browser.awaitText("My group's tasks");
      page(browser, "pmu-tasklist", null);

      // The landing page knows the official and counts the group's tasks.
      browser.open("/");
      browser.awaitText("Logged in as");
      page(browser, "pmu-landing", "body");
      assertThat(browser.pageText())
          .contains("Ayesha Khan", "BOI CPEC Project Management Unit", "waiting for your group",
              "Open Tasklist")
          .doesNotContain("Open Cockpit");

      // The profile page (Camunda's Welcome app, kept for it): SEZ Flow's links, no error.
      browser.open("/camunda/app/welcome/default/#!/profile");
      browser.awaitText("Change password");
      page(browser, "pmu-profile", null);
      assertThat(browser.pageText()).contains("Your apps and open tasks").doesNotContain("Camunda webapps user",
          "It is time to migrate");

      browser.open("/camunda/app/tasklist/default/");
      browser.clickText("a", "My group's tasks");
      browser.await(By.cssSelector(".tasks-list .variable-value"));
      browser.until(d -> browser.text(".tasks-list").contains("Bostan Special Economic Zone"));
      page(browser, "pmu-group-tasks", ".tasks-list", null);
      // No bare priority, no chevron hiding the zone, no "Create task" for an official.
      assertThat(browser.text(".tasks-list")).doesNotContain("\n50\n").doesNotContain("BSEZ");
      assertThat(browser.driver.findElements(By.cssSelector(".create-task-action")).stream()
          .filter(e -> e.isDisplayed()).toList()).isEmpty();

      // The task: no follow-up date to set, and the form's MoU date picker offers no future date.
      Task signing = engine.getTaskService().createTaskQuery().processDefinitionKey(ProcessVariables.PROCESS_KEY)
          .taskDefinitionKey("RecordMouSigning").taskCandidateGroup(Groups.BOI_PMU).list().stream()
          .filter(t -> proposals.contains(businessKeyOf(t))).findFirst().orElseThrow();
      browser.open("/camunda/app/tasklist/default/#/?task=" + signing.getId());
      browser.clickText("button, a", "Claim");
      browser.until(d -> pmu.userId().equals(engine.getTaskService().createTaskQuery().taskId(signing.getId())
          .singleResult().getAssignee()));
      // Claimed, the task moves to "My tasks": open it there.
      browser.click(By.cssSelector(".tasks-list a[href*='task=" + signing.getId() + "']"));
      browser.awaitPresent("input[id$='-MouSignedOn-date']");
      // (The form renders again once the task is claimed: look for the input each time.)
      browser.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
          "const i = document.querySelector(\"input[id$='-MouSignedOn-date']\");"
              + " return !!(i && i._flatpickr && i._flatpickr.config.maxDate);")));
      Object latest = ((JavascriptExecutor) browser.driver).executeScript(
          "const i = document.querySelector(\"input[id$='-MouSignedOn-date']\");"
              + " return i._flatpickr.config.maxDate.getTime() <= Date.now();");
      assertThat(latest).as("no day after today is offered").isEqualTo(true);
      assertThat(
          browser.driver.findElement(By.cssSelector("input[id$='-MouSignedOn-date']")).getAttribute("placeholder"))
          .isEqualToIgnoringCase("dd/mm/yyyy");
      page(browser, "pmu-record-mou-signing", null);
      assertThat(browser.driver.findElements(By.cssSelector(".task-card .followup-date")).stream()
          .filter(e -> e.isDisplayed()).toList()).isEmpty();

      // The PMU screens a proposal in Tasklist: claim, decide, give the reason, complete.
      String screening = proposals.get(0);
      Task screen = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(screening)
          .taskDefinitionKey("ScreenProposal").singleResult();
      browser.open("/camunda/app/tasklist/default/#/?task=" + screen.getId());
      browser.clickText("button, a", "Claim");
      browser.until(d -> pmu.userId().equals(engine.getTaskService().createTaskQuery().taskId(screen.getId())
          .singleResult().getAssignee()));
      browser.click(By.cssSelector(".tasks-list a[href*='task=" + screen.getId() + "']"));
      browser.click(By.cssSelector("input[type='radio'][id$='-ScreeningDecision-0']"));
      browser.await(By.cssSelector("textarea[id$='-ScreeningReason']"))
          .sendKeys("Meets the zone's sector, investment and equity rules");
      page(browser, "pmu-screening-form", null);
      browser.clickText("button", "Complete");
      browser.until(d -> engine.getRuntimeService().createExecutionQuery().processInstanceBusinessKey(screening)
          .activityId("PrepareMou").count() > 0);
      assertThat(
          engine.getRuntimeService().getVariable(screen.getProcessInstanceId(), ProcessVariables.SCREENING_DECISION))
          .isEqualTo("ACCEPT");

      // The start form speaks to the PMU and shows the chosen zone's land next to the acres.
      browser.open("/camunda/app/tasklist/default/");
      browser.clickText("a", "Start process");
      browser.clickText("ul.processes a", "JV proposal");
      browser.await(By.cssSelector("[id$='-ZoneCode-display']"));
      assertThat(browser.text(".fjs-form")).contains("BOI CPEC PMU: enter the proposal");
      browser.click(By.cssSelector("[id$='-ZoneCode-display']"));
      browser.clickText(".fjs-dropdownlist-item", "Bostan");
      browser.until(d -> browser.text(".fjs-form").contains("Bostan Special Economic Zone: "));
      assertThat(browser.driver.findElement(By.cssSelector("input[id$='-AcresRequested']")).getAttribute("max"))
          .isEqualTo("140");
      page(browser, "pmu-start-form", null);

    }
  }

  @Test
  void theJccSecretariatSeesTheSessionAndDueDateOnItsDecisionCards() throws Exception {
    try (BrowserSession browser = new BrowserSession(base())) {
      browser.logIn("tasklist", jcc.userId(), jcc.password());
      browser.awaitText("My group's tasks");
      browser.clickText("a", "My group's tasks");
      browser.until(d -> browser.text(".tasks-list").contains("Record decision"));
      browser.until(d -> browser.text(".tasks-list").contains("Session:"));
      page(browser, "jcc-record-decision-cards", ".tasks-list", null);
      assertThat(browser.text(".tasks-list")).contains("JCC").containsPattern("Due (in|today|\\d)")
          .doesNotContain("Screen proposal", "Record MoU signing");
    }
    // Nor may the secretariat complete the PMU's task through Camunda's REST API.
    Task pmuTask = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(proposals.get(2))
        .taskDefinitionKey("RecordMouSigning").singleResult();
    java.net.http.HttpResponse<String> refused = java.net.http.HttpClient.newHttpClient().send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + "/engine-rest/task/" + pmuTask.getId()
            + "/complete")).header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                (jcc.userId() + ":" + jcc.password()).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
            .header("Content-Type", "application/json")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"variables\": {}}")).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(engine.getTaskService().createTaskQuery().taskId(pmuTask.getId()).count()).isEqualTo(1);
  }

  @Test
  void aManagerReadsTheOverviewEndedProposalsAndAProposalsHistoryInWords() throws Exception {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(ProcessVariables.PROCESS_KEY).latestVersion().singleResult().getId();
    String rejected = proposals.get(4);
    try (BrowserSession browser = new BrowserSession(base())) {
      browser.logIn("cockpit", manager.userId(), manager.password());
      browser.await(By.id("sez-overview"));
      browser.awaitText("Zone enterprises after allotment");
      page(browser, "manager-overview", "#sez-overview");
      assertThat(browser.text("#sez-overview")).contains("Bostan Special Economic Zone", "PMU screening", "As of ")
          .containsPattern("As of \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2} PKT").doesNotContain("/api/v1", " 1 proposals");

      // The diagram's figures as a table, readable whatever the diagram's zoom.
      browser.open("/camunda/app/cockpit/default/#/process-definition/" + definitionId + "/runtime");
      browser.clickText("a", "Time per step");
      browser.awaitPresent("#sez-steps tbody tr");
      page(browser, "manager-time-per-step", "#sez-steps");
      assertThat(browser.text("#sez-steps")).contains("Screen proposal", "Record MoU signing");

      // Ended proposals link to a page that exists and shows the history.
      browser.open("/camunda/app/cockpit/default/#/process-definition/" + definitionId
          + "/runtime?tab=sez-flow-ended-proposals");
      browser.clickText("a", "Ended proposals");
      browser.await(By.cssSelector("a[data-sez='ended-" + rejected + "']"));
      page(browser, "manager-ended-proposals", "#sez-ended");
      assertThat(browser.text("#sez-ended")).contains("Rejected").doesNotContain("0.0 h");
      browser.click(By.cssSelector("a[data-sez='ended-" + rejected + "']"));
      browser.until(d -> d.getCurrentUrl().contains("#/sez-proposal/" + rejected));
      browser.awaitPresent("#sez-proposal .sez-history");
      page(browser, "manager-ended-proposal-history", "#sez-proposal");
      assertThat(browser.text("#sez-proposal")).contains(rejected, "Rejected", "Ayesha Khan", "Screen proposal",
          "History").doesNotContain(pmu.userId());

      // An allotted proposal's record: the allotment letter is named in full, not cut off.
      String allotted = proposals.get(3);
      browser.open("/camunda/app/cockpit/default/#/sez-proposal/" + allotted);
      browser.awaitPresent("#sez-proposal .sez-zone-events");
      page(browser, "manager-allotted-proposal", "#sez-proposal");
      assertThat(browser.text("#sez-proposal")).contains("allotment letter SEZA/ALT/" + allotted + " of ")
          .doesNotContain("letter of\n");

      // Instance lists lead with the reference; an instance offers a manager nothing to change.
      browser.open("/camunda/app/cockpit/default/#/process-definition/" + definitionId + "/runtime");
      browser.await(By.cssSelector("td.instance-id[data-sez]"));
      browser.until(d -> browser.text("td.instance-id").contains(proposals.get(1)));
      assertThat(browser.text("td.instance-id")).doesNotContainPattern(UUID.pattern());
      page(browser, "manager-jv-proposal-instances", null);
      String running = engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceBusinessKey(proposals.get(1)).singleResult().getId();
      browser.open("/camunda/app/cockpit/default/#/process-instance/" + running + "/runtime");
      browser.awaitPresent(".ctn-toolbar");
      browser.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
          .executeScript("return document.documentElement.classList.contains('sez-logged-in');")));
      // Counted in the page in one go: Cockpit re-renders the toolbar meanwhile (a stale element otherwise).
      Object shownToolbars = ((JavascriptExecutor) browser.driver).executeScript("return [...document"
          + ".querySelectorAll('.ctn-toolbar .btn-toolbar')].filter(e => e.getClientRects().length > 0).length;");
      assertThat(((Number) shownToolbars).intValue()).as("cancel, suspend, retry for a manager").isZero();
      page(browser, "manager-instance-without-controls", null);

      // Logged in for Cockpit, the manager opens Admin: Camunda's web app filter refuses it.
      browser.open("/camunda/app/admin/default/");
      browser.awaitText("Access refused (403)");
      assertThat(browser.pageText()).contains("Managers watch proposals and metrics in Cockpit");
      assertThat(browser.driver.findElements(By.cssSelector("a[href*='#/users']"))).isEmpty();
    }
  }

  /** {@link #page(BrowserSession, String, String, String)} for SEZ Flow's own page or plugin. */
  private void page(BrowserSession browser, String name, String sezCss) throws Exception {
    page(browser, name, sezCss, sezCss);
  }

  /**
   * Screenshot, then the page's checks: no console error or failed request; within {@code wordsCss}
   * (when given) no raw code, no group id, no instance id; within {@code axeCss} (SEZ Flow's own
   * page or plugin: Camunda's own widgets are not ours to change) no serious or critical
   * accessibility violation.
   */
  private void page(BrowserSession browser, String name, String wordsCss, String axeCss) throws Exception {
    browser.screenshot(name);
    assertThat(browser.severeConsoleEntries()).as("console errors and failed requests on %s", name).isEmpty();
    if (wordsCss != null) {
      String text = browser.text(wordsCss);
      assertThat(matches(RAW_CODE, text)).as("raw codes on %s", name).isEmpty();
      assertThat(matches(GROUP_ID, text)).as("group ids on %s", name).isEmpty();
      assertThat(matches(UUID, text)).as("instance ids on %s", name).isEmpty();
    }
    if (axeCss != null) {
      assertThat(browser.accessibilityViolations(axeCss)).as("accessibility of %s", name).isEmpty();
    }
  }

  private static List<String> matches(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  private String propose(String zone) {
    String reference = engine.getRuntimeService().startProcessInstanceByKey(ProcessVariables.PROCESS_KEY,
        ProposalFixturesAccess.submission(zone, 5)).getBusinessKey();
    proposals.add(reference);
    return reference;
  }

  private String businessKeyOf(Task task) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .singleResult().getBusinessKey();
  }

  private TestUsers.Credentials named(TestUsers.Credentials credentials, String first, String last) {
    User user = identityService.createUserQuery().userId(credentials.userId()).singleResult();
    user.setFirstName(first);
    user.setLastName(last);
    identityService.saveUser(user);
    return credentials;
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
