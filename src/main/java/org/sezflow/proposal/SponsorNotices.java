package org.sezflow.proposal;

import java.util.ArrayList;
import java.util.List;

import org.sezflow.zone.PipelineStage;
import org.springframework.stereotype.Component;

/** What SEZ Flow tells a proposal's sponsor and partners, and to whom: written to the notification outbox. */
@Component
public class SponsorNotices {

  private final NotificationLog notifications;
  private final PartnerMail partnerMail;

  SponsorNotices(NotificationLog notifications, PartnerMail partnerMail) {
    this.notifications = notifications;
    this.partnerMail = partnerMail;
  }

  void clarificationRequested(Proposal proposal, String question) {
    notifications.add(proposal.reference(), sponsor(proposal),
        "Clarification requested on proposal " + proposal.reference(),
        "The BOI CPEC PMU asks: " + question + "\nPlease answer through the investor portal.");
  }

  void closed(Proposal proposal, PipelineStage outcome, String reason) {
    notifications.add(proposal.reference(), sponsor(proposal),
        "Proposal " + proposal.reference() + " " + outcome.name().toLowerCase(),
        reason == null ? outcome.name() : reason);
  }

  /** Tells every partner and the sponsor that the plot is allotted; returns how many were told. */
  int plotAllotted(Proposal proposal) {
    String subject = "Plot " + proposal.plotNumber() + " allotted in " + proposal.zoneCode() + " to "
        + proposal.submission().title();
    String body = "Allotment letter " + proposal.allotmentLetterNo() + " of " + proposal.allotmentLetterDate()
        + " grants plot " + proposal.plotNumber() + " (" + proposal.acresRequested().toPlainString() + " acres). "
        + "Construction must be complete by " + proposal.constructionDeadline() + ".";
    List<String> recipients = new ArrayList<>();
    proposal.submission().partners()
        .forEach(partner -> recipients.add(partner.name() + " (" + partner.registrationNo() + ")"
            + (partner.email() == null ? "" : " <" + partner.email() + ">")));
    recipients.add(sponsor(proposal));
    recipients.forEach(recipient -> notifications.add(proposal.reference(), recipient, subject, body));
    partnerMail.plotAllotted(proposal);
    return recipients.size();
  }

  /** A notice to the sponsor of a proposal or of the zone enterprise it became (reminders, notices, decisions). */
  public void toSponsor(Proposal proposal, String subject, String body) {
    notifications.add(proposal.reference(), sponsor(proposal), subject, body);
  }

  private static String sponsor(Proposal proposal) {
    return proposal.submission().sponsorName() + " <" + proposal.submission().sponsorEmail() + ">";
  }
}
