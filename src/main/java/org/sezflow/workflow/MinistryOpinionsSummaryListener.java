package org.sezflow.workflow;

import static org.sezflow.workflow.ProcessVariables.MINISTRY_OPINIONS_SUMMARY;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.sezflow.proposal.MinistryOpinion;
import org.sezflow.proposal.ProposalService;
import org.springframework.stereotype.Component;

/**
 * Puts the ministries' latest opinions in front of the JWG (and later the JCC): a task listener
 * on "create" of "Review at JWG", {@code ${ministryOpinionsSummaryListener.summarise(task)}}.
 * Summarised once when the review opens, not after every ministry's answer, which no one reads.
 */
@Component
public class MinistryOpinionsSummaryListener {

  private final ProposalService proposals;

  MinistryOpinionsSummaryListener(ProposalService proposals) {
    this.proposals = proposals;
  }

  public void summarise(DelegateTask task) {
    List<MinistryOpinion> opinions = proposals.ministryOpinions(task.getExecution().getProcessBusinessKey());
    task.getExecution().getProcessInstance().setVariable(MINISTRY_OPINIONS_SUMMARY,
        String.join("\n", opinions.stream().map(MinistryOpinion::summaryLine).toList()));
  }
}
