package org.sezflow.enterprise;

import java.util.List;

import org.sezflow.enterprise.ZoneEnterprises.EnterpriseFile;
import org.sezflow.proposal.Proposal;

/** An enterprise's record in words, as the SEZ authority's task forms show it: what the next decision needs to read. */
public final class EnterpriseFileText {

  private EnterpriseFileText() {}

  public static String of(EnterpriseFile file) {
    ZoneEnterprise enterprise = file.enterprise();
    Proposal proposal = file.proposal();
    StringBuilder text = new StringBuilder();
    text.append(proposal.reference()).append(" · ").append(proposal.submission().title()).append('\n')
        .append("Zone ").append(proposal.zoneCode()).append(", plot ").append(proposal.plotNumber())
        .append("; allotment letter ").append(proposal.allotmentLetterNo()).append(" of ")
        .append(enterprise.allottedOn()).append('\n')
        .append("Status: ").append(enterprise.status());
    if (enterprise.operatingSince() != null) {
      text.append(", operating since ").append(enterprise.operatingSince()).append(", monitored until ")
          .append(enterprise.monitoringEndsOn());
    }
    text.append("\n\nMilestones\n");
    for (EnterpriseMilestone m : file.milestones()) {
      text.append("- ").append(m.milestone().label()).append(": due ").append(m.dueOn());
      if (!m.dueOn().equals(m.originalDueOn())) {
        text.append(" (first due ").append(m.originalDueOn()).append(", ").append(m.extensions())
            .append(" extension(s))");
      }
      text.append(" · ").append(m.status());
      if (m.reachedOn() != null) {
        text.append("\n  reached on ").append(m.reachedOn()).append(", evidence ").append(m.evidenceRef())
            .append(", reported by ").append(m.reportedBy());
        if (m.note() != null) {
          text.append("\n  note: ").append(m.note());
        }
      }
      if (m.verifiedBy() != null) {
        text.append("\n  verified by ").append(m.verifiedBy());
      }
      text.append('\n');
    }
    List<ExtensionRequest> extensions = file.extensions();
    if (!extensions.isEmpty()) {
      text.append("\nExtension requests\n");
      for (ExtensionRequest e : extensions) {
        text.append("- ").append(e.milestone()).append(": from ").append(e.dueOnBefore()).append(" to ")
            .append(e.requestedDueOn()).append(", asked by ").append(e.requestedBy()).append(": ").append(e.reason())
            .append("\n  ").append(e.status());
        if (e.decidedBy() != null) {
          text.append(" by ").append(e.decidedBy()).append(": ").append(e.decisionReason());
        }
        text.append('\n');
      }
    }
    for (ShowCauseNotice n : file.notices()) {
      text.append("\nShow-cause notice: ").append(n.milestone()).append(" was due by ").append(n.missedDueOn())
          .append("; reply due by ").append(n.replyDueOn()).append('\n')
          .append(n.answer() == null ? "  No reply recorded" : "  Reply (" + n.answeredBy() + "): " + n.answer())
          .append('\n');
      if (n.decision() != null) {
        text.append("  Decision: ").append(n.decision()).append(" by ").append(n.decidedBy()).append(": ")
            .append(n.decisionReason());
        if (n.restoredDueOn() != null) {
          text.append(" (new deadline ").append(n.restoredDueOn()).append(')');
        }
        text.append('\n');
      }
      if (n.confirmation() != null) {
        text.append("  Cancellation ").append(n.confirmation() == ShowCauseNotice.CancellationConfirmation.CONFIRM
            ? "confirmed" : "refused").append(" by ").append(n.confirmedBy()).append(": ")
            .append(n.confirmationReason()).append('\n');
      }
    }
    if (!file.reports().isEmpty()) {
      text.append("\nProgress reports\n");
      for (ProgressReport r : file.reports()) {
        text.append("- ").append(r.period()).append(" (due ").append(r.dueOn()).append(") · ").append(r.status());
        if (r.submittedAt() != null) {
          text.append(": investment USD ").append(r.investmentUsd().toPlainString()).append(", jobs ")
              .append(r.jobsPakistani()).append(" Pakistani + ").append(r.jobsForeign())
              .append(" foreign, exports USD ")
              .append(r.exportsUsd().toPlainString()).append(", construction ")
              .append(r.constructionPct().toPlainString()).append(" %");
        }
        if (r.question() != null) {
          text.append("\n  question: ").append(r.question());
        }
        if (r.answer() != null) {
          text.append("\n  answer: ").append(r.answer());
        }
        text.append('\n');
      }
    }
    return text.toString().stripTrailing();
  }
}
