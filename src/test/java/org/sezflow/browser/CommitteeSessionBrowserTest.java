package org.sezflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.sezflow.TestUsers;
import org.sezflow.committee.AgendaItem;
import org.sezflow.committee.Committee;
import org.sezflow.committee.CommitteeSession;
import org.sezflow.committee.CommitteeSessions;
import org.sezflow.committee.SessionFixtures;
import org.sezflow.committee.SessionStatus;
import org.sezflow.identity.Groups;
import org.sezflow.proposal.ProcessDriver;
import org.sezflow.proposal.ProposalReads;
import org.sezflow.system.PakistanTime;
import org.sezflow.variables.ProcessVariables;
import org.sezflow.workflow.ProposalFixturesAccess;
import org.sezflow.zone.PipelineStage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The JCC secretariat in Tasklist, in a real (headless) browser, end to end: a real proposal waits
 * for the JCC (screened, consulted, endorsed by a JWG session); the secretariat schedules the
 * session with Tasklist's start form, reads the agenda on the "Prepare agenda" form and freezes it,
 * then records the JCC's approval on a "Record decision" form that offers the JCC's decisions only
 * (the JWG's are hidden by the form's condition on the session's committee), which closes the
 * session and moves the proposal on to its allotment letter.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CommitteeSessionBrowserTest {

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  IdentityService identityService;

  @Autowired
  CommitteeSessions sessions;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  ProposalReads proposals;

  final List<Long> scheduled = new ArrayList<>();
  ProcessDriver driver;
  String proposal;
  String other;

  @BeforeAll
  static void browserAvailable() {
    BrowserSession.requireBrowser();
  }

  @AfterEach
  void cleanUp() {
    SessionFixtures.end(engine, jdbc, scheduled);
    if (proposal != null) {
      // Withdrawn at whatever step it reached (the allotment letter, when the test passed): frees its land.
      driver.withdrawIfRunning(proposal);
    }
    if (other != null) {
      driver.withdrawIfRunning(other);
    }
  }

  @Test
  void theJccSecretariatSchedulesASessionAndRecordsItsDecisionInTasklist() throws Exception {
    TestUsers.Credentials jcc = TestUsers.ensure(identityService, "browser-jcc", Groups.JCC_SECRETARIAT);
    TestUsers.Credentials pmu = TestUsers.ensure(identityService, "browser-pmu", Groups.BOI_PMU);
    // A real proposal, screened, consulted and endorsed by a JWG session: it waits for the JCC.
    driver = new ProcessDriver(engine, pmu.userId());
    proposal = engine.getRuntimeService()
        .startProcessInstanceByKey(ProcessVariables.PROCESS_KEY, ProposalFixturesAccess.submission("AIIC", 6))
        .getBusinessKey();
    driver.toJcc(proposal);
    // Another one, which the secretariat takes off the agenda in the form.
    other = engine.getRuntimeService()
        .startProcessInstanceByKey(ProcessVariables.PROCESS_KEY, ProposalFixturesAccess.submission("AIIC", 2))
        .getBusinessKey();
    driver.toJcc(other);
    assertThat(sessions.itemsOf(proposal)).as("%s on no JCC agenda yet (no other JCC session left open)", proposal)
        .noneMatch(item -> item.onAgenda() && item.decision() == null
            && sessions.agenda(item.sessionId()).session().committee() == Committee.JCC);
    long lastSession = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM sez_committee_session").query(Long.class).single();
    LocalDate today = PakistanTime.today(Clock.systemUTC());

    try (BrowserSession browser = new BrowserSession("http://localhost:" + port)) {
      browser.logIn("tasklist", jcc.userId(), jcc.password());
      browser.awaitText("My group's tasks");
      // The secretariat schedules the session with Tasklist's start form: the JCC, today, cut-off today.
      browser.clickText("a", "Start process");
      browser.clickText("ul.processes a", "Committee session");
      browser.await(By.cssSelector(".fjs-form"));
      browser.click(By.cssSelector("input[type='radio'][id$='-Committee-1']"));
      typeDate(browser, "-SessionDate-date", today);
      browser.await(By.cssSelector("input[id$='-Venue']")).sendKeys("Islamabad, BOI committee room");
      typeDate(browser, "-AgendaCutOff-date", today);
      browser.screenshot("jcc-schedule-session");
      browser.click(By.cssSelector("button[ng-click='startProcessInstance()']"));
      browser.until(d -> jdbc.sql("SELECT COUNT(*) FROM sez_committee_session WHERE id > ? AND scheduled_by = ? "
          + "AND process_instance_id IS NOT NULL").param(lastSession).param(jcc.userId()).query(Long.class)
          .single() > 0);
      long id = jdbc.sql("SELECT id FROM sez_committee_session WHERE id > ? AND scheduled_by = ?")
          .param(lastSession).param(jcc.userId()).query(Long.class).single();
      scheduled.add(id);
      CommitteeSession session = sessions.agenda(id).session();
      assertThat(session.committee()).isEqualTo(Committee.JCC);
      assertThat(session.sessionDate()).isEqualTo(today);
      assertThat(session.agendaCutOff()).isEqualTo(today);
      assertThat(session.venue()).isEqualTo("Islamabad, BOI committee room");
      String pi = session.processInstanceId();
      // Scheduling gathered the waiting proposals: ours, the other, and any another test left waiting.
      assertThat(sessions.agenda(id).items()).extracting(AgendaItem::proposalRef).contains(proposal, other);
      Task prepare = engine.getTaskService().createTaskQuery().processInstanceId(pi).singleResult();
      assertThat(prepare.getTaskDefinitionKey()).isEqualTo("PrepareAgenda");

      browser.clickText("a", "My group's tasks");
      browser.click(By.cssSelector("a[href*='task=" + prepare.getId() + "']"));
      browser.clickText("button, a", "Claim");
      browser.until(d -> jcc.userId().equals(engine.getTaskService().createTaskQuery().taskId(prepare.getId())
          .singleResult().getAssignee()));
      // Claimed, and opened again: the agenda as the claim refreshed it.
      browser.driver.navigate().refresh();
      browser.clickText("a", "My group's tasks");
      browser.click(By.cssSelector("a[href*='task=" + prepare.getId() + "']"));
      browser.await(By.cssSelector(".fjs-form"));
      browser.until(d -> d.findElements(By.cssSelector("textarea[id$='-AgendaSummary']")).stream()
          .anyMatch(area -> String.valueOf(area.getAttribute("value")).contains(proposal)));
      browser.screenshot("jcc-prepare-agenda");
      // Every proposal but ours is ticked in "Take these proposals off the agenda", in one go, with a reason.
      List<WebElement> items = browser.driver.findElements(
          By.cssSelector("input[type='checkbox'][id*='-RemoveProposalRefs-']"));
      assertThat(items).as("the items offered to take off").hasSizeGreaterThanOrEqualTo(2);
      for (WebElement item : items) {
        if (!item.findElement(By.xpath("..")).getText().contains(proposal)) {
          browser.click(By.id(item.getAttribute("id")));
        }
      }
      browser.await(By.cssSelector("textarea[id$='-RemoveReason']")).sendKeys("Not decided in this browser test");
      browser.clickText("button", "Complete");
      browser.until(d -> engine.getTaskService().createTaskQuery().processInstanceId(pi).count() == 1
          && !engine.getTaskService().createTaskQuery().processInstanceId(pi).singleResult().getId()
              .equals(prepare.getId()));
      assertThat(sessions.agenda(id).items().stream().filter(AgendaItem::onAgenda).map(AgendaItem::proposalRef))
          .containsExactly(proposal);
      assertThat(sessions.itemsOf(other)).filteredOn(i -> i.sessionId() == id).singleElement()
          .satisfies(i -> assertThat(i.removedReason()).isEqualTo("Not decided in this browser test"));
      Task freeze = engine.getTaskService().createTaskQuery().processInstanceId(pi).singleResult();
      browser.clickText("a", "My group's tasks");
      browser.click(By.cssSelector("a[href*='task=" + freeze.getId() + "']"));
      browser.clickText("button, a", "Claim");
      browser.await(By.cssSelector(".fjs-form"));
      browser.click(By.cssSelector("input[type='checkbox'][id$='-FreezeAgenda']"));
      browser.clickText("button", "Complete");
      browser.until(d -> engine.getRuntimeService().getActiveActivityIds(pi).contains("RecordDecision"));

      List<Task> toDecide = engine.getTaskService().createTaskQuery().processInstanceId(pi).list();
      assertThat(toDecide).as("one item on the frozen agenda: %s", proposal).hasSize(1);
      Task decision = toDecide.get(0);
      browser.clickText("a", "My group's tasks");
      browser.click(By.cssSelector("a[href*='task=" + decision.getId() + "']"));
      browser.clickText("button, a", "Claim");
      browser.await(By.cssSelector("input[type='radio'][id$='-JccItemDecision-0']"));
      browser.until(d -> d.findElements(By.cssSelector("input[id$='-ProposalRef']")).stream()
          .anyMatch(input -> proposal.equals(input.getAttribute("value"))));
      assertThat(browser.driver.findElements(By.cssSelector("input[type='radio'][id*='-JwgItemDecision-']")))
          .as("the JWG's decisions are hidden on a JCC session's task").isEmpty();
      browser.screenshot("jcc-record-decision");
      browser.click(By.cssSelector("input[type='radio'][id$='-JccItemDecision-0']"));
      browser.await(By.cssSelector("input[id$='-MinutesRef']")).sendKeys("JCC minutes, item 1");
      browser.clickText("button", "Complete");
      browser.until(d -> engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi)
          .count() == 0);
      // The close hands the decision to the proposal: the SEZ authority issues the allotment letter next.
      browser.until(d -> allotmentLetterTasks() == 1);
      browser.screenshot("jcc-session-closed");

      CommitteeSessions.Agenda agenda = sessions.agenda(id);
      assertThat(agenda.session().scheduledBy()).isEqualTo(jcc.userId());
      assertThat(agenda.session().status()).isEqualTo(SessionStatus.CLOSED);
      List<AgendaItem> decided = agenda.items().stream().filter(AgendaItem::onAgenda).toList();
      assertThat(decided).hasSize(1);
      AgendaItem item = decided.get(0);
      assertThat(item.proposalRef()).isEqualTo(proposal);
      assertThat(item.decision()).isEqualTo("APPROVE");
      assertThat(item.minutesRef()).isEqualTo("JCC minutes, item 1");
      assertThat(item.decidedBy()).isEqualTo(jcc.userId());
    }
    assertThat(allotmentLetterTasks()).isEqualTo(1);
    assertThat(proposals.get(proposal).stage()).isEqualTo(PipelineStage.ALLOCATION);
  }

  private long allotmentLetterTasks() {
    return engine.getTaskService().createTaskQuery().processDefinitionKey(ProcessVariables.PROCESS_KEY)
        .processInstanceBusinessKey(proposal).taskDefinitionKey("IssueAllotmentLetter").count();
  }

  /**
   * Types a date into a form-js date field (a flatpickr input that accepts typing) in the format its
   * placeholder shows (mm/dd/yyyy in Chromium's en-US), and leaves the field with Tab, which commits it.
   */
  private static void typeDate(BrowserSession browser, String idSuffix, LocalDate date) {
    WebElement input = browser.await(By.cssSelector("input[id$='" + idSuffix + "']"));
    String placeholder = String.valueOf(input.getAttribute("placeholder")).toLowerCase(Locale.ROOT);
    String pattern = Pattern.compile("m+").matcher(placeholder).replaceAll(m -> m.group().toUpperCase(Locale.ROOT));
    input.click();
    input.sendKeys(DateTimeFormatter.ofPattern(pattern, Locale.ROOT).format(date), Keys.TAB);
  }
}
