package org.sezflow.enterprise;

import static org.sezflow.enterprise.EnterpriseFields.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.sezflow.enterprise.ShowCauseNotice.CancellationConfirmation;
import org.sezflow.enterprise.ShowCauseNotice.DefaultDecision;
import org.sezflow.proposal.ProposalReads;
import org.sezflow.proposal.SponsorNotices;
import org.sezflow.system.ProblemException.FieldProblem;
import org.sezflow.zone.LandAccountService;
import org.sezflow.zone.PipelineStage;
import org.sezflow.zone.ZoneChangeCause;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A missed milestone, with due process: the default opens a show-cause notice with a reply window;
 * the SEZ authority decides only once the enterprise answered or the window closed, and restores
 * the enterprise with a new deadline or proposes its cancellation, which a second official confirms
 * (the plot goes back to the zone) or refuses. Each step locks the enterprise first, then, for a
 * cancellation, the zone: the order every path takes.
 */
@Service
public class DefaultSteps {

  static final String CANCEL_STEP = "Cancel zone enterprise";

  private final EnterpriseRecords records;
  private final EnterpriseRepository repository;
  private final EnterpriseTerms terms;
  private final LandAccountService landAccounts;
  private final NoticeRepository notices;
  private final SponsorNotices sponsorNotices;
  private final ProposalReads proposals;

  DefaultSteps(EnterpriseRecords records, EnterpriseTerms terms, LandAccountService landAccounts,
      NoticeRepository notices, SponsorNotices sponsorNotices, ProposalReads proposals) {
    this.notices = notices;
    this.sponsorNotices = sponsorNotices;
    this.proposals = proposals;
    this.records = records;
    this.repository = records.repository();
    this.terms = terms;
    this.landAccounts = landAccounts;
  }

  /**
   * The current milestone's deadline passed unreported: the enterprise is in default and a
   * show-cause notice goes out. Returns the last day of the reply window.
   */
  @Transactional
  public LocalDate recordDefault(String reference, String actor) {
    ZoneEnterprise enterprise = records.lock(reference);
    EnterpriseRecords.requireStatus(enterprise, MILESTONE, EnterpriseStatus.ON_TRACK);
    EnterpriseMilestone missed = records.requireCurrent(enterprise, MILESTONE);
    if (missed.status() == MilestoneStatus.VERIFIED || !records.today().isAfter(missed.dueOn())) {
      throw new EnterpriseConflictException(MILESTONE, missed.milestone() + " of " + reference + " is due by "
          + missed.dueOn() + ": not missed");
    }
    LocalDate replyDueOn = records.today().plusDays(terms.getShowCauseReplyDays());
    repository.updateStatus(reference, EnterpriseStatus.IN_DEFAULT, records.clock().instant());
    notices.insert(reference, missed.milestone(), missed.dueOn(), replyDueOn, records.clock().instant());
    records.log(reference, "DEFAULT", missed.milestone(), actor, missed.milestone().label() + " was due by "
        + missed.dueOn() + "; show-cause notice issued, reply due by " + replyDueOn);
    sponsorNotices.toSponsor(proposals.get(reference), "Show-cause notice to zone enterprise " + reference,
        missed.milestone().label() + " was due by " + missed.dueOn() + ". Show cause by " + replyDueOn
            + " why the allotment should not be cancelled, through your system or in writing to the SEZ authority.");
    return replyDueOn;
  }

  /** The enterprise's answer to the notice, within its reply window, once. */
  @Transactional
  public void answer(String reference, String answer, String actor) {
    List<FieldProblem> problems = new ArrayList<>();
    EnterpriseInputs.text(problems, SHOW_CAUSE_ANSWER, answer, MAX_ANSWER, true);
    InvalidEnterpriseRequestException.throwIfAny(problems);
    ZoneEnterprise enterprise = records.lock(reference);
    EnterpriseRecords.requireStatus(enterprise, SHOW_CAUSE_ANSWER, EnterpriseStatus.IN_DEFAULT);
    ShowCauseNotice notice = openNotice(reference, SHOW_CAUSE_ANSWER);
    if (notice.answer() != null) {
      throw new EnterpriseConflictException(SHOW_CAUSE_ANSWER, "The show-cause notice of " + reference
          + " is answered already");
    }
    if (records.today().isAfter(notice.replyDueOn())) {
      throw new EnterpriseConflictException(SHOW_CAUSE_ANSWER, "The reply window of " + reference + " closed on "
          + notice.replyDueOn());
    }
    notices.answer(notice.id(), answer.strip(), actor, records.clock().instant());
    records.log(reference, "SHOW_CAUSE_ANSWERED", notice.milestone(), actor, answer.strip());
  }

  /**
   * The SEZ authority's decision on the default, after the answer or the reply window: restore
   * with a new deadline after today, or propose the cancellation. Both with the reasons.
   */
  @Transactional
  public DefaultDecision decide(String reference, DefaultDecision decision, String reason, LocalDate restoredDueOn,
      String actor) {
    List<FieldProblem> problems = new ArrayList<>();
    EnterpriseInputs.required(problems, DEFAULT_DECISION, decision);
    EnterpriseInputs.text(problems, DEFAULT_DECISION_REASON, reason, MAX_REASON, true);
    if (decision == DefaultDecision.RESTORE) {
      EnterpriseInputs.required(problems, RESTORED_DUE_ON, restoredDueOn);
      if (restoredDueOn != null && !restoredDueOn.isAfter(records.today())) {
        problems.add(new FieldProblem(RESTORED_DUE_ON, "must be after today"));
      }
    } else if (restoredDueOn != null) {
      problems.add(new FieldProblem(RESTORED_DUE_ON, "is given only to restore the enterprise"));
    }
    InvalidEnterpriseRequestException.throwIfAny(problems);
    ZoneEnterprise enterprise = records.lock(reference);
    EnterpriseRecords.requireStatus(enterprise, DEFAULT_DECISION, EnterpriseStatus.IN_DEFAULT);
    ShowCauseNotice notice = openNotice(reference, DEFAULT_DECISION);
    if (notice.answer() == null && !records.today().isAfter(notice.replyDueOn())) {
      throw new EnterpriseConflictException(DEFAULT_DECISION, "The enterprise may answer the show-cause notice "
          + "until " + notice.replyDueOn() + ": decide after its answer or after that day");
    }
    notices.decide(notice.id(), decision, reason.strip(), restoredDueOn, actor, records.clock().instant());
    if (decision == DefaultDecision.RESTORE) {
      repository.moveDue(reference, notice.milestone(), restoredDueOn, false);
      repository.behindSchedule(reference, true);
      repository.updateStatus(reference, EnterpriseStatus.ON_TRACK, records.clock().instant());
      records.log(reference, "RESTORED", notice.milestone(), actor, "New deadline " + restoredDueOn + ": "
          + reason.strip());
    } else {
      repository.updateStatus(reference, EnterpriseStatus.CANCELLATION_PROPOSED, records.clock().instant());
      records.log(reference, "CANCELLATION_PROPOSED", notice.milestone(), actor, reason.strip());
    }
    return decision;
  }

  /**
   * A second official confirms or refuses the proposed cancellation. Confirmed, the enterprise is
   * cancelled and its plot goes back to the zone, once; refused, the default waits for a new decision.
   */
  @Transactional
  public CancellationConfirmation confirm(String reference, CancellationConfirmation confirmation, String reason,
      String actor) {
    List<FieldProblem> problems = new ArrayList<>();
    EnterpriseInputs.required(problems, CANCELLATION_DECISION, confirmation);
    EnterpriseInputs.text(problems, CANCELLATION_DECISION_REASON, reason, MAX_REASON, true);
    InvalidEnterpriseRequestException.throwIfAny(problems);
    ZoneEnterprise enterprise = records.lock(reference);
    EnterpriseRecords.requireStatus(enterprise, CANCELLATION_DECISION, EnterpriseStatus.CANCELLATION_PROPOSED);
    ShowCauseNotice notice = openNotice(reference, CANCELLATION_DECISION);
    requireSecondOfficial(reference, notice, actor);
    notices.confirm(notice.id(), confirmation, reason.strip(), actor, records.clock().instant());
    if (confirmation == CancellationConfirmation.REFUSE) {
      repository.updateStatus(reference, EnterpriseStatus.IN_DEFAULT, records.clock().instant());
      records.log(reference, "CANCELLATION_REFUSED", notice.milestone(), actor, reason.strip());
      return confirmation;
    }
    repository.updateStatus(reference, EnterpriseStatus.CANCELLED, records.clock().instant());
    records.movePipeline(enterprise, PipelineStage.ZONE_ENTERPRISE, PipelineStage.ENTERPRISE_CANCELLED, CANCEL_STEP,
        actor);
    var plot = landAccounts.returnPlot(reference, new ZoneChangeCause(reference, enterprise.processInstanceId(),
        CANCEL_STEP, actor));
    sponsorNotices.toSponsor(proposals.get(reference), "Allotment of zone enterprise " + reference + " cancelled",
        "The SEZ authority cancelled the allotment of plot " + plot.plotNumber() + ": " + notice.decisionReason());
    records.log(reference, "CANCELLED", notice.milestone(), actor, "Proposed by " + notice.decidedBy() + " ("
        + notice.decisionReason() + "); confirmed: " + reason.strip() + ". Plot " + plot.plotNumber() + ", "
        + plot.acres().toPlainString() + " acres, returned to " + plot.zoneCode());
    return confirmation;
  }

  /** Four eyes: whoever proposed the cancellation may not confirm or refuse it. */
  public void requireSecondOfficial(String reference, ShowCauseNotice notice, String actor) {
    if (notice.decidedBy() != null && notice.decidedBy().equals(actor)) {
      throw new FourEyesException(reference, actor);
    }
  }

  /** The notice of the default now open, for the four-eyes check before a task is completed. */
  @Transactional(readOnly = true)
  public ShowCauseNotice openNotice(String reference) {
    return openNotice(reference, "reference");
  }

  private ShowCauseNotice openNotice(String reference, String field) {
    return notices.open(reference).orElseThrow(() -> new EnterpriseConflictException(field,
        "Zone enterprise " + reference + " has no open show-cause notice"));
  }
}
