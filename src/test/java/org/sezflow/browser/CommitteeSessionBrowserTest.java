package org.sezflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.sezflow.TestUsers;
import org.sezflow.committee.AgendaItem;
import org.sezflow.committee.Committee;
import org.sezflow.committee.CommitteeSessions;
import org.sezflow.committee.SessionFixtures;
import org.sezflow.committee.SessionStatus;
import org.sezflow.identity.Groups;
import org.sezflow.workflow.ProcessVariables;
import org.sezflow.workflow.ProposalFixturesAccess;
import org.sezflow.workflow.SessionVariables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The JCC secretariat in Tasklist, in a real (headless) browser: the agenda on the "Prepare agenda"
 * form, then a "Record decision" form that offers the JCC's decisions only (the JWG's are hidden by
 * the form's condition on the session's committee), filled and completed, which closes the session.
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

  final List<Long> scheduled = new ArrayList<>();
  String proposal;

  @BeforeAll
  static void browserAvailable() {
    BrowserSession.requireBrowser();
  }

  @AfterEach
  void cleanUp() {
    SessionFixtures.end(engine, jdbc, scheduled);
    if (proposal != null) {
      sessions.withdraw(proposal);
      engine.getRuntimeService().createMessageCorrelation(ProcessVariables.MESSAGE_PROPOSAL_WITHDRAWN)
          .processInstanceBusinessKey(proposal).correlateAll();
    }
  }

  @Test
  void theJccSecretariatReadsTheAgendaAndRecordsTheDecisionInTasklist() throws Exception {
    TestUsers.Credentials jcc = TestUsers.ensure(identityService, "browser-jcc", Groups.JCC_SECRETARIAT);
    // A session scheduled for today, the earliest of the JCC's, and a proposal waiting for it.
    Map<String, Object> start = SessionFixtures.start(Committee.JCC, 0, 0);
    ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(SessionVariables.PROCESS_KEY, start);
    long id = SessionFixtures.sessionOf(engine, pi.getId());
    scheduled.add(id);
    Map<String, Object> submission = new HashMap<>(ProposalFixturesAccess.submission("AIIC", 6));
    proposal = engine.getRuntimeService().startProcessInstanceByKey(ProcessVariables.PROCESS_KEY, submission)
        .getBusinessKey();
    sessions.startWaiting(proposal, Committee.JCC);
    Task prepare = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();

    try (BrowserSession browser = new BrowserSession("http://localhost:" + port)) {
      browser.logIn("tasklist", jcc.userId(), jcc.password());
      browser.awaitText("My group's tasks");
      browser.clickText("a", "My group's tasks");
      browser.click(By.cssSelector("a[href*='task=" + prepare.getId() + "']"));
      browser.clickText("button, a", "Claim");
      browser.until(d -> jcc.userId().equals(engine.getTaskService().createTaskQuery().taskId(prepare.getId())
          .singleResult().getAssignee()));
      // Claimed, and opened again: the agenda shows the proposal that came onto it after the task opened.
      browser.driver.navigate().refresh();
      browser.clickText("a", "My group's tasks");
      browser.click(By.cssSelector("a[href*='task=" + prepare.getId() + "']"));
      browser.await(By.cssSelector(".fjs-form"));
      browser.until(d -> d.findElements(By.cssSelector("textarea[id$='-AgendaSummary']")).stream()
          .anyMatch(area -> String.valueOf(area.getAttribute("value")).contains(proposal)));
      browser.screenshot("jcc-prepare-agenda");
      browser.click(By.cssSelector("input[type='checkbox'][id$='-FreezeAgenda']"));
      browser.clickText("button", "Complete");
      browser.until(d -> engine.getRuntimeService().getActiveActivityIds(pi.getId()).contains("RecordDecision"));

      Task decision = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
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
      browser.until(d -> engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId())
          .count() == 0);
      browser.screenshot("jcc-session-closed");
    }
    CommitteeSessions.Agenda agenda = sessions.agenda(id);
    assertThat(agenda.session().status()).isEqualTo(SessionStatus.CLOSED);
    AgendaItem item = agenda.items().get(0);
    assertThat(item.proposalRef()).isEqualTo(proposal);
    assertThat(item.decision()).isEqualTo("APPROVE");
    assertThat(item.minutesRef()).isEqualTo("JCC minutes, item 1");
    assertThat(item.decidedBy()).isEqualTo(jcc.userId());
  }
}
