package org.sezflow.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sezflow.variables.ProcessVariables.*;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.sezflow.committee.Committee;
import org.sezflow.committee.SessionDriver;

/**
 * Moves a proposal's process forward through the engine, as the officials would in Tasklist, so
 * that API tests can reach the stage where an event is expected. Tests that must use HTTP only
 * (HttpLifecycleTest) do not use it. Public for the browser tests, which need real proposals at
 * every stage and their withdrawal afterwards.
 */
public final class ProcessDriver {

  private final ProcessEngine engine;
  private final String pmuOfficer;
  private final SessionDriver sessions;

  public ProcessDriver(ProcessEngine engine, String pmuOfficer) {
    this.engine = engine;
    this.pmuOfficer = pmuOfficer;
    this.sessions = new SessionDriver(engine);
  }

  /** The PMU screens the proposal: ACCEPT, CLARIFY or REJECT. */
  public void screen(String reference, String decision) {
    Task screening = single(reference, "ScreenProposal");
    engine.getTaskService().claim(screening.getId(), pmuOfficer);
    engine.getTaskService().complete(screening.getId(), Map.of(SCREENING_DECISION, decision,
        SCREENING_REASON, "Screened against the SEZ rules: " + decision));
  }

  /** From screening to "Prepare MoU" (land reserved). */
  public void toMou(String reference) {
    screen(reference, "ACCEPT");
    single(reference, "PrepareMou");
  }

  /** From screening to "Record MoU signing" (MoU prepared). */
  public void toMouSigning(String reference) {
    toMou(reference);
    complete(single(reference, "PrepareMou"), Map.of(MOU_DRAFT_REFERENCE, "BOI/MOU/2026/17",
        MOU_PLANNED_ON, ProposalRequests.today().plusDays(10).toString()));
  }

  /** From screening to the ministries' consultations (MoU signed). */
  public void toConsultations(String reference) {
    toMouSigning(reference);
    complete(single(reference, "RecordMouSigning"), Map.of(
        MOU_SIGNED_ON, ProposalRequests.today().toString(),
        MOU_VENUE, "BOTH",
        MOU_SIGNATORIES, "Liu Wei, Neusoft Medical Systems\nAhmed Raza, Dynamic Engineering Automation",
        MOU_WITNESSES, "Secretary BOI"));
  }

  /** From screening to waiting for a JWG session (every ministry consulted). */
  void toJwgSession(String reference) {
    toConsultations(reference);
    List<Task> consultations = tasks(reference, "ConsultMinistry");
    assertThat(consultations).hasSize(4);
    consultations.forEach(t -> complete(t, Map.of(MINISTRY_OPINION, "SUPPORT",
        MINISTRY_COMMENTS, "No objection from the ministry's side")));
    assertThat(waitsAt(reference, "JwgSessionDecided")).isTrue();
  }

  /** From screening to "Revise proposal" (a JWG session sent it back). */
  void toRevision(String reference) {
    toJwgSession(reference);
    sessions.decide(Committee.JWG, reference, "SEND_BACK");
    single(reference, "ReviseProposal");
  }

  /** From screening to waiting for a JCC session (a JWG session endorsed it). */
  public void toJcc(String reference) {
    toJwgSession(reference);
    sessions.decide(Committee.JWG, reference, "ENDORSE");
    assertThat(waitsAt(reference, "JccSessionDecided")).isTrue();
  }

  /** From screening to "Issue allotment letter" (a JCC session approved, the plot is allocated). */
  public void toAllotmentLetter(String reference) {
    toJcc(reference);
    sessions.decide(Committee.JCC, reference, "APPROVE");
    single(reference, "IssueAllotmentLetter");
  }

  /** From screening to a zone enterprise: the SEZ authority issues the allotment letter today. */
  public void toZoneEnterprise(String reference) {
    toAllotmentLetter(reference);
    complete(single(reference, "IssueAllotmentLetter"), Map.of(ALLOTMENT_LETTER_NO, "SEZA/ALT/" + reference,
        ALLOTMENT_LETTER_DATE, ProposalRequests.today().toString()));
  }

  /** Whether the proposal's process waits at this activity (a committee's decision, say). */
  boolean waitsAt(String reference, String activityId) {
    return engine.getRuntimeService().createExecutionQuery().processDefinitionKey(PROCESS_KEY)
        .processInstanceBusinessKey(reference).activityId(activityId).count() > 0;
  }

  /** Ends the proposal (and gives back its land) if it is still running; for clean-up. */
  public void withdrawIfRunning(String reference) {
    if (engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .processInstanceBusinessKey(reference).count() > 0) {
      engine.getRuntimeService().createMessageCorrelation(MESSAGE_PROPOSAL_WITHDRAWN)
          .processInstanceBusinessKey(reference).setVariable(WITHDRAWAL_REASON, "Clean-up after the test").correlate();
    }
  }

  /**
   * Withdraws each proposal still running; one that cannot be withdrawn (a bug a test reports by
   * itself) does not keep the others from being withdrawn.
   */
  void withdrawAllRunning(List<String> references) {
    for (String reference : references) {
      try {
        withdrawIfRunning(reference);
      } catch (RuntimeException refused) {
        System.err.println("Could not withdraw " + reference + " after the test: " + refused);
      }
    }
  }

  long runningInstances(String reference) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .processInstanceBusinessKey(reference).count();
  }

  Task single(String reference, String taskDefinitionKey) {
    List<Task> found = tasks(reference, taskDefinitionKey);
    assertThat(found).as("open %s tasks of %s", taskDefinitionKey, reference).hasSize(1);
    return found.get(0);
  }

  List<Task> tasks(String reference, String taskDefinitionKey) {
    return engine.getTaskService().createTaskQuery().processDefinitionKey(PROCESS_KEY)
        .processInstanceBusinessKey(reference).taskDefinitionKey(taskDefinitionKey).list();
  }

  private void complete(Task task, Map<String, Object> variables) {
    engine.getTaskService().complete(task.getId(), variables);
  }
}
