package org.sezflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sezflow.system.UtcTimestamps;
import org.sezflow.variables.ProcessVariables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The escalation process's run, in the whole application (the context the process tests share):
 * its service task flags a proposal that has waited for the JWG for 60 days with no session, once,
 * and writes the count beside the tasks escalated. The wait is this test's own and is removed
 * afterwards, so that no session of another test gathers it.
 */
@SpringBootTest
class CommitteeWaitSweepProcessTest {

  @Autowired
  RuntimeService runtime;

  @Autowired
  HistoryService history;

  @Autowired
  JdbcClient jdbc;

  final String ref = "WAIT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

  @AfterEach
  void forgetTheWait() {
    jdbc.sql("DELETE FROM sez_committee_waiting WHERE proposal_ref = ?").param(ref).update();
    jdbc.sql("DELETE FROM sez_committee_wait_flag WHERE proposal_ref = ?").param(ref).update();
  }

  @Test
  void theSweepsRunFlagsALongWaitWithNoSessionOnceAndCountsIt() {
    // Whole seconds: the mysql profile's database keeps no fractions.
    Instant since = Instant.now().minus(Duration.ofDays(60)).truncatedTo(ChronoUnit.SECONDS);
    jdbc.sql("INSERT INTO sez_committee_waiting (proposal_ref, committee, since) VALUES (?, 'JWG', ?)")
        .params(ref, UtcTimestamps.toColumn(since)).update();

    // Other waits, of tests that ran before, began a moment ago: this one is the only long one.
    assertThat(sweep()).isEqualTo(1);
    // 60 days hold at least 40 working days, less the year's few holidays.
    assertThat(jdbc.sql("SELECT working_days FROM sez_committee_wait_flag WHERE proposal_ref = ? AND committee = 'JWG'")
        .param(ref).query(Integer.class).list()).singleElement().satisfies(days -> assertThat(days).isGreaterThan(30));
    assertThat(sweep()).as("flagged once").isZero();
  }

  /** Runs the sweep's service task as its timer does, and returns the waits it flagged. */
  private int sweep() {
    String id = runtime.createProcessInstanceByKey(ProcessVariables.ESCALATION_PROCESS_KEY)
        .startBeforeActivity("EscalateOverdueTasks").execute().getId();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(id)
        .variableName(ProcessVariables.TASKS_ESCALATED).singleResult()).isNotNull();
    return (Integer) history.createHistoricVariableInstanceQuery().processInstanceId(id)
        .variableName(ProcessVariables.WAITS_FLAGGED).singleResult().getValue();
  }
}
