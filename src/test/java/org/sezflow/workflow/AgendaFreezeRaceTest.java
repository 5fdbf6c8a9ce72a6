package org.sezflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sezflow.workflow.ProposalFixtures.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
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
import org.sezflow.committee.Committee;
import org.sezflow.committee.SessionFixtures;
import org.sezflow.variables.ProcessVariables;
import org.sezflow.variables.SessionVariables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A proposal that starts waiting for the JWG at the moment the secretariat freezes a JWG session's
 * agenda: either it came onto the agenda before the freeze (and the frozen agenda has its "Record
 * decision"), or the freeze came first (and it waits, on no agenda, for the next session). Before
 * the gathering locked the session as the freeze does, it could land on the agenda after the
 * freeze had counted the items, and wait on a closed session for ever.
 */
@SpringBootTest
class AgendaFreezeRaceTest {

  static final int ROUNDS = 6;

  @Autowired
  ProcessEngine engine;

  @Autowired
  RuntimeService runtime;

  @Autowired
  TaskService tasks;

  @Autowired
  JdbcClient jdbc;

  @Test
  void aProposalGatheredWhileTheAgendaFreezesIsNeverLeftOnAClosedSession() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        ProcessInstance pi = runtime.startProcessInstanceByKey(ProcessVariables.PROCESS_KEY, textilesJv("RSEZ", 0.1));
        complete(pi, "ScreenProposal", screening("ACCEPT", "Accepted for the race"));
        complete(pi, "PrepareMou", mouPrepared());
        complete(pi, "RecordMouSigning", mouSigned());
        List<Task> consultations = tasks.createTaskQuery().processInstanceId(pi.getId()).list();
        for (Task consultation : consultations.subList(0, consultations.size() - 1)) {
          tasks.complete(consultation.getId(), ministryOpinion("SUPPORT"));
        }
        Task lastConsultation = consultations.get(consultations.size() - 1);
        String session = runtime.startProcessInstanceByKey(SessionVariables.PROCESS_KEY,
            SessionFixtures.start(Committee.JWG, 0, 0)).getId();
        long sessionId = SessionFixtures.sessionOf(engine, session);
        Task prepare = tasks.createTaskQuery().processInstanceId(session).taskDefinitionKey("PrepareAgenda")
            .singleResult();

        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        done.add(pool.submit(() -> {
          go.await();
          tasks.complete(prepare.getId(), Map.of(SessionVariables.FREEZE_AGENDA, true));
          return null;
        }));
        done.add(pool.submit(() -> {
          go.await();
          tasks.complete(lastConsultation.getId(), ministryOpinion("SUPPORT"));
          return null;
        }));
        go.countDown();
        for (Future<?> each : done) {
          each.get(60, TimeUnit.SECONDS);
        }

        // The proposal waits for the JWG, on the frozen agenda with its task or on none.
        assertThat(runtime.getActiveActivityIds(pi.getId())).containsExactly("JwgSessionDecided");
        List<String> openOn = jdbc.sql("""
            SELECT s.status FROM sez_agenda_item i JOIN sez_committee_session s ON s.id = i.session_id
            WHERE i.proposal_ref = ? AND i.open_key IS NOT NULL""").param(pi.getBusinessKey())
            .query(String.class).list();
        long decisionTasks = tasks.createTaskQuery().processInstanceId(session).taskDefinitionKey("RecordDecision")
            .count();
        assertThat(openOn).as("round %d: the sessions whose open agenda holds it", round)
            .isIn(List.of(), List.of("AGENDA_FROZEN"));
        assertThat(decisionTasks).as("round %d: its Record decision task", round).isEqualTo(openOn.size());

        runtime.createMessageCorrelation(ProcessVariables.MESSAGE_PROPOSAL_WITHDRAWN)
            .processInstanceBusinessKey(pi.getBusinessKey()).correlate();
        SessionFixtures.end(engine, jdbc, List.of(sessionId));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private void complete(ProcessInstance pi, String taskKey, Map<String, Object> variables) {
    Task task = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey).singleResult();
    tasks.complete(task.getId(), variables);
  }
}
