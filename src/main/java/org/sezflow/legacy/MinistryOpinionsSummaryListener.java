package org.sezflow.legacy;

import static org.sezflow.variables.ProcessVariables.MINISTRY_OPINIONS_SUMMARY;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.sezflow.proposal.MinistryOpinion;
import org.sezflow.proposal.ProposalReads;
import org.sezflow.workflow.SessionDecisionListener;
import org.springframework.stereotype.Component;

/**
 * Puts the ministries' latest opinions in front of the JWG (and later the JCC): a task listener
 * on "create" of version 1.0's "Review at JWG", {@code ${ministryOpinionsSummaryListener.summarise(task)}}.
 * Version 2.0 shows them on the JWG session's "Record decision" ({@link SessionDecisionListener}).
 * Summarised once when the review opens, not after every ministry's answer, which no one reads.
 */
@Component
public class MinistryOpinionsSummaryListener {

  private final ProposalReads proposals;

  MinistryOpinionsSummaryListener(ProposalReads proposals) {
    this.proposals = proposals;
  }

  public void summarise(DelegateTask task) {
    task.getExecution().getProcessInstance().setVariable(MINISTRY_OPINIONS_SUMMARY,
        MinistryOpinion.summary(proposals.ministryOpinions(task.getExecution().getProcessBusinessKey())));
  }
}
