package org.sezflow.proposal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The proposal's process as the API sees it; implemented over Camunda in the workflow package.
 */
public interface ProposalProcess {

  record OpenTask(String id, String name, String candidateGroup, String assignee, Instant created, Instant due,
      int priority) {}

  record Step(String activityId, String name, String type, Instant started, Instant ended, String actor,
      String taskId) {}

  /**
   * Starts the process for a proposal, with the reference as business key, as the application on
   * the caller's behalf (the API has checked the caller); joins the caller's transaction.
   */
  void start(String reference, ProposalSubmission submission);

  /** The open tasks of each of these proposals, oldest first, by reference; proposals with none are left out. */
  Map<String, List<OpenTask>> openTasks(List<Proposal> proposals);

  /** The steps the process instance went through, in order, from its history. */
  List<Step> history(String reference);

  /** Whether the running process waits for this event now. */
  boolean awaits(String reference, ProposalEventType event);

  /** Delivers the event to the process, as the application on the caller's behalf. */
  void signal(String reference, ProposalEvent event);
}
