package org.sezflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sezflow.variables.SessionVariables;

/**
 * The fast process test of the two one-step models, on a plain in-memory engine with their delegate
 * mocked: an administrator's close of a committee session runs its step once and ends; the overdue
 * sweep runs on its timer's cycle, each run its own instance, the next run scheduled.
 * {@code SessionClosureTest} and {@code JvProposalProcessTest} check the delegates.
 */
@Deployment(resources = {"processes/close-committee-session.bpmn", "processes/escalate-overdue-tasks.bpmn"})
class OneStepProcessesModelTest {

  @RegisterExtension
  static final ProcessEngineExtension EXTENSION =
      ProcessEngineExtension.builder().useProcessEngine(ModelTestEngines.inMemory("one-step-model-test")).build();

  /** Set by the extension. */
  ProcessEngine engine;

  final JavaDelegate closeSession = mock(JavaDelegate.class);
  final JavaDelegate escalate = mock(JavaDelegate.class);

  @BeforeEach
  void registerMocks() {
    BpmnAwareTests.init(engine);
    Mocks.register("closeSessionByAdministratorDelegate", closeSession);
    Mocks.register("escalateOverdueTasksDelegate", escalate);
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void anAdministratorsCloseRunsItsStepOnceAndEnds() throws Exception {
    ProcessInstance close = runtimeService().startProcessInstanceByKey(SessionVariables.CLOSE_PROCESS_KEY,
        Map.of(SessionVariables.SESSION_REFERENCE, "14th JCC", SessionVariables.CLOSE_REASON, "Adjourned"));
    assertThat(close).isEnded().hasPassedInOrder("CloseRequested", "CloseSessionByAdministrator",
        "SessionClosedByAdministrator");
    verify(closeSession).execute(any());
  }

  @Test
  void theSweepRunsOnItsCycleEachRunItsOwnInstanceAndTheNextOneScheduled() throws Exception {
    for (int run = 1; run <= 2; run++) {
      Job due = jobQuery().processDefinitionKey("escalate-overdue-tasks").singleResult();
      assertThat(due).as("the sweep's next run").isNotNull();
      execute(due);
    }
    verify(escalate, times(2)).execute(any());
    assertThat(historyService().createHistoricProcessInstanceQuery().processDefinitionKey("escalate-overdue-tasks")
        .completed().count()).isEqualTo(2);
    assertThat(jobQuery().processDefinitionKey("escalate-overdue-tasks").count()).as("scheduled again").isEqualTo(1);
  }
}
