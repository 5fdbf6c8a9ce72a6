package org.sezflow.mail;

import java.lang.management.ManagementFactory;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox's due messages after their steps committed: each is claimed for this node first
 * (one node sends it), then delivered, then marked SENT, or PENDING again after a backoff, or DEAD.
 * Runs every {@code sezflow.mail.poll} on every node (off where {@code sezflow.mail.sender.enabled}
 * is false: the tests run it themselves).
 */
@Component
public class OutboxSender {

  private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

  private final MailOutbox outbox;
  private final MailDelivery delivery;
  private final Duration lease;
  private final boolean enabled;
  private final String node;

  @Autowired
  OutboxSender(MailOutbox outbox, MailDelivery delivery, @Value("${sezflow.mail.lease:PT2M}") Duration lease,
      @Value("${sezflow.mail.sender.enabled:true}") boolean enabled) {
    // The node's JVM ("pid@host"), and a random part: two senders never share a name.
    this(outbox, delivery, lease, enabled, ManagementFactory.getRuntimeMXBean().getName() + "/"
        + java.util.UUID.randomUUID().toString().substring(0, 8));
  }

  OutboxSender(MailOutbox outbox, MailDelivery delivery, Duration lease, boolean enabled, String node) {
    this.outbox = outbox;
    this.delivery = delivery;
    this.lease = lease;
    this.enabled = enabled;
    this.node = node;
  }

  @Scheduled(fixedDelayString = "${sezflow.mail.poll:PT10S}", initialDelayString = "${sezflow.mail.poll:PT10S}")
  void onSchedule() {
    if (enabled) {
      sendDue();
    }
  }

  /** Sends what is due now; returns how many were sent. */
  public int sendDue() {
    int uncertain = outbox.leasesRunOut();
    if (uncertain > 0) {
      log.warn("{} message(s) of the outbox whose sender stopped mid-send are UNCERTAIN: not sent again on their own",
          uncertain);
    }
    int sent = 0;
    for (long id : outbox.due(100)) {
      if (!outbox.claim(id, node, lease)) {
        continue; // another node's sender took it
      }
      try {
        delivery.deliver(outbox.get(id));
        outbox.sent(id, node);
        sent++;
      } catch (Exception failed) {
        log.warn("Mail {} not delivered: {}", id, failed.toString());
        outbox.failed(id, node, failed.toString());
      }
    }
    return sent;
  }
}
