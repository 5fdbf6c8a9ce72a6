package org.sezflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.sezflow.TestUsers;
import org.sezflow.WebappSession;
import org.sezflow.enterprise.EnterpriseEvaluation;
import org.sezflow.identity.Groups;
import org.sezflow.variables.ProcessVariables;
import org.sezflow.workflow.ProposalFixturesAccess;
import org.sezflow.zone.ZoneRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A manager in Cockpit, in a real (headless) browser: the SEZ overview is the first thing on the
 * dashboard, with all nine zones and figures equal to the zones' records and to Tasklist's
 * "Overdue" filter, and the zone enterprises' evaluation; the jv-proposal diagram carries the activity figures; a proposal's instance
 * page has its record. SEZ Flow's name is in the header and the Camunda 8 banner is gone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CockpitOverviewBrowserTest {

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identityService;

  @Autowired
  RuntimeService runtime;

  @Autowired
  TaskService tasks;

  @Autowired
  FilterService filters;

  @Autowired
  ZoneRegistry zones;

  @Autowired
  EnterpriseEvaluation evaluation;

  @BeforeAll
  static void browserAvailable() {
    BrowserSession.requireBrowser();
  }

  @Test
  void aManagerSeesTheSezOverviewTheDiagramFiguresAndAProposalsRecordInCockpit() throws Exception {
    ProcessInstance pi = runtime.startProcessInstanceByKey(ProcessVariables.PROCESS_KEY,
        ProposalFixturesAccess.textilesJv());
    Task screening = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    tasks.setDueDate(screening.getId(), new Date(System.currentTimeMillis() - 3 * 86_400_000L));
    TestUsers.Credentials manager = TestUsers.ensure(identityService, "browser-cockpit-manager", Groups.SEZ_MANAGERS);
    TestUsers.Credentials pmu = TestUsers.ensure(identityService, "browser-cockpit-pmu", Groups.BOI_PMU);
    long overdueForPmu = tasks.createTaskQuery().taskCandidateGroup(Groups.BOI_PMU).includeAssignedTasks()
        .dueBefore(new Date()).count();
    // What Tasklist's Overdue filter shows a PMU official.
    String overdueFilter = filters.createFilterQuery().filterName("Overdue").singleResult().getId();
    identityService.setAuthentication(pmu.userId(), List.of(Groups.BOI_PMU));
    long filterCount;
    try {
      filterCount = filters.count(overdueFilter);
    } finally {
      identityService.clearAuthentication();
    }
    assertThat(filterCount).isEqualTo(overdueForPmu);

    try (BrowserSession browser = new BrowserSession("http://localhost:" + port)) {
      browser.logIn("cockpit", manager.userId(), manager.password());
      browser.await(By.id("sez-overview"));
      browser.until(d -> d.findElements(By.cssSelector("#sez-overview tr[data-zone]")).size() == 9);
      browser.screenshot("manager-sez-overview");

      // The overview comes before Cockpit's own dashboard sections; SEZ Flow's name, no banner.
      WebElement first = browser.driver.findElements(By.cssSelector("section")).get(0);
      assertThat(first.findElements(By.id("sez-overview"))).hasSize(1);
      assertThat(browser.pageText()).contains("SEZ Flow").doesNotContain("It is time to migrate");

      // Figures equal the zone records and the filter.
      Map<String, BigDecimal> free = new HashMap<>();
      zones.list().forEach(z -> free.put(z.zone().code(), z.zone().land().freeAcres()));
      for (WebElement row : browser.driver.findElements(By.cssSelector("#sez-overview tr[data-zone]"))) {
        String code = row.getDomAttribute("data-zone");
        BigDecimal shown =
            new BigDecimal(row.findElement(By.cssSelector("td[data-free]")).getDomAttribute("data-free"));
        assertThat(shown).as("free acres of %s", code).isEqualByComparingTo(free.get(code));
      }
      String overdue =
          browser.driver.findElement(By.cssSelector("#sez-overview tr[data-group='boi-pmu'] td[data-overdue]"))
              .getDomAttribute("data-overdue");
      assertThat(Long.parseLong(overdue)).isEqualTo(filterCount);
      assertThat(browser.pageText()).contains(pi.getBusinessKey());

      // The zone enterprises' evaluation, per zone as the evaluation counts them.
      EnterpriseEvaluation.Evaluation evaluated = evaluation.evaluate();
      browser.await(By.id("sez-enterprises"));
      assertThat(browser.driver.findElements(By.cssSelector("table[data-sez='enterprises-by-zone'] tbody tr")))
          .hasSize(evaluated.byZone().size());
      WebElement total = browser.driver.findElement(By.cssSelector(
          "table[data-sez='enterprises-total'] tbody tr td[data-standing='ON_TRACK']"));
      assertThat(Long.parseLong(total.getText()))
          .isEqualTo(evaluated.total().standing().get(EnterpriseEvaluation.Standing.ON_TRACK));

      // The diagram of jv-proposal with each activity's figures.
      browser.open("/camunda/app/cockpit/default/#/process-definition/" + pi.getProcessDefinitionId() + "/runtime");
      browser
          .until(d -> !d.findElements(By.cssSelector(".sez-activity-badge[data-activity='ScreenProposal']")).isEmpty());
      browser.screenshot("manager-jv-proposal-activity-figures");
      // (textContent: the zoomed-out diagram may draw the badge too small for Selenium to call it visible)
      assertThat(browser.driver.findElement(By.cssSelector(".sez-activity-badge[data-activity='ScreenProposal']"))
          .getDomProperty("textContent")).contains("now", "passed");

      // A proposal's record on its instance page.
      browser.open(
          "/camunda/app/cockpit/default/#/process-instance/" + pi.getId() + "/runtime?tab=sez-flow-proposal-record");
      browser.clickText("a", "Proposal");
      browser.await(By.id("sez-proposal"));
      browser.until(d -> browser.pageText().contains("Decisions"));
      browser.screenshot("manager-proposal-record");
      // Labels, not codes: the step "Submission", the status "In progress".
      assertThat(browser.pageText()).contains(pi.getBusinessKey(), "Submission", "Changes to the zone record",
          "In progress: PMU screening", "with the government, 0 days with the sponsor (now with the government)")
          .doesNotContain("SUBMISSION", "IN_PROGRESS", "PIPELINE_CHANGED");
    }

    // An official's session is refused the figures.
    WebappSession official = WebappSession.logIn(port, pmu, "tasklist");
    assertThat(official.get("/api/v1/overview").statusCode()).isEqualTo(403);
    runtime.createMessageCorrelation(ProcessVariables.MESSAGE_PROPOSAL_WITHDRAWN)
        .processInstanceBusinessKey(pi.getBusinessKey()).correlate();
  }
}
