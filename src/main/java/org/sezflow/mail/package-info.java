/**
 * Mail to the partners through a transactional outbox: a message is written in the transaction of
 * the step that causes it ({@link org.sezflow.mail.MailOutbox#enqueue}) and sent after commit by
 * {@link org.sezflow.mail.OutboxSender}, over SMTP when one is configured, else into a local mailbox
 * folder. Below the domain: it knows proposals by reference only.
 */
package org.sezflow.mail;
