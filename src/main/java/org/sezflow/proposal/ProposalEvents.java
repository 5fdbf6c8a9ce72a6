package org.sezflow.proposal;

import java.util.List;
import java.util.Map;

import org.sezflow.system.ProblemException.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events external systems send about a proposal. An event the proposal is not waiting for is a
 * conflict that names the stage it is in; nothing changes. The step that takes the event
 * validates its data in the same transaction, so a refused event changes nothing either.
 */
@Service
public class ProposalEvents {

  private final ProposalService proposals;
  private final ProposalProcess process;

  ProposalEvents(ProposalService proposals, ProposalProcess process) {
    this.proposals = proposals;
    this.process = process;
  }

  @Transactional
  public void send(String reference, ProposalEventType type, Map<String, Object> data) {
    // One event per proposal at a time: a second one waits, then sees the first one's outcome.
    Proposal proposal = proposals.getForUpdate(reference);
    if (proposal.status().isClosed() || !process.awaits(reference, type)) {
      throw new ProposalConflictException("type", "Proposal " + reference + " is at stage " + proposal.stage()
          + " (" + proposal.status() + ") and does not wait for " + type.path());
    }
    process.signal(reference, type, data);
  }

  /** Checks an event's own fields before it goes to the process. */
  public static List<FieldProblem> problems(ProposalEventType type, Map<String, Object> data) {
    List<FieldProblem> problems = new java.util.ArrayList<>();
    switch (type) {
      case CLARIFICATION_ANSWERED -> text(problems, data, "response", 4000, true);
      case MOU_SIGNED -> {
        text(problems, data, "signedOn", 10, true);
        text(problems, data, "venue", 16, true);
        text(problems, data, "signatories", 2000, true);
        text(problems, data, "witnesses", 2000, true);
        text(problems, data, "draftReference", 60, false);
      }
      case JCC_DECISION -> {
        Object decision = data.get("decision");
        if (decision == null || !DecisionStep.JCC_DECISION.outcomes().contains(decision.toString())) {
          problems.add(new FieldProblem("decision", "must be one of " + DecisionStep.JCC_DECISION.outcomes()));
        }
        text(problems, data, "minutes", 4000, true);
        if ("DEFER".equals(decision)) {
          text(problems, data, "nextSessionOn", 10, true);
        }
      }
      case WITHDRAWAL -> text(problems, data, "reason", 1000, false);
    }
    return problems;
  }

  private static void text(List<FieldProblem> problems, Map<String, Object> data, String field, int max,
      boolean required) {
    Object value = data.get(field);
    if (value == null || value.toString().isBlank()) {
      if (required) {
        problems.add(new FieldProblem(field, "is required"));
      }
    } else if (value.toString().length() > max) {
      problems.add(new FieldProblem(field, "must have at most " + max + " characters"));
    } else if (value.toString().chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
      problems.add(new FieldProblem(field, "must not contain control characters"));
    }
  }
}
