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

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.sezflow.proposal.Decision;
import org.sezflow.proposal.ProposalService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Officials of different bodies complete their tasks at the same moment: each decision is
 * recorded for its own step (the decision listener is one shared bean).
 */
@SpringBootTest
class ConcurrentDecisionsTest {

  @Autowired
  RuntimeService runtime;

  @Autowired
  TaskService tasks;

  @Autowired
  ProposalService proposals;

  @Test
  void concurrentCompletionsOfDifferentStepsRecordTheirOwnStep() throws Exception {
    List<ProcessInstance> atScreening = new ArrayList<>();
    List<ProcessInstance> atJcc = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      atScreening.add(runtime.startProcessInstanceByKey(ProcessVariables.PROCESS_KEY, textilesJv("RSEZ", 0.5)));
      ProcessInstance pi = runtime.startProcessInstanceByKey(ProcessVariables.PROCESS_KEY, textilesJv("RSEZ", 0.5));
      complete(pi, "ScreenProposal", screening("ACCEPT", "Accepted for the concurrency test"));
      complete(pi, "PrepareMou", mouPrepared());
      complete(pi, "RecordMouSigning", mouSigned());
      for (Task consultation : tasks.createTaskQuery().processInstanceId(pi.getId()).list()) {
        tasks.complete(consultation.getId(), ministryOpinion("SUPPORT"));
      }
      complete(pi, "ReviewAtJwg", jwg("ENDORSE"));
      atJcc.add(pi);
    }

    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      ProcessInstance screening = atScreening.get(i);
      ProcessInstance jcc = atJcc.get(i);
      done.add(pool.submit(() -> {
        go.await();
        complete(screening, "ScreenProposal", screening("REJECT", "Rejected for the concurrency test"));
        return null;
      }));
      done.add(pool.submit(() -> {
        go.await();
        complete(jcc, "DecideAtJcc", jcc("APPROVE"));
        return null;
      }));
    }
    go.countDown();
    for (Future<?> f : done) {
      f.get(120, TimeUnit.SECONDS);
    }
    pool.shutdown();

    for (ProcessInstance pi : atScreening) {
      assertThat(proposals.decisions(pi.getBusinessKey())).filteredOn(d -> d.step().equals("SCREENING"))
          .extracting(Decision::outcome).containsExactly("REJECT");
      assertThat(proposals.decisions(pi.getBusinessKey())).extracting(Decision::step).doesNotContain("JCC_DECISION");
    }
    for (ProcessInstance pi : atJcc) {
      assertThat(proposals.decisions(pi.getBusinessKey())).filteredOn(d -> d.step().equals("JCC_DECISION"))
          .extracting(Decision::outcome).containsExactly("APPROVE");
      assertThat(runtime.getActiveActivityIds(pi.getId())).containsExactly("IssueAllotmentLetter");
      runtime.createMessageCorrelation(ProcessVariables.MESSAGE_PROPOSAL_WITHDRAWN)
          .processInstanceBusinessKey(pi.getBusinessKey()).correlate();
    }
  }

  private void complete(ProcessInstance pi, String taskKey, Map<String, Object> variables) {
    Task task = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey).singleResult();
    tasks.complete(task.getId(), variables);
  }
}
