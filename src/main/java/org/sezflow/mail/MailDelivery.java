package org.sezflow.mail;

/** Hands one message to the mail system: SMTP in production, a mailbox folder on a machine with none. */
public interface MailDelivery {

  /** Delivers the message or throws: the outbox then tries again later. */
  void deliver(OutgoingMail mail) throws Exception;
}
