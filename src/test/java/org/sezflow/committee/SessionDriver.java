package org.sezflow.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sezflow.workflow.SessionVariables.*;

import java.util.ArrayList;
import java.util.Collection;
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
    String instance = freeze(committee, decisions.keySet());
    long sessionId = SessionFixtures.sessionOf(engine, instance);
    record(instance, committee, decisions);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count())
        .as("the session closed").isZero();
    return sessionId;
  }

  /**
   * Schedules a session of the committee for today with exactly these proposals on its agenda and
   * freezes it: its "Record decision" tasks are open, one per proposal. Returns its process instance.
   */
  public String freeze(Committee committee, Collection<String> proposalRefs) {
    String instance = engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY,
        SessionFixtures.start(committee, 0, 0)).getId();
    long sessionId = SessionFixtures.sessionOf(engine, instance);
    TaskService tasks = engine.getTaskService();
    while (true) {
      Map<String, Long> onAgenda = onAgenda(sessionId);
      List<String> extra = new ArrayList<>(onAgenda.keySet());
      extra.removeAll(proposalRefs);
      List<String> missing = new ArrayList<>(proposalRefs);
      missing.removeAll(onAgenda.keySet());
      Task prepare = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("PrepareAgenda")
          .singleResult();
      Map<String, Object> change = new HashMap<>();
      if (extra.isEmpty() && missing.isEmpty()) {
        change.put(FREEZE_AGENDA, true);
        tasks.complete(prepare.getId(), change);
        break;
      }
      if (!extra.isEmpty()) {
        change.put(REMOVE_PROPOSAL_REF, extra.get(0));
        change.put(REMOVE_REASON, "Not decided in this test");
      }
      if (!missing.isEmpty()) {
        change.put(ADD_PROPOSAL_REF, missing.get(0));
        change.put(ADD_REASON, "Decided in this test");
      }
      change.put(FREEZE_AGENDA, false);
      tasks.complete(prepare.getId(), change);
    }
    assertThat(tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("RecordDecision").count())
        .isEqualTo(proposalRefs.size());
    return instance;
  }

  /**
   * Completes the "Record decision" tasks of a frozen session (its process instance), one after the
   * other, with these decisions (reference to decision) and {@link #minutesOf} each item: the last
   * one closes the session, which delivers the decisions.
   */
  public void record(String instance, Committee committee, Map<String, String> decisions) {
    TaskService tasks = engine.getTaskService();
    long sessionId = SessionFixtures.sessionOf(engine, instance);
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
      tasks.complete(task.getId(), values);
    }
  }

  /** The minutes' reference this driver records for an item. */
  public static String minutesOf(long sessionId, long itemId) {
    return "Minutes of session " + sessionId + ", item " + itemId;
  }

  private Map<String, Long> onAgenda(long sessionId) {
    Map<String, Long> items = new HashMap<>();
    jdbc.sql("SELECT id, proposal_ref FROM sez_agenda_item WHERE session_id = ? AND removed_at IS NULL "
        + "AND withdrawn_at IS NULL").param(sessionId)
        .query((rs, n) -> items.put(rs.getString("proposal_ref"), rs.getLong("id"))).list();
    return items;
  }
}
