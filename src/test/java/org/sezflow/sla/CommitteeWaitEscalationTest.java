package org.sezflow.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sezflow.system.PakistanTime;
import org.sezflow.system.UtcTimestamps;
import org.sezflow.variables.ProcessVariables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SLA sweep's run ("Escalate overdue tasks") flags the proposals that have waited for a committee
 * more working days than {@code sezflow.sla.committee-wait-working-days} (its default, 20) with no
 * session, once, logs each and counts them in its variable. On the application's database (H2, or
 * MySQL under the mysql profile) with the committee package's waits and the application's
 * {@code sezflow.sla} (Pakistan Day its one holiday here), without the engine: the delegate is
 * called as the process calls it, the tasks' half mocked. Each test is rolled back.
 */
@Tag("slice")
@JdbcTest(properties = "sezflow.sla.public-holidays=2026-03-23",
    includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
        pattern = "org\\.sezflow\\.committee\\.(CommitteeWaits|CommitteeWaitRepository|CommitteeSessionRepository)"))
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({CommitteeWaitEscalation.class, SlaPolicy.class, SlaPolicy.WorkingDays.class,
    CommitteeWaitEscalationTest.Config.class})
@ExtendWith(OutputCaptureExtension.class)
class CommitteeWaitEscalationTest {

  /** Monday 23 March 2026, 10:00 in Pakistan: Pakistan Day, a holiday. */
  static final Instant NOW = Instant.parse("2026-03-23T05:00:00Z");

  @TestConfiguration(proxyBeanMethods = false)
  @EnableConfigurationProperties
  static class Config {
    @Bean
    Clock clock() {
      return Clock.fixed(NOW, ZoneOffset.UTC);
    }
  }

  @Autowired
  CommitteeWaitEscalation waits;

  @Autowired
  JdbcClient jdbc;

  final String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

  @Test
  void theSweepFlagsWaitsOfMoreThanTwentyWorkingDaysWithNoSessionOnceAndLogsThem(CapturedOutput output) {
    // Back from Pakistan Day: the 20th working day is Monday 23 February, the 21st Friday 20 February.
    String twentyOne = waiting("JCC", "2026-02-19T16:00");
    String twenty = waiting("JWG", "2026-02-20T09:00");
    TaskEscalationService tasks = mock(TaskEscalationService.class);
    when(tasks.escalateOverdue()).thenReturn(2);
    EscalateOverdueTasksDelegate sweep = new EscalateOverdueTasksDelegate(tasks, waits);

    DelegateExecution first = mock(DelegateExecution.class);
    sweep.execute(first);

    verify(first).setVariable(ProcessVariables.TASKS_ESCALATED, 2);
    // Only this test's wait: others' (a shared MySQL database keeps what whole-application tests
    // committed) began at the real time, after this clock's March 2026.
    verify(first).setVariable(ProcessVariables.WAITS_FLAGGED, 1);
    assertThat(flags(twentyOne)).containsExactly(21);
    assertThat(flags(twenty)).isEmpty();
    assertThat(output).contains("Proposal " + twentyOne + " has waited 21 working days for the JCC")
        .doesNotContain(twenty);

    DelegateExecution second = mock(DelegateExecution.class);
    sweep.execute(second);
    verify(second).setVariable(ProcessVariables.WAITS_FLAGGED, 0);
    assertThat(flags(twentyOne)).as("flagged once").containsExactly(21);
  }

  private String waiting(String committee, String pakistanTime) {
    String ref = "WAIT-" + run + "-" + committee;
    Instant since = LocalDateTime.parse(pakistanTime).atZone(PakistanTime.ZONE).toInstant();
    jdbc.sql("INSERT INTO sez_committee_waiting (proposal_ref, committee, since) VALUES (?, ?, ?)")
        .params(ref, committee, UtcTimestamps.toColumn(since)).update();
    return ref;
  }

  private List<Integer> flags(String ref) {
    return jdbc.sql("SELECT working_days FROM sez_committee_wait_flag WHERE proposal_ref = ?").param(ref)
        .query(Integer.class).list();
  }
}
