package org.sezflow.proposal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.sezflow.system.ProblemException.FieldProblem;
import org.sezflow.zone.PipelineStage;
import org.sezflow.zone.ZonePipelineService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The first step of a proposal's life: a submission checked against every rule, then registered. */
@Service
public class ProposalRegistration {

  private static final Pattern REFERENCE = Pattern.compile("^[A-Z0-9][A-Z0-9-]{2,39}$");

  private final ProposalReads reads;
  private final ProposalRepository proposals;
  private final DecisionLog decisionLog;
  private final ReferenceGenerator references;
  private final ZonePipelineService pipeline;
  private final StepRules rules;
  private final Clock clock;

  ProposalRegistration(ProposalReads reads, ProposalRepository proposals, DecisionLog decisionLog,
      ReferenceGenerator references, ZonePipelineService pipeline, StepRules rules, Clock clock) {
    this.reads = reads;
    this.proposals = proposals;
    this.decisionLog = decisionLog;
    this.references = references;
    this.pipeline = pipeline;
    this.rules = rules;
    this.clock = clock;
  }

  /**
   * Registers a submitted proposal and counts it in its zone's pipeline. The reference is the
   * requested one (a client's own, or the process's business key) or the next JV-year-number.
   */
  @Transactional
  public Proposal register(String requestedReference, ProposalSubmission submission, StepContext step) {
    validate(requestedReference, submission);
    String reference = requestedReference != null ? requestedReference : references.next();
    proposals.insert(reference, submission, PipelineStage.SUBMITTED, step.processInstanceId(), clock.instant());
    decisionLog.append(reference, "SUBMISSION", "SUBMITTED", submission.title(), step.actor(), null);
    pipeline.enter(submission.zoneCode(), PipelineStage.SUBMITTED, step.cause(reference));
    return reads.get(reference);
  }

  /**
   * Checks a submission against every rule, including the zone's (known, acres within its
   * leasable area) and the reference's (format, not taken). Writes nothing.
   */
  @Transactional(readOnly = true)
  public void validate(String requestedReference, ProposalSubmission submission) {
    List<FieldProblem> problems = new ArrayList<>(submission.problems());
    if (submission.zoneCode() != null && !submission.zoneCode().isBlank()) {
      problems.addAll(rules.landRequest(submission.zoneCode(), submission.acresRequested()));
    }
    if (requestedReference != null && !REFERENCE.matcher(requestedReference).matches()) {
      problems.add(new FieldProblem("reference", "must be 3 to 40 capital letters, digits or dashes"));
    } else if (requestedReference != null && !references.isDrawnOrOwn(requestedReference)) {
      // A client's own reference must not take a number the sequence has yet to give out.
      problems.add(new FieldProblem("reference", "has the form of the references SEZ Flow gives out (JV-year-number) "
          + "but a number not given out yet; choose a reference of your own or leave it out"));
    }
    InvalidProposalException.throwIfAny(problems);
    if (requestedReference != null && proposals.exists(requestedReference)) {
      throw new ProposalConflictException("reference", "A proposal with reference " + requestedReference + " exists");
    }
  }
}
