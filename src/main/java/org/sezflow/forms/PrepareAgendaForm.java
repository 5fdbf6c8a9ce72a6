package org.sezflow.forms;

import static org.sezflow.variables.SessionVariables.*;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.sezflow.committee.AgendaItem;
import org.sezflow.committee.CommitteeSessions;
import org.sezflow.committee.SessionAgendas;
import org.sezflow.engine.CurrentFormValues;
import org.sezflow.engine.SystemAuthentication;
import org.sezflow.proposal.ProposalReads;
import org.sezflow.variables.SessionVariables;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the "Prepare agenda" form shows, read from the session's record each time the form loads
 * (Tasklist asks the form service for the task's form variables): the agenda in words, the items
 * on it (the options of "Take off the agenda") and the proposals waiting for the committee on no
 * open agenda (the options of "Add to the agenda"). Nothing of it is stored in the process, so a
 * task opened after a deferral, a withdrawal or a new waiting proposal shows the agenda as it is.
 *
 * <p>The options are JSON lists of {label, value}, given as an object value in JSON format, which
 * Tasklist reads into the checklists' options (form-js's {@code valuesKey}); the checklists' own
 * values start as empty JSON lists, so that Tasklist submits the ticked ones as a JSON list too.
 */
@Component
public class PrepareAgendaForm implements CurrentFormValues {

  static final String TASK_KEY = SessionVariables.PREPARE_AGENDA_TASK;

  private static final ObjectMapper JSON = new ObjectMapper();

  record Option(String label, String value) {}

  private final CommitteeSessions sessions;
  private final SessionAgendas agendas;
  private final ProposalReads proposals;
  private final SessionAgendaText text;
  private final TaskService tasks;
  private final SystemAuthentication system;

  PrepareAgendaForm(CommitteeSessions sessions, SessionAgendas agendas, ProposalReads proposals,
      SessionAgendaText text, ProcessEngine engine, SystemAuthentication system) {
    this.sessions = sessions;
    this.agendas = agendas;
    this.proposals = proposals;
    this.text = text;
    this.tasks = engine.getTaskService();
    this.system = system;
  }

  /**
   * The task's form variables with the agenda as it is now, if the task is a session's "Prepare
   * agenda" (others as they are); {@code names} null is every variable, else only those named.
   */
  @Override
  public VariableMap withCurrentValues(String taskId, VariableMap variables, Collection<String> names) {
    Object sessionId = variables.get(SESSION_ID);
    if (!(sessionId instanceof Number session)) {
      return variables;
    }
    Task task = system.read(() -> tasks.createTaskQuery().taskId(taskId).singleResult());
    if (task == null || !TASK_KEY.equals(task.getTaskDefinitionKey())) {
      return variables;
    }
    values(session.longValue()).forEach((name, value) -> {
      if (names == null || names.contains(name)) {
        variables.putValueTyped(name, value);
      }
    });
    return variables;
  }

  /** The form's values for the session's "Prepare agenda" task, as they are now. */
  Map<String, TypedValue> values(long sessionId) {
    CommitteeSessions.Agenda agenda = sessions.agenda(sessionId);
    List<String> waiting = agendas.addable(sessionId);
    List<Option> onAgenda = agenda.items().stream().filter(AgendaItem::onAgenda)
        .map(item -> option(item.proposalRef())).toList();
    // The checklists start unticked, as JSON lists: Tasklist submits a checklist in the type of the
    // variable of its own key if the task has one (the task's empty input parameter otherwise).
    return Map.of(AGENDA_SUMMARY, Variables.stringValue(text.of(agenda, waiting)),
        AGENDA_ITEM_OPTIONS, json(onAgenda),
        WAITING_PROPOSAL_OPTIONS, json(waiting.stream().map(this::option).toList()),
        REMOVE_PROPOSAL_REFS, json(List.of()),
        ADD_PROPOSAL_REFS, json(List.of()));
  }

  private Option option(String reference) {
    return new Option(proposals.find(reference).map(p -> p.reference() + " · " + p.submission().title() + " · "
        + p.zoneCode()).orElse(reference), reference);
  }

  private static TypedValue json(List<?> list) {
    try {
      return Variables.serializedObjectValue(JSON.writeValueAsString(list))
          .serializationDataFormat(Variables.SerializationDataFormats.JSON).objectTypeName("java.util.ArrayList")
          .create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
