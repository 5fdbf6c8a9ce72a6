package org.sezflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.sezflow.workflow.ProposalFixtures.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.sezflow.committee.AgendaItem;
import org.sezflow.committee.Committee;
import org.sezflow.committee.CommitteeSessions;
import org.sezflow.committee.SessionDriver;
import org.sezflow.proposal.Decision;
import org.sezflow.proposal.ProposalReads;
import org.sezflow.variables.ProcessVariables;
import org.sezflow.zone.LandAccount;
import org.sezflow.zone.ZoneRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Decisions of different bodies land at the same moment: each is recorded for its own step and
 * proposal (the decision listeners and delegates are shared beans), and an approval allocates the
 * land once. The JCC decides in sessions now: two JCC sessions close at the same moment as the PMU
 * screens other proposals, and the same session decision delivered twice at once allocates once.
 */
@SpringBootTest
class ConcurrentDecisionsTest {

  static final String ZONE = "RSEZ";

  @Autowired
  ProcessEngine engine;

  @Autowired
  RuntimeService runtime;

  @Autowired
  TaskService tasks;

  @Autowired
  ProposalReads proposals;

  @Autowired
  CommitteeSessions sessions;

  @Autowired
  ZoneRegistry zones;

  @Autowired
  JdbcClient jdbc;

  @Test
  void screeningsAndTwoJccSessionsClosingAtOnceRecordTheirOwnStepAndAllocateOnce() throws Exception {
    LandAccount before = land();
    List<ProcessInstance> atScreening = new ArrayList<>();
    List<ProcessInstance> atJcc = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      atScreening.add(runtime.startProcessInstanceByKey(ProcessVariables.PROCESS_KEY, textilesJv(ZONE, 0.5)));
      atJcc.add(toJwgSession());
    }
    Map<String, String> endorsed = new HashMap<>();
    atJcc.forEach(pi -> endorsed.put(pi.getBusinessKey(), "ENDORSE"));
    driver().decide(Committee.JWG, endorsed);
    atJcc.forEach(pi -> assertThat(runtime.getActiveActivityIds(pi.getId())).containsExactly("JccSessionDecided"));

    // Two JCC sessions, two proposals on each agenda, frozen: their "Record decision" tasks are open.
    Map<String, String> firstDecisions = approve(atJcc.subList(0, 2));
    Map<String, String> secondDecisions = approve(atJcc.subList(2, 4));
    long first = driver().frozenWith(Committee.JCC, firstDecisions.keySet().toArray(String[]::new));
    long second = driver().frozenWith(Committee.JCC, secondDecisions.keySet().toArray(String[]::new));

    ExecutorService pool = Executors.newFixedThreadPool(6);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    for (ProcessInstance pi : atScreening) {
      done.add(pool.submit(() -> {
        go.await();
        complete(pi, "ScreenProposal", screening("REJECT", "Rejected for the concurrency test"));
        return null;
      }));
    }
    // Each session's secretariat records its two decisions; the second closes the session, which delivers them.
    done.add(pool.submit(() -> {
      go.await();
      driver().record(first, Committee.JCC, firstDecisions);
      return null;
    }));
    done.add(pool.submit(() -> {
      go.await();
      driver().record(second, Committee.JCC, secondDecisions);
      return null;
    }));
    go.countDown();
    for (Future<?> f : done) {
      f.get(120, TimeUnit.SECONDS);
    }
    pool.shutdown();

    for (ProcessInstance pi : atScreening) {
      assertThat(proposals.decisions(pi.getBusinessKey())).filteredOn(d -> d.step().equals("SCREENING"))
          .extracting(Decision::outcome).containsExactly("REJECT");
      assertThat(proposals.decisions(pi.getBusinessKey())).extracting(Decision::step).doesNotContain("JCC_DECISION");
      assertThat(landEvents(pi.getBusinessKey())).isEmpty();
    }
    for (ProcessInstance pi : atJcc) {
      String ref = pi.getBusinessKey();
      AgendaItem item = jccItem(ref);
      assertThat(item.sessionId()).isEqualTo(firstDecisions.containsKey(ref) ? first : second);
      assertThat(item.decision()).isEqualTo("APPROVE");
      assertThat(item.deliveredAt()).isNotNull();
      // Recorded once, under the JCC's step, citing its own session and its own item's minutes.
      assertThat(proposals.decisions(ref)).filteredOn(d -> d.step().equals("JCC_DECISION"))
          .extracting(Decision::outcome, Decision::reason)
          .containsExactly(tuple("APPROVE",
              sessions.agenda(item.sessionId()).session().citation() + ", minutes "
                  + SessionDriver.minutesOf(item.sessionId(), item.id()) + ": "
                  + SessionDriver.reasonsOf(item.sessionId(), item.id())));
      assertThat(runtime.getActiveActivityIds(pi.getId())).containsExactly("IssueAllotmentLetter");
      assertThat(landEvents(ref)).containsExactly("LAND_RESERVED", "LAND_ALLOCATED");
    }
    LandAccount after = land();
    assertThat(after.allocatedAcres()).isEqualByComparingTo(before.allocatedAcres().add(new BigDecimal("2.0")));
    assertThat(after.reservedAcres()).isEqualByComparingTo(before.reservedAcres());

    atJcc.forEach(this::withdraw);
    assertThat(land()).isEqualTo(before);
  }

  @Test
  void theSameSessionDecisionDeliveredTwiceAtOnceIsTakenOnceAndAllocatesOnce() throws Exception {
    LandAccount before = land();
    ProcessInstance pi = toJwgSession();
    String ref = pi.getBusinessKey();
    driver().decide(Committee.JWG, ref, "ENDORSE");
    assertThat(runtime.getActiveActivityIds(pi.getId())).containsExactly("JccSessionDecided");

    // What a close's delivery (CorrelatedSessionDecisions) correlates, sent twice at the same moment,
    // as two closes or a retried close would.
    Map<String, Object> delivered = new HashMap<>();
    delivered.put(ProcessVariables.JCC_DECISION, "APPROVE");
    delivered.put(ProcessVariables.DECIDING_SESSION, "99th JCC");
    delivered.put(ProcessVariables.AGENDA_ITEM_ID, 0L);
    delivered.put(ProcessVariables.MINUTES_REF, "JCC-99/1");
    delivered.put(ProcessVariables.COMMITTEE_REASON, null);
    Callable<Object> correlate = () -> runtime
        .createMessageCorrelation(ProcessVariables.MESSAGE_JCC_SESSION_DECISION).processInstanceBusinessKey(ref)
        .setVariables(delivered).correlateWithResult();

    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Object>> done = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      done.add(pool.submit(() -> {
        go.await();
        return correlate.call();
      }));
    }
    go.countDown();
    int taken = 0;
    List<Throwable> refused = new ArrayList<>();
    for (Future<Object> f : done) {
      try {
        f.get(120, TimeUnit.SECONDS);
        taken++;
      } catch (ExecutionException e) {
        refused.add(e.getCause());
      }
    }
    pool.shutdown();

    assertThat(taken).as("deliveries taken (refused: %s)", refused).isEqualTo(1);
    assertThat(refused).hasSize(1);
    assertThat(proposals.decisions(ref)).filteredOn(d -> d.step().equals("JCC_DECISION"))
        .extracting(Decision::reason).containsExactly("99th JCC, minutes JCC-99/1");
    assertThat(runtime.getActiveActivityIds(pi.getId())).containsExactly("IssueAllotmentLetter");
    assertThat(landEvents(ref)).containsExactly("LAND_RESERVED", "LAND_ALLOCATED");
    assertThat(land().allocatedAcres()).isEqualByComparingTo(before.allocatedAcres().add(new BigDecimal("0.5")));

    withdraw(pi);
    assertThat(land()).isEqualTo(before);
  }

  /** A textiles JV of half an acre in the zone, from screening to waiting for a JWG session. */
  private ProcessInstance toJwgSession() {
    ProcessInstance pi = runtime.startProcessInstanceByKey(ProcessVariables.PROCESS_KEY, textilesJv(ZONE, 0.5));
    complete(pi, "ScreenProposal", screening("ACCEPT", "Accepted for the concurrency test"));
    complete(pi, "PrepareMou", mouPrepared());
    complete(pi, "RecordMouSigning", mouSigned());
    for (Task consultation : tasks.createTaskQuery().processInstanceId(pi.getId()).list()) {
      tasks.complete(consultation.getId(), ministryOpinion("SUPPORT"));
    }
    assertThat(runtime.getActiveActivityIds(pi.getId())).containsExactly("JwgSessionDecided");
    return pi;
  }

  private static Map<String, String> approve(List<ProcessInstance> instances) {
    Map<String, String> decisions = new HashMap<>();
    instances.forEach(pi -> decisions.put(pi.getBusinessKey(), "APPROVE"));
    return decisions;
  }

  private AgendaItem jccItem(String ref) {
    List<AgendaItem> decided = sessions.itemsOf(ref).stream()
        .filter(i -> i.decided() && i.onAgenda() && "APPROVE".equals(i.decision())).toList();
    assertThat(decided).as("the JCC items deciding %s", ref).hasSize(1);
    return decided.get(0);
  }

  private SessionDriver driver() {
    return new SessionDriver(engine);
  }

  private void withdraw(ProcessInstance pi) {
    runtime.createMessageCorrelation(ProcessVariables.MESSAGE_PROPOSAL_WITHDRAWN)
        .processInstanceBusinessKey(pi.getBusinessKey()).correlate();
  }

  private LandAccount land() {
    return zones.get(ZONE).zone().land();
  }

  private List<String> landEvents(String ref) {
    return jdbc
        .sql("SELECT event_type FROM sez_zone_event WHERE proposal_ref = ? AND event_type LIKE 'LAND_%' ORDER BY id")
        .param(ref).query(String.class).list();
  }

  private void complete(ProcessInstance pi, String taskKey, Map<String, Object> variables) {
    Task task = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey).singleResult();
    tasks.complete(task.getId(), variables);
  }
}
