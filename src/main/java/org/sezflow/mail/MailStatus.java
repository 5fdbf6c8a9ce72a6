package org.sezflow.mail;

/** Where a message of the outbox stands. */
public enum MailStatus {
  /** Waiting to be sent, now or after a failed attempt's backoff. */
  PENDING,
  /** Claimed by a node's sender, whose lease has not run out. */
  SENDING,
  SENT,
  /**
   * Its sender's lease ran out mid-send (the node died): the server may or may not have it. Never
   * sent again on its own, so that no partner gets it twice; an administrator may resend it.
   */
  UNCERTAIN,
  /** Failed as many times as allowed; an administrator may resend it. */
  DEAD
}
