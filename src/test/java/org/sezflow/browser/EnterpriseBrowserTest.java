package org.sezflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.sezflow.TestUsers;
import org.sezflow.committee.Committee;
import org.sezflow.committee.SessionDriver;
import org.sezflow.enterprise.EnterpriseEvents;
import org.sezflow.enterprise.EnterpriseRequests;
import org.sezflow.enterprise.EnterpriseStatus;
import org.sezflow.enterprise.ProgressReport.ReportStatus;
import org.sezflow.enterprise.ZoneEnterprises;
import org.sezflow.identity.Groups;
import org.sezflow.proposal.ProcessDriver;
import org.sezflow.system.PakistanTime;
import org.sezflow.variables.EnterpriseVariables;
import org.sezflow.variables.ProcessVariables;
import org.sezflow.workflow.ProposalFixturesAccess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two officials of the SEZ authority in Tasklist, in a real (headless) browser: one reviews a zone
 * enterprise's quarterly report on a form that shows the enterprise's record as it is, and accepts
 * it; after the enterprise defaulted and one official proposed its cancellation, the other confirms
 * it, and the plot goes back to the zone. The allotment letter is dated in an earlier quarter, so
 * that its report is due and its sub-lease deadline passed on today's clock.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EnterpriseBrowserTest {

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  IdentityService identityService;

  @Autowired
  ZoneEnterprises enterprises;

  @Autowired
  EnterpriseEvents events;

  @Autowired
  JdbcClient jdbc;

  String reference;

  @BeforeAll
  static void browserAvailable() {
    BrowserSession.requireBrowser();
  }

  @AfterEach
  void cleanUp() {
    if (reference != null) {
      engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(EnterpriseVariables.PROCESS_KEY)
          .processInstanceBusinessKey(reference).list()
          .forEach(pi -> engine.getRuntimeService().deleteProcessInstance(pi.getId(), "Clean-up after the test"));
    }
  }

  @Test
  void theSezAuthorityAcceptsAReportAndASecondOfficialConfirmsACancellationInTasklist() throws Exception {
    TestUsers.Credentials pmu = TestUsers.ensure(identityService, "browser-ent-pmu", Groups.BOI_PMU);
    TestUsers.Credentials first = TestUsers.ensure(identityService, "browser-ent-officer", Groups.SEZ_AUTHORITY);
    TestUsers.Credentials second = TestUsers.ensure(identityService, "browser-ent-officer-2", Groups.SEZ_AUTHORITY);
    ProcessDriver driver = new ProcessDriver(engine, pmu.userId());
    reference = engine.getRuntimeService()
        .startProcessInstanceByKey(ProcessVariables.PROCESS_KEY, ProposalFixturesAccess.submission("BSEZ", 4))
        .getBusinessKey();
    driver.toJcc(reference);
    new SessionDriver(engine).decide(Committee.JCC, reference, "APPROVE");
    LocalDate today = PakistanTime.today(Clock.systemUTC());
    LocalDate letter = today.minusDays(100);
    Task letterTask = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference)
        .taskDefinitionKey("IssueAllotmentLetter").singleResult();
    engine.getTaskService().complete(letterTask.getId(), Map.of(ProcessVariables.ALLOTMENT_LETTER_NO,
        "BSEZ/ALT/" + reference, ProcessVariables.ALLOTMENT_LETTER_DATE, letter.toString()));
    String period = enterprises.file(reference).reports().get(0).period();
    events.send(reference, new EnterpriseRequests.ProgressReportBody(period, new BigDecimal("1250000"), 40, 3,
        BigDecimal.ZERO, new BigDecimal("15")), "browser-portal", null, "browser-report");

    // The first official reviews the report: the form shows the figures from the record; accepted.
    Task review = task("ReviewProgressReport");
    try (BrowserSession browser = new BrowserSession("http://localhost:" + port)) {
      browser.logIn("tasklist", first.userId(), first.password());
      browser.clickText("a", "My group's tasks");
      browser.click(By.cssSelector("a[href*='task=" + review.getId() + "']"));
      browser.clickText("button, a", "Claim");
      browser.await(By.cssSelector(".fjs-form"));
      browser.until(d -> d.findElements(By.cssSelector("textarea[id$='-EnterpriseFile']")).stream()
          .anyMatch(area -> String.valueOf(area.getAttribute("value")).contains("investment USD 1250000")));
      browser.screenshot("sez-authority-review-report");
      browser.click(By.cssSelector("input[type='radio'][id$='-ReportReview-0']"));
      browser.clickText("button", "Complete");
      browser.until(d -> enterprises.file(reference).reports().get(0).status() == ReportStatus.ACCEPTED);
    }
    assertThat(enterprises.file(reference).reports().get(0).reviewedBy()).isEqualTo(first.userId());

    // The sub-lease deadline passed: default, the enterprise answers, the first official proposes cancellation.
    String instance = enterprises.get(reference).processInstanceId();
    engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
        .processInstanceId(instance).activityId("MilestoneDeadlinePassed").singleResult().getId());
    events.send(reference, new EnterpriseRequests.ShowCauseAnswer("No excuse"), "browser-portal", null, "answer");
    identityService.setAuthentication(first.userId(), List.of(Groups.SEZ_AUTHORITY));
    try {
      engine.getFormService().submitTaskForm(task("DecideOnDefault").getId(), Map.of("defaultDecision",
          "PROPOSE_CANCELLATION", "defaultDecisionReason", "No sub-lease four months after the letter"));
    } finally {
      identityService.clearAuthentication();
    }
    BigDecimal allocatedBefore = allocated();

    // The second official confirms it in Tasklist; the form shows who proposed it and why.
    Task confirm = task("ConfirmCancellation");
    try (BrowserSession browser = new BrowserSession("http://localhost:" + port)) {
      browser.logIn("tasklist", second.userId(), second.password());
      browser.clickText("a", "My group's tasks");
      browser.click(By.cssSelector("a[href*='task=" + confirm.getId() + "']"));
      browser.clickText("button, a", "Claim");
      browser.await(By.cssSelector(".fjs-form"));
      browser.until(d -> d.findElements(By.cssSelector("textarea[id$='-EnterpriseFile']")).stream()
          .anyMatch(area -> String.valueOf(area.getAttribute("value")).contains("PROPOSE_CANCELLATION by "
              + first.userId())));
      browser.click(By.cssSelector("input[type='radio'][id$='-CancellationDecision-0']"));
      browser.await(By.cssSelector("textarea[id$='-CancellationDecisionReason']")).sendKeys("Confirmed on the record");
      browser.screenshot("sez-authority-confirm-cancellation");
      browser.clickText("button", "Complete");
      browser.until(d -> enterprises.get(reference).status() == EnterpriseStatus.CANCELLED);
    }
    assertThat(allocated()).isEqualByComparingTo(allocatedBefore.subtract(BigDecimal.valueOf(4)));
    assertThat(enterprises.file(reference).notices().get(0).confirmedBy()).isEqualTo(second.userId());
  }

  private Task task(String key) {
    return engine.getTaskService().createTaskQuery().processDefinitionKey(EnterpriseVariables.PROCESS_KEY)
        .processInstanceBusinessKey(reference).taskDefinitionKey(key).singleResult();
  }

  private BigDecimal allocated() {
    return jdbc.sql("SELECT allocated_acres FROM sez_zone WHERE code = 'BSEZ'").query(BigDecimal.class).single();
  }
}
