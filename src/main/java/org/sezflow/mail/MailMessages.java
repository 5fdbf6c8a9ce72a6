package org.sezflow.mail;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** A message of the outbox as a MIME message: UTF-8 throughout, its own Message-ID, the recipient's language. */
final class MailMessages {

  private MailMessages() {}

  static MimeMessage of(Session session, OutgoingMail mail, String from) throws Exception {
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress(from));
    message.setRecipient(jakarta.mail.Message.RecipientType.TO,
        new InternetAddress(mail.recipientEmail(), mail.recipientName(), "UTF-8"));
    message.setSubject(mail.subject(), "UTF-8");
    message.setText(mail.body(), "UTF-8");
    message.setHeader("Content-Language", mail.language().toLowerCase(java.util.Locale.ROOT));
    message.setHeader("X-SEZ-Flow-Proposal", mail.proposalRef());
    message.saveChanges();
    // After saveChanges, which gives a new Message-ID: the outbox's own, the same on every attempt.
    message.setHeader("Message-ID", mail.messageId());
    return message;
  }
}
