package org.sezflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.sezflow.variables.SessionVariables.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sezflow.committee.SessionAgendas;
import org.sezflow.sla.SlaPolicy;

/**
 * The fast process test of {@code processes/committee-session.bpmn}: the model on a plain in-memory
 * engine (H2, no Spring), every delegate, listener and bean it names a Mockito mock registered under
 * that name ({@link Mocks}). The paths: an empty agenda straight to the close; changes to the agenda
 * (each "Prepare agenda" starting empty) until it is frozen; one "Record decision" per item, each
 * with its own values, then the close. {@code CommitteeSessionLifecycleTest} checks the records.
 */
@Deployment(resources = "processes/committee-session.bpmn")
class CommitteeSessionModelTest {

  @RegisterExtension
  static final ProcessEngineExtension EXTENSION =
      ProcessEngineExtension.builder().useProcessEngine(ModelTestEngines.inMemory("committee-session-model-test"))
          .build();

  static final long SESSION = 14;

  /** Set by the extension. */
  ProcessEngine engine;

  final JavaDelegate scheduleSession = mock(JavaDelegate.class);
  final SessionAgendaListener agendaListener = mock(SessionAgendaListener.class);
  final JavaDelegate freezeAgenda = mock(JavaDelegate.class);
  final SessionAgendas agendas = mock(SessionAgendas.class);
  final SessionDecisionListener decisionListener = mock(SessionDecisionListener.class);
  final JavaDelegate closeSession = mock(JavaDelegate.class);

  /** What each "Prepare agenda" completion handed its listener: the change's four fields and the checkbox. */
  final List<Map<String, Object>> agendaChanges = new ArrayList<>();
  /** What each "Record decision" completion handed its listener: the item and the decision's fields. */
  final List<Map<String, Object>> decisions = new ArrayList<>();
  /** The items the frozen agenda has to decide. */
  List<Long> itemsToDecide = List.of();

  @BeforeEach
  void registerMocks() throws Exception {
    BpmnAwareTests.init(engine);
    doAnswer(call -> {
      DelegateExecution execution = call.getArgument(0);
      execution.setProcessBusinessKey(execution.getVariable(COMMITTEE) + "-14");
      execution.setVariable(SESSION_ID, SESSION);
      execution.setVariable(SESSION_CITATION, "14th " + execution.getVariable(COMMITTEE));
      execution.setVariable(SECRETARIAT, execution.getVariable(COMMITTEE).equals("JWG") ? "jwg-secretariat"
          : "jcc-secretariat");
      return null;
    }).when(scheduleSession).execute(any());
    doAnswer(call -> {
      DelegateTask task = call.getArgument(0);
      Map<String, Object> change = new HashMap<>();
      for (String name : List.of(REMOVE_PROPOSAL_REFS, REMOVE_REASON, ADD_PROPOSAL_REFS, ADD_REASON, FREEZE_AGENDA)) {
        change.put(name, task.getVariable(name));
      }
      agendaChanges.add(change);
      return null;
    }).when(agendaListener).apply(any());
    doAnswer(call -> {
      ((DelegateExecution) call.getArgument(0)).setVariable(AGENDA_ITEMS, (long) itemsToDecide.size());
      return null;
    }).when(freezeAgenda).execute(any());
    when(agendas.itemsToDecide(anyLong())).thenAnswer(call -> itemsToDecide);
    doAnswer(call -> {
      DelegateTask task = call.getArgument(0);
      Map<String, Object> decision = new HashMap<>();
      for (String name : List.of(ITEM_ID, JWG_ITEM_DECISION, JCC_ITEM_DECISION, MINUTES_REF)) {
        decision.put(name, task.getVariable(name));
      }
      decisions.add(decision);
      return null;
    }).when(decisionListener).record(any());

    Mocks.register("scheduleSessionDelegate", scheduleSession);
    Mocks.register("sessionAgendaListener", agendaListener);
    Mocks.register("freezeAgendaDelegate", freezeAgenda);
    Mocks.register("sessionAgendas", agendas);
    Mocks.register("sessionDecisionListener", decisionListener);
    Mocks.register("closeSessionDelegate", closeSession);
    SlaPolicy sla = new SlaPolicy(java.time.Clock.systemUTC());
    sla.setSessionTaskWorkingDays(Map.of("PrepareAgenda", 0, "RecordDecision", 5));
    Mocks.register("slaPolicy", sla);
  }

  private static java.time.Instant closeOfOffice(java.time.LocalDate day) {
    return day.atTime(17, 0).atZone(org.sezflow.system.PakistanTime.ZONE).toInstant();
  }

  @AfterEach
  void resetMocks() {
    Mocks.reset();
  }

  @AfterAll
  static void closeEngine() {
    BpmnAwareTests.reset();
    EXTENSION.getProcessEngine().close();
  }

  @Test
  void anEmptyAgendaGoesStraightToTheClose() throws Exception {
    ProcessInstance pi = start("JWG");

    assertThat(pi).isWaitingAt("PrepareAgenda").hasPassed("ScheduleSession");
    // The start's first step names the session: its reference is the business key.
    assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()
        .getBusinessKey()).isEqualTo("JWG-14");
    assertThat(task()).hasCandidateGroup("jwg-secretariat");

    complete(task(), withVariables(FREEZE_AGENDA, true));

    assertThat(pi).isEnded().hasPassedInOrder("PrepareAgenda", "FreezeAgenda", "CloseSession", "SessionClosed")
        .hasNotPassed("RecordDecision");
    verify(closeSession).execute(any());
    verify(decisionListener, never()).prepare(any());
  }

  @Test
  void theAgendaChangesUntilItIsFrozenThenEachItemIsDecidedAndTheSessionCloses() throws Exception {
    ProcessInstance pi = start("JCC");
    assertThat(pi).isWaitingAt("PrepareAgenda");
    assertThat(task()).hasCandidateGroup("jcc-secretariat");
    // The agenda is due by the session's day (Thursday 10 December 2026), at the close of office.
    assertThat(task().getDueDate().toInstant()).isEqualTo(closeOfOffice(java.time.LocalDate.of(2026, 12, 10)));

    // A change without freezing: applied, and a fresh "Prepare agenda" whose fields start empty.
    complete(task(), withVariables(REMOVE_PROPOSAL_REFS, "JV-2026-000001", REMOVE_REASON, "The ministries asked "
        + "for time", ADD_PROPOSAL_REFS, "JV-2026-000003", ADD_REASON, "The investor's deadline", FREEZE_AGENDA,
        false));
    assertThat(pi).isWaitingAt("PrepareAgenda").hasNotPassed("FreezeAgenda");
    Task second = task();
    for (String field : List.of(REMOVE_PROPOSAL_REFS, REMOVE_REASON, ADD_PROPOSAL_REFS, ADD_REASON, FREEZE_AGENDA)) {
      assertThat(taskService().getVariable(second.getId(), field)).as(field).isNull();
    }
    assertThat(runtimeService().getVariables(pi.getId())).doesNotContainKeys(REMOVE_PROPOSAL_REFS, ADD_REASON);
    // A completion without the checkbox (a client may leave it out) does not freeze either.
    complete(second, withVariables(ADD_PROPOSAL_REFS, "JV-2026-000004", ADD_REASON, "Ready since the cut-off"));
    assertThat(pi).isWaitingAt("PrepareAgenda");

    itemsToDecide = List.of(41L, 42L);
    complete(task(), withVariables(FREEZE_AGENDA, true));

    assertThat(agendaChanges).hasSize(3);
    assertThat(agendaChanges.get(0)).containsEntry(REMOVE_PROPOSAL_REFS, "JV-2026-000001")
        .containsEntry(ADD_PROPOSAL_REFS, "JV-2026-000003").containsEntry(FREEZE_AGENDA, false);
    assertThat(agendaChanges.get(1)).containsEntry(ADD_PROPOSAL_REFS, "JV-2026-000004")
        .containsEntry(REMOVE_PROPOSAL_REFS, null);
    assertThat(agendaChanges.get(2)).containsEntry(FREEZE_AGENDA, true).containsEntry(ADD_PROPOSAL_REFS, null);

    // One "Record decision" per item, each knowing its item; each decision stays with its task.
    assertThat(pi).isWaitingAt("RecordDecision").hasPassed("FreezeAgenda");
    List<Task> items = taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("RecordDecision").list();
    assertThat(items).hasSize(2).allSatisfy(t -> assertThat(t).hasCandidateGroup("jcc-secretariat"));
    // Decisions are recorded within five working days of the session: by Thursday 17 December.
    assertThat(items).allSatisfy(t -> assertThat(t.getDueDate().toInstant())
        .isEqualTo(closeOfOffice(java.time.LocalDate.of(2026, 12, 17))));
    assertThat(items).extracting(t -> taskService().getVariable(t.getId(), ITEM_ID))
        .containsExactlyInAnyOrder(41L, 42L);
    verify(decisionListener, times(2)).prepare(any());
    complete(items.get(0), withVariables(JCC_ITEM_DECISION, "APPROVE", MINUTES_REF, "14th JCC minutes, item 3"));
    assertThat(pi).isWaitingAt("RecordDecision").hasNotPassed("CloseSession");
    assertThat(taskService().getVariable(items.get(1).getId(), JCC_ITEM_DECISION)).isNull();
    complete(items.get(1), withVariables(JCC_ITEM_DECISION, "DEFER", MINUTES_REF, "14th JCC minutes, item 4",
        DECISION_REASON, "The partners' financing plan is awaited"));

    assertThat(pi).isEnded().hasPassedInOrder("FreezeAgenda", "RecordDecision", "CloseSession", "SessionClosed");
    assertThat(decisions).extracting(d -> d.get(JCC_ITEM_DECISION)).containsExactly("APPROVE", "DEFER");
    assertThat(decisions).extracting(d -> d.get(ITEM_ID))
        .containsExactly(taskItem(items.get(0)), taskItem(items.get(1)));
    assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
    verify(closeSession).execute(any());
  }

  private Object taskItem(Task task) {
    return BpmnAwareTests.historyService().createHistoricVariableInstanceQuery().executionIdIn(task.getExecutionId())
        .variableName(ITEM_ID).singleResult().getValue();
  }

  private static ProcessInstance start(String committee) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(COMMITTEE, committee);
    variables.put(SESSION_DATE, "2026-12-10");
    variables.put(VENUE, "Islamabad");
    variables.put(AGENDA_CUT_OFF, "2026-11-30");
    return runtimeService().startProcessInstanceByKey(PROCESS_KEY, variables);
  }
}
