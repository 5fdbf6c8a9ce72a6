package org.sezflow.proposal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.sezflow.TestUsers;
import org.sezflow.variables.ProcessVariables;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Everything a refused request must leave as it was: the jv-proposal instances in runtime and
 * history, the rows of the application's tables, every zone's land account and pipeline as the
 * API shows them, and, for the proposals under test, their view, timeline, variables and history.
 */
final class StateSnapshot {

  static final List<String> TABLES = List.of("sez_proposal", "sez_proposal_partner", "sez_proposal_decision",
      "sez_zone_event", "sez_land_holding", "sez_api_request", "sez_notification", "sez_task_escalation",
      "sez_stage_exit", "sez_committee_session", "sez_committee_waiting", "sez_agenda_item",
      "sez_ministry_opinion");

  private final Map<String, Object> values;

  private StateSnapshot(Map<String, Object> values) {
    this.values = values;
  }

  static StateSnapshot take(ProcessEngine engine, JdbcClient jdbc, ApiClient api, TestUsers.Credentials reader,
      List<String> references) {
    Map<String, Object> values = values(engine, jdbc, references);
    // And as the API shows them.
    ApiClient.Response zones = api.send(ApiClient.get("/api/v1/zones").as(reader));
    if (zones.status() != 200) {
      throw new IllegalStateException(zones.describe());
    }
    zones.json().forEach(zone -> {
      values.put("zone " + zone.path("code").asText() + " land", zone.path("land"));
      values.put("zone " + zone.path("code").asText() + " pipeline", zone.path("pipeline"));
    });
    for (String reference : references) {
      values.put(reference + " view", json(api, reader, "/api/v1/proposals/" + reference));
      values.put(reference + " timeline", json(api, reader, "/api/v1/proposals/" + reference + "/timeline"));
    }
    return new StateSnapshot(values);
  }

  /**
   * The same records read from the engine and the database alone (no API calls): cheap enough to
   * take around every single request of a large matrix.
   */
  static Map<String, Object> values(ProcessEngine engine, JdbcClient jdbc, List<String> references) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("runtime jv-proposal instances", engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ProcessVariables.PROCESS_KEY).count());
    values.put("historic jv-proposal instances", engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProcessVariables.PROCESS_KEY).count());
    for (String table : TABLES) {
      values.put("rows in " + table, jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
    }
    values.put("reference numbers drawn",
        jdbc.sql("SELECT COALESCE(SUM(last_value), 0) FROM sez_reference_sequence").query(Long.class).single());
    values.put("zones", jdbc.sql("SELECT * FROM sez_zone ORDER BY code").query().listOfRows().toString());
    values.put("pipelines", jdbc.sql("SELECT * FROM sez_zone_pipeline ORDER BY zone_code, stage").query().listOfRows()
        .toString());
    for (String reference : references) {
      values.put(reference + " proposal", jdbc.sql("SELECT * FROM sez_proposal WHERE reference = ?").param(reference)
          .query().listOfRows().toString());
      HistoricProcessInstance instance = engine.getHistoryService().createHistoricProcessInstanceQuery()
          .processDefinitionKey(ProcessVariables.PROCESS_KEY).processInstanceBusinessKey(reference).singleResult();
      values.put(reference + " process state", instance == null ? null : instance.getState());
      if (instance != null) {
        values.put(reference + " historic activities", engine.getHistoryService().createHistoricActivityInstanceQuery()
            .processInstanceId(instance.getId()).count());
        values.put(reference + " historic details", engine.getHistoryService().createHistoricDetailQuery()
            .processInstanceId(instance.getId()).count());
        values.put(reference + " active activities", instance.getEndTime() != null ? List.of()
            : engine.getRuntimeService().getActiveActivityIds(instance.getId()).stream().sorted().toList());
        Map<String, String> variables = new TreeMap<>();
        engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(instance.getId())
            .disableCustomObjectDeserialization().list()
            .forEach(v -> variables.put(v.getName() + "@" + v.getActivityInstanceId(), String.valueOf(v.getValue())));
        values.put(reference + " variables", variables);
        values.put(reference + " jobs", engine.getManagementService().createJobQuery()
            .processInstanceId(instance.getId()).count());
        values.put(reference + " tasks", engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
            .list().stream().map(t -> t.getTaskDefinitionKey() + "|" + t.getAssignee()).sorted().toList());
      }
    }
    return values;
  }

  private static JsonNode json(ApiClient api, TestUsers.Credentials reader, String path) {
    ApiClient.Response response = api.send(ApiClient.get(path).as(reader));
    if (response.status() != 200) {
      throw new IllegalStateException(response.describe());
    }
    return response.json();
  }

  /** What differs from the earlier snapshot, one line per entry; empty when nothing changed. */
  List<String> differencesFrom(StateSnapshot before) {
    List<String> differences = new ArrayList<>();
    for (String key : union(before.values, values)) {
      Object was = before.values.get(key);
      Object is = values.get(key);
      if (!Objects.equals(was, is)) {
        differences.add(key + ": was " + abbreviate(was) + ", is " + abbreviate(is));
      }
    }
    return differences;
  }

  private static List<String> union(Map<String, Object> a, Map<String, Object> b) {
    List<String> keys = new ArrayList<>(a.keySet());
    b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(keys::add);
    return keys;
  }

  private static String abbreviate(Object value) {
    String text = String.valueOf(value);
    return text.length() > 400 ? text.substring(0, 400) + "..." : text;
  }
}
