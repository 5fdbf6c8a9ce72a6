package org.sezflow.enterprise;

import static org.sezflow.enterprise.EnterpriseFields.*;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.sezflow.enterprise.ExtensionRequest.ExtensionStatus;
import org.sezflow.system.ProblemException.FieldProblem;
import org.sezflow.zone.PipelineStage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A milestone reached (reported, then verified or returned by the SEZ authority) and the
 * extensions of its deadline. Each step locks the enterprise, checks its input and its state, and
 * writes the record and the timeline in one transaction; a refusal writes nothing.
 */
@Service
public class MilestoneSteps {

  /** What an official decides on a milestone's report. */
  public enum Verification {
    VERIFY,
    RETURN
  }

  public enum ExtensionDecision {
    GRANT,
    REFUSE
  }

  private final EnterpriseRecords records;
  private final EnterpriseRepository repository;
  private final EnterpriseTerms terms;

  MilestoneSteps(EnterpriseRecords records, EnterpriseTerms terms) {
    this.records = records;
    this.repository = records.repository();
    this.terms = terms;
  }

  /** The report's own mistakes: the date it was reached (not in the future, not before the allotment), note, evidence. */
  public List<FieldProblem> reportProblems(LocalDate reachedOn, String note, String evidenceRef) {
    List<FieldProblem> problems = new ArrayList<>();
    EnterpriseInputs.required(problems, REACHED_ON, reachedOn);
    if (EnterpriseInputs.after(reachedOn, records.today())) {
      problems.add(new FieldProblem(REACHED_ON, "must not be in the future"));
    }
    EnterpriseInputs.text(problems, NOTE, note, MAX_NOTE, false);
    EnterpriseInputs.text(problems, EVIDENCE_REF, evidenceRef, MAX_EVIDENCE_REF, true);
    return problems;
  }

  /** The enterprise reached its current milestone (reported by its system, or recorded by the SEZ authority). */
  @Transactional
  public void report(String reference, Milestone milestone, LocalDate reachedOn, String note, String evidenceRef,
      String actor) {
    List<FieldProblem> problems = reportProblems(reachedOn, note, evidenceRef);
    ZoneEnterprise enterprise = records.lock(reference);
    if (reachedOn != null && reachedOn.isBefore(enterprise.allottedOn())) {
      problems.add(new FieldProblem(REACHED_ON, "must not be before the allotment letter of "
          + enterprise.allottedOn()));
    }
    InvalidEnterpriseRequestException.throwIfAny(problems);
    EnterpriseRecords.requireStatus(enterprise, MILESTONE, EnterpriseStatus.ON_TRACK);
    EnterpriseMilestone current = records.requireCurrent(enterprise, MILESTONE);
    if (milestone != null && milestone != current.milestone()) {
      throw new EnterpriseConflictException(MILESTONE, "Zone enterprise " + reference + " works towards "
          + current.milestone() + " now, not " + milestone);
    }
    if (current.status() != MilestoneStatus.PENDING) {
      throw new EnterpriseConflictException(MILESTONE, current.milestone() + " of " + reference
          + " is reported already and waits for the SEZ authority's verification");
    }
    repository.report(reference, current.milestone(), reachedOn, EnterpriseInputs.strip(note),
        evidenceRef.strip(), actor, records.clock().instant());
    records.log(reference, "MILESTONE_REPORTED", current.milestone(), actor, "Reached on " + reachedOn
        + "; evidence " + evidenceRef.strip() + (note == null || note.isBlank() ? "" : "; " + note.strip()));
  }

  /**
   * The SEZ authority verifies the reported milestone, or returns the report with its reason (the
   * milestone then waits for a report again, by the same deadline). Commercial operations verified
   * start the enterprise's monitored years. Returns the milestone decided.
   */
  @Transactional
  public Milestone verify(String reference, Verification verification, String reason, String actor) {
    List<FieldProblem> problems = new ArrayList<>();
    EnterpriseInputs.required(problems, VERIFICATION, verification);
    EnterpriseInputs.text(problems, VERIFICATION_REASON, reason, MAX_REASON, verification == Verification.RETURN);
    InvalidEnterpriseRequestException.throwIfAny(problems);
    ZoneEnterprise enterprise = records.lock(reference);
    EnterpriseRecords.requireStatus(enterprise, VERIFICATION, EnterpriseStatus.ON_TRACK);
    EnterpriseMilestone current = records.requireCurrent(enterprise, VERIFICATION);
    if (current.status() != MilestoneStatus.REPORTED) {
      throw new EnterpriseConflictException(VERIFICATION, current.milestone() + " of " + reference
          + " has no report to verify");
    }
    String grounds = reason == null || reason.isBlank() ? "" : ": " + reason.strip();
    if (verification == Verification.RETURN) {
      repository.reopen(reference, current.milestone());
      records.log(reference, "MILESTONE_RETURNED", current.milestone(), actor, "Report returned" + grounds);
      return current.milestone();
    }
    repository.verify(reference, current.milestone(), actor, records.clock().instant());
    repository.behindSchedule(reference, false);
    records.log(reference, "MILESTONE_VERIFIED", current.milestone(), actor, "Verified" + grounds);
    if (current.milestone() == Milestone.COMMERCIAL_OPERATIONS) {
      LocalDate endsOn = current.reachedOn().plusYears(terms.getMonitoredYears());
      repository.startOperating(reference, current.reachedOn(), endsOn,
          (int) ChronoUnit.DAYS.between(enterprise.allottedOn(), current.reachedOn()),
          records.clock().instant());
      records.movePipeline(enterprise, PipelineStage.ZONE_ENTERPRISE, PipelineStage.ENTERPRISE_OPERATING,
          "Record milestone verification", actor);
      records.log(reference, "OPERATING", null, actor, "Operating since " + current.reachedOn()
          + "; monitored until " + endsOn);
    }
    return current.milestone();
  }

  /**
   * The enterprise asks to move its current milestone's deadline, at most
   * {@link EnterpriseTerms#getMaxExtensionMonths()} months; one request at a time. The SEZ authority
   * decides up to {@link EnterpriseTerms#getExtensionsByAuthority()} extensions per milestone; a
   * further request goes to the JCC's next session. Returns whether it goes to the JCC.
   */
  @Transactional
  public boolean requestExtension(String reference, Milestone milestone, LocalDate requestedDueOn, String reason,
      String actor) {
    List<FieldProblem> problems = new ArrayList<>();
    EnterpriseInputs.required(problems, REQUESTED_DUE_ON, requestedDueOn);
    EnterpriseInputs.text(problems, EXTENSION_REASON, reason, MAX_REASON, true);
    ZoneEnterprise enterprise = records.lock(reference);
    EnterpriseMilestone current = records.current(reference).orElse(null);
    if (current != null && requestedDueOn != null) {
      if (!requestedDueOn.isAfter(current.dueOn())) {
        problems.add(new FieldProblem(REQUESTED_DUE_ON, "must be after the deadline now, " + current.dueOn()));
      } else if (requestedDueOn.isAfter(current.dueOn().plusMonths(terms.getMaxExtensionMonths()))) {
        problems.add(new FieldProblem(REQUESTED_DUE_ON, "must be at most " + terms.getMaxExtensionMonths()
            + " months after the deadline now, " + current.dueOn()));
      }
    }
    InvalidEnterpriseRequestException.throwIfAny(problems);
    EnterpriseRecords.requireStatus(enterprise, MILESTONE, EnterpriseStatus.ON_TRACK);
    current = records.requireCurrent(enterprise, MILESTONE);
    if (milestone != null && milestone != current.milestone()) {
      throw new EnterpriseConflictException(MILESTONE, "Only the milestone worked towards now, "
          + current.milestone() + ", can be extended");
    }
    if (current.status() != MilestoneStatus.PENDING) {
      throw new EnterpriseConflictException(MILESTONE, current.milestone() + " is reported already");
    }
    if (repository.pendingExtension(reference).isPresent()) {
      throw new EnterpriseConflictException(MILESTONE, "An extension request of " + reference
          + " waits for its decision");
    }
    boolean atJcc = current.extensions() >= terms.getExtensionsByAuthority();
    repository.insertExtension(reference, current.milestone(), current.dueOn(), requestedDueOn, reason.strip(),
        actor, records.clock().instant(), atJcc ? ExtensionStatus.AT_JCC : ExtensionStatus.PENDING);
    records.log(reference, "EXTENSION_REQUESTED", current.milestone(), actor, "From " + current.dueOn() + " to "
        + requestedDueOn + ": " + reason.strip() + (atJcc ? " (extension " + (current.extensions() + 1)
            + ": for the JCC to decide)" : ""));
    return atJcc;
  }

  /** The extension request a JCC session is to decide, if one waits for it: the matter of its agenda item. */
  @Transactional(readOnly = true)
  public Optional<ExtensionRequest> atJcc(String reference) {
    return repository.pendingExtension(reference).filter(request -> request.status() == ExtensionStatus.AT_JCC);
  }

  /**
   * A JCC session decided the request: approved, the deadline moves; rejected, it stays; deferred,
   * the request waits for the JCC's next session. The session's citation and minutes are the grounds.
   */
  @Transactional
  public void decideAtJcc(String reference, String jccDecision, String session, String minutesRef, String reason) {
    records.lock(reference);
    ExtensionRequest request = atJcc(reference).orElseThrow(() -> new EnterpriseConflictException(
        EXTENSION_DECISION, "No extension request of " + reference + " waits for the JCC"));
    String grounds = session + (minutesRef == null ? "" : ", " + minutesRef)
        + (reason == null || reason.isBlank() ? "" : ": " + reason.strip());
    switch (jccDecision) {
      case "APPROVE" -> {
        repository.decideExtension(request.id(), ExtensionStatus.GRANTED, grounds, session,
            records.clock().instant());
        repository.moveDue(reference, request.milestone(), request.requestedDueOn(), true);
        repository.behindSchedule(reference, true);
        records.log(reference, "EXTENSION_GRANTED", request.milestone(), session, "Deadline moved from "
            + request.dueOnBefore() + " to " + request.requestedDueOn() + " by the JCC (" + grounds + ")");
      }
      case "REJECT" -> {
        repository.decideExtension(request.id(), ExtensionStatus.REFUSED, grounds, session, records.clock().instant());
        records.log(reference, "EXTENSION_REFUSED", request.milestone(), session, "Deadline stays "
            + request.dueOnBefore() + ", refused by the JCC (" + grounds + ")");
      }
      case "DEFER" -> records.log(reference, "EXTENSION_DEFERRED", request.milestone(), session,
          "To the JCC's next session (" + grounds + ")");
      default -> throw new IllegalArgumentException("Not a JCC decision: " + jccDecision);
    }
  }

  /** The SEZ authority grants or refuses the pending extension request, with its reasons. */
  @Transactional
  public ExtensionDecision decideExtension(String reference, ExtensionDecision decision, String reason,
      String actor) {
    List<FieldProblem> problems = new ArrayList<>();
    EnterpriseInputs.required(problems, EXTENSION_DECISION, decision);
    EnterpriseInputs.text(problems, EXTENSION_DECISION_REASON, reason, MAX_REASON, true);
    InvalidEnterpriseRequestException.throwIfAny(problems);
    records.lock(reference);
    ExtensionRequest request = repository.pendingExtension(reference)
        .orElseThrow(() -> new EnterpriseConflictException(EXTENSION_DECISION, "Zone enterprise " + reference
            + " has no extension request to decide"));
    repository.decideExtension(request.id(), decision == ExtensionDecision.GRANT
        ? ExtensionStatus.GRANTED : ExtensionStatus.REFUSED, reason.strip(), actor,
        records.clock().instant());
    if (decision == ExtensionDecision.GRANT) {
      repository.moveDue(reference, request.milestone(), request.requestedDueOn(), true);
      repository.behindSchedule(reference, true);
      records.log(reference, "EXTENSION_GRANTED", request.milestone(), actor, "Deadline moved from "
          + request.dueOnBefore() + " to " + request.requestedDueOn() + ": " + reason.strip());
    } else {
      records.log(reference, "EXTENSION_REFUSED", request.milestone(), actor, "Deadline stays "
          + request.dueOnBefore() + ": " + reason.strip());
    }
    return decision;
  }
}
