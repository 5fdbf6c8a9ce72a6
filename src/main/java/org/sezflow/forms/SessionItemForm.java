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
import org.sezflow.committee.AgendaItem;
import org.sezflow.committee.Committee;
import org.sezflow.committee.SessionAgendas;
import org.sezflow.engine.CurrentFormValues;
import org.sezflow.engine.SystemAuthentication;
import org.sezflow.enterprise.MilestoneSteps;
import org.sezflow.proposal.MinistryOpinion;
import org.sezflow.proposal.ProposalReads;
import org.sezflow.variables.ProcessVariables;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * What a session's "Record decision" form shows of its agenda item, read from the records each time
 * it loads: what the item decides (the JV proposal, or a zone enterprise's further extension with its
 * dates and reason) and, at the JWG, the ministries' latest opinions.
 */
@Component
class SessionItemForm implements CurrentFormValues {

  private final SessionAgendas agendas;
  private final ProposalReads proposals;
  private final MilestoneSteps milestones;
  private final TaskService tasks;
  private final SystemAuthentication system;

  SessionItemForm(SessionAgendas agendas, ProposalReads proposals, MilestoneSteps milestones,
      @Lazy ProcessEngine engine, SystemAuthentication system) {
    this.agendas = agendas;
    this.proposals = proposals;
    this.milestones = milestones;
    this.tasks = engine.getTaskService();
    this.system = system;
  }

  @Override
  public VariableMap withCurrentValues(String taskId, VariableMap variables, Collection<String> names) {
    if (names != null && !names.contains(AGENDA_MATTER)
        && !names.contains(ProcessVariables.MINISTRY_OPINIONS_SUMMARY)) {
      return variables;
    }
    Map<String, Object> item = system.read(() -> {
      Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
      return task == null || task.getProcessDefinitionId() == null
          || !task.getProcessDefinitionId().startsWith(PROCESS_KEY + ":")
          || !RECORD_DECISION_TASK.equals(task.getTaskDefinitionKey()) ? null
              : tasks.getVariables(taskId, List.of(SESSION_ID, ITEM_ID, COMMITTEE));
    });
    if (item == null || !(item.get(SESSION_ID) instanceof Number session)
        || !(item.get(ITEM_ID) instanceof Number id)) {
      return variables;
    }
    AgendaItem agendaItem = agendas.item(session.longValue(), id.longValue());
    variables.putValueTyped(AGENDA_MATTER, Variables.stringValue(matter(agendaItem.proposalRef())));
    if (Committee.JWG.name().equals(item.get(COMMITTEE))) {
      variables.putValueTyped(ProcessVariables.MINISTRY_OPINIONS_SUMMARY,
          Variables.stringValue(MinistryOpinion.summary(proposals.ministryOpinions(agendaItem.proposalRef()))));
    }
    return variables;
  }

  private String matter(String reference) {
    return milestones.atJcc(reference)
        .map(request -> "A zone enterprise's further extension: " + request.milestone() + " from "
            + request.dueOnBefore() + " to " + request.requestedDueOn() + ", asked because: " + request.reason()
            + "\nApprove grants the new date, reject keeps the deadline, defer takes it to the next session.")
        .orElse("The JV proposal itself");
  }
}
