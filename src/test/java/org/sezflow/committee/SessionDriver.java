package org.sezflow.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sezflow.variables.SessionVariables.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs a whole committee session through the engine, as the secretariat would in Tasklist, for
 * tests that need a committee's decision on their proposals: schedules a session for today, keeps
 * exactly these proposals on its agenda (taking off what other tests left waiting, adding what
 * another session did not gather), freezes it, records each decision on its "Record decision"
 * task, and so closes it, which delivers the decisions to the proposals.
 */
public final class SessionDriver {

  private final ProcessEngine engine;
  private final JdbcClient jdbc;

  public SessionDriver(ProcessEngine engine) {
    this.engine = engine;
    this.jdbc = JdbcClient
        .create(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource());
  }

  /** One proposal's decision by a session of the committee; returns the session's id. */
  public long decide(Committee committee, String proposalRef, String decision) {
    return decide(committee, Map.of(proposalRef, decision));
  }

  /** These proposals' decisions (reference to decision) by one session of the committee; returns its id. */
  public long decide(Committee committee, Map<String, String> decisions) {
    long sessionId = frozenWith(committee, decisions.keySet());
    record(sessionId, committee, decisions);
    return sessionId;
  }

  /** Records these decisions on the frozen session's "Record decision" tasks, every one of them, which closes it. */
  public void record(long sessionId, Committee committee, Map<String, String> decisions) {
    TaskService tasks = engine.getTaskService();
    String instance = instanceOf(sessionId);
    List<Task> toDecide = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("RecordDecision")
        .list();
    assertThat(toDecide).hasSize(decisions.size());
    Map<Long, String> refOfItem = new HashMap<>();
    onAgenda(sessionId).forEach((ref, item) -> refOfItem.put(item, ref));
    for (Task task : toDecide) {
      long itemId = ((Number) tasks.getVariable(task.getId(), ITEM_ID)).longValue();
      Map<String, Object> values = new HashMap<>();
      values.put(decisionField(committee), decisions.get(refOfItem.get(itemId)));
      values.put(MINUTES_REF, minutesOf(sessionId, itemId));
      values.put(DECISION_REASON, reasonsOf(sessionId, itemId));
      tasks.complete(task.getId(), values);
    }
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count())
        .as("the session closed").isZero();
  }

  /** The open "Record decision" task of the proposal's item on the frozen session. */
  public Task recordDecisionTask(long sessionId, String proposalRef) {
    long itemId = itemOf(sessionId, proposalRef);
    return engine.getTaskService().createTaskQuery().processInstanceId(instanceOf(sessionId))
        .taskDefinitionKey("RecordDecision").list().stream()
        .filter(t -> ((Number) engine.getTaskService().getVariable(t.getId(), ITEM_ID)).longValue() == itemId)
        .findFirst().orElseThrow();
  }

  /** A session of the committee for today whose frozen agenda holds exactly these proposals; its id. */
  public long frozenWith(Committee committee, String... proposalRefs) {
    return frozenWith(committee, List.of(proposalRefs));
  }

  private long frozenWith(Committee committee, java.util.Collection<String> wanted) {
    long sessionId = scheduledWith(committee, wanted);
    TaskService tasks = engine.getTaskService();
    tasks.complete(prepareAgendaTask(sessionId).getId(), Map.of(FREEZE_AGENDA, true));
    return sessionId;
  }

  /** A session of the committee for today whose agenda, not frozen, holds exactly these proposals; its id. */
  public long scheduledWith(Committee committee, java.util.Collection<String> wanted) {
    String instance = engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY,
        SessionFixtures.start(committee, 0, 0)).getId();
    long sessionId = SessionFixtures.sessionOf(engine, instance);
    TaskService tasks = engine.getTaskService();
    while (true) {
      Map<String, Long> onAgenda = onAgenda(sessionId);
      List<String> extra = new ArrayList<>(onAgenda.keySet());
      extra.removeAll(wanted);
      List<String> missing = new ArrayList<>(wanted);
      missing.removeAll(onAgenda.keySet());
      if (extra.isEmpty() && missing.isEmpty()) {
        return sessionId;
      }
      Map<String, Object> change = new HashMap<>();
      if (!extra.isEmpty()) {
        change.put(REMOVE_PROPOSAL_REFS, String.join("\n", extra));
        change.put(REMOVE_REASON, "Not decided in this test");
      }
      if (!missing.isEmpty()) {
        change.put(ADD_PROPOSAL_REFS, String.join("\n", missing));
        change.put(ADD_REASON, "Decided in this test");
      }
      tasks.complete(prepareAgendaTask(sessionId).getId(), change);
    }
  }

  /** The session's open "Prepare agenda" task. */
  public Task prepareAgendaTask(long sessionId) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instanceOf(sessionId))
        .taskDefinitionKey("PrepareAgenda").singleResult();
  }

  /** The id of the proposal's item on the session's agenda. */
  public long itemOf(long sessionId, String proposalRef) {
    Long item = onAgenda(sessionId).get(proposalRef);
    assertThat(item).as("%s on the agenda of session %s", proposalRef, sessionId).isNotNull();
    return item;
  }

  /** The minutes' reference this driver records for an item. */
  public static String minutesOf(long sessionId, long itemId) {
    return "Minutes of session " + sessionId + ", item " + itemId;
  }

  /** The committee's reasons this driver records for an item. */
  public static String reasonsOf(long sessionId, long itemId) {
    return "Reasons of session " + sessionId + " on item " + itemId;
  }

  /** The session's process instance. */
  public String instanceOf(long sessionId) {
    return jdbc.sql("SELECT process_instance_id FROM sez_committee_session WHERE id = ?").param(sessionId)
        .query(String.class).single();
  }

  private Map<String, Long> onAgenda(long sessionId) {
    Map<String, Long> items = new HashMap<>();
    jdbc.sql("SELECT id, proposal_ref FROM sez_agenda_item WHERE session_id = ? AND removed_at IS NULL "
        + "AND withdrawn_at IS NULL").param(sessionId)
        .query((rs, n) -> items.put(rs.getString("proposal_ref"), rs.getLong("id"))).list();
    return items;
  }
}
