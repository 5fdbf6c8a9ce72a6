package org.sezflow.committee;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.sezflow.system.PakistanTime;
import org.sezflow.variables.SessionVariables;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Committee sessions for tests in any package: the start variables of a session, and the end of
 * what a test left of its sessions, so that a later test's waiting proposals are not gathered
 * onto them (the tests of one database share it, on H2 per context and on MySQL for the whole run).
 */
public final class SessionFixtures {

  private SessionFixtures() {}

  /** A session's start variables, as Tasklist's start form submits them (number empty: the next). */
  public static Map<String, Object> start(Committee committee, int daysAhead) {
    return start(committee, daysAhead, daysAhead - 1);
  }

  /** A session's start variables with its date and cut-off so many days from today (0: today). */
  public static Map<String, Object> start(Committee committee, int daysAhead, int cutOffDaysAhead) {
    LocalDate today = PakistanTime.today(java.time.Clock.systemUTC());
    Map<String, Object> variables = new HashMap<>();
    variables.put(SessionVariables.COMMITTEE, committee.name());
    variables.put(SessionVariables.SESSION_NUMBER, null);
    variables.put(SessionVariables.SESSION_DATE, today.plusDays(daysAhead).toString());
    variables.put(SessionVariables.VENUE, "Islamabad");
    variables.put(SessionVariables.AGENDA_CUT_OFF, today.plusDays(cutOffDaysAhead).toString());
    return variables;
  }

  /** The id of the session a process instance scheduled, running or ended. */
  public static long sessionOf(ProcessEngine engine, String processInstanceId) {
    return ((Number) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).variableName(SessionVariables.SESSION_ID).singleResult().getValue())
        .longValue();
  }

  /** Deletes the sessions' running processes and closes the sessions, their items off every agenda. */
  public static void end(ProcessEngine engine, JdbcClient jdbc, Collection<Long> sessionIds) {
    for (long id : sessionIds) {
      String processInstanceId = jdbc.sql("SELECT process_instance_id FROM sez_committee_session WHERE id = ?")
          .param(id).query(String.class).optional().orElse(null);
      if (processInstanceId != null) {
        engine.getRuntimeService().deleteProcessInstanceIfExists(processInstanceId, "test over", true, true, true,
            true);
      }
      jdbc.sql("UPDATE sez_agenda_item SET open_key = NULL WHERE session_id = ?").param(id).update();
      jdbc.sql("UPDATE sez_committee_session SET status = 'CLOSED' WHERE id = ? AND status <> 'CLOSED'").param(id)
          .update();
    }
  }
}
