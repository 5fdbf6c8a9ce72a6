package org.sezflow.workflow;

import static org.sezflow.variables.SessionVariables.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.sezflow.committee.AgendaItem;
import org.sezflow.committee.Committee;
import org.sezflow.committee.CommitteeSessions;
import org.sezflow.committee.SessionAgendas;
import org.sezflow.committee.SessionDecision;
import org.sezflow.engine.EngineCallers;
import org.sezflow.engine.EngineCallers.Caller;
import org.sezflow.proposal.ProposalReads;
import org.sezflow.system.Actors;
import org.sezflow.variables.ProcessVariables;
import org.sezflow.variables.VariableValues;
import org.springframework.stereotype.Component;

/**
 * "Record decision", one task per item of the frozen agenda: names the item's proposal on the task
 * when it opens ({@code ${sessionDecisionListener.prepare(task)}} on "create": reference, title and
 * zone, local to the task's instance, for Tasklist's cards; the form loads the rest from the records,
 * see forms' SessionItemForm) and records the session's decision on the item when it
 * completes ({@code ${sessionDecisionListener.record(task)}} on "complete"), whether an official
 * completes it in Tasklist or the API completes it for the session's decisions. A decision the
 * session refuses (the item decided meanwhile, its proposal withdrawn) fails the completion.
 */
@Component
public class SessionDecisionListener {

  private final CommitteeSessions sessions;
  private final SessionAgendas agendas;
  private final ProposalReads proposals;

  SessionDecisionListener(CommitteeSessions sessions, SessionAgendas agendas, ProposalReads proposals) {
    this.sessions = sessions;
    this.agendas = agendas;
    this.proposals = proposals;
  }

  public void prepare(DelegateTask task) {
    AgendaItem item = agendas.item(SessionAgendaListener.sessionId(task), itemId(task));
    var instance = task.getExecution();
    instance.setVariableLocal(ProcessVariables.PROPOSAL_REF, item.proposalRef());
    proposals.find(item.proposalRef()).ifPresent(proposal -> {
      instance.setVariableLocal(ProcessVariables.PROPOSAL_TITLE, proposal.submission().title());
      instance.setVariableLocal(ProcessVariables.ZONE_CODE, proposal.zoneCode());
    });
  }

  public void record(DelegateTask task) {
    Committee committee = Committee.valueOf(VariableValues.string(task, COMMITTEE));
    String decided = VariableValues.string(task, decisionField(committee));
    if (decided == null && agendas.item(SessionAgendaListener.sessionId(task), itemId(task)).withdrawnAt() != null) {
      return; // AgendaWithdrawal closed the task of a withdrawn proposal: there is nothing to record.
    }
    SessionDecision decision = new SessionDecision(itemId(task), decided, VariableValues.string(task, MINUTES_REF),
        VariableValues.string(task, DECISION_REASON));
    sessions.recordDecisions(SessionAgendaListener.sessionId(task), List.of(decision), actor(task));
  }

  private static long itemId(DelegateTask task) {
    return ((Number) task.getVariable(ITEM_ID)).longValue();
  }

  /** Who completes the task: the calling user (in Tasklist or through the API), else its assignee. */
  private static String actor(DelegateTask task) {
    Caller caller = EngineCallers.current(task.getProcessEngineServices().getIdentityService());
    if (caller != null) {
      return caller.userId();
    }
    return task.getAssignee() != null ? task.getAssignee() : Actors.APPLICATION;
  }
}
