package org.sezflow.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sezflow.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * The outbox on the application's own database (H2, or MySQL under the mysql profile) and a real
 * SMTP server in this JVM (GreenMail): a message goes once, in its recipient's language, with its
 * own Message-ID; a server that is down costs retries with a growing backoff, then the message is
 * DEAD; two nodes' senders racing send each message once; a sender that dies mid-send leaves its
 * message UNCERTAIN, never sent again on its own. Each test commits (two senders race on real rows)
 * and removes its own messages afterwards.
 */
@Tag("slice")
@JdbcTest(properties = {"sezflow.mail.max-attempts=3", "sezflow.mail.first-retry=PT30S"})
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ImportAutoConfiguration(MailSenderAutoConfiguration.class)
@Import({MailOutbox.class, MailDeliveries.class, OutboxSender.class, MailOutboxSliceTest.Config.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class MailOutboxSliceTest {

  static final MutableClock CLOCK = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
  static final GreenMail SMTP = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  static {
    SMTP.start();
  }

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
  }

  @TestConfiguration(proxyBeanMethods = false)
  static class Config {
    @Bean
    Clock clock() {
      return CLOCK;
    }
  }

  @Autowired
  MailOutbox outbox;

  @Autowired
  OutboxSender sender;

  @Autowired
  MailDelivery delivery;

  @Autowired
  JdbcClient jdbc;

  final String ref = "MAIL-" + UUID.randomUUID().toString().substring(0, 8);

  @BeforeEach
  void emptyMailbox() throws Exception {
    SMTP.purgeEmailFromAllMailboxes();
  }

  @AfterEach
  void removeMessages() {
    jdbc.sql("DELETE FROM sez_mail WHERE proposal_ref = ?").param(ref).update();
  }

  @AfterAll
  static void stopSmtp() {
    SMTP.stop();
  }

  @Test
  void aMessageGoesOnceInItsRecipientsLanguageWithItsOwnMessageId() throws Exception {
    outbox.enqueue(ref, "东软医疗系统股份有限公司", "cpec@neusoftmedical.example.cn", "ZH", "SEZ Flow：第 17 号地块已分配",
        "尊敬的东软医疗系统股份有限公司：\n地块已分配。");
    assertThat(sender.sendDue()).isEqualTo(1);
    assertThat(sender.sendDue()).as("sent already: not again").isZero();

    MimeMessage[] received = SMTP.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getSubject()).isEqualTo("SEZ Flow：第 17 号地块已分配");
    assertThat(received[0].getAllRecipients()[0].toString()).contains("cpec@neusoftmedical.example.cn");
    assertThat(received[0].getHeader("Content-Language")[0]).isEqualTo("zh");
    assertThat(received[0].getHeader("X-SEZ-Flow-Proposal")[0]).isEqualTo(ref);
    assertThat(String.valueOf(received[0].getContent())).contains("尊敬的东软医疗系统股份有限公司");
    OutgoingMail stored = outbox.of(ref).get(0);
    assertThat(received[0].getMessageID()).isEqualTo(stored.messageId());
    assertThat(stored.status()).isEqualTo(MailStatus.SENT);
    assertThat(stored.attempts()).isEqualTo(1);
    assertThat(stored.sentAt()).isNotNull();
  }

  @Test
  void aServerThatIsDownCostsRetriesWithAGrowingBackoffThenTheMessageIsDead() throws Exception {
    JavaMailSenderImpl down = new JavaMailSenderImpl();
    down.setHost("127.0.0.1");
    down.setPort(freePort()); // nothing listens there
    StaticListableBeanFactory beans = new StaticListableBeanFactory();
    beans.addBean("down", down);
    MailDelivery downDelivery = new MailDeliveries().mailDelivery(beans.getBeanProvider(JavaMailSender.class),
        "SEZ Flow <no-reply@sezflow.local>", Path.of("target", "unused-mailbox"));
    OutboxSender downSender = new OutboxSender(outbox, downDelivery, Duration.ofMinutes(2), true, "down-node");
    outbox.enqueue(ref, "Dynamic Engineering Automation", "partners@dea.example.pk", "EN", "Plot allotted", "Body");

    Instant start = CLOCK.instant();
    assertThat(downSender.sendDue()).isZero();
    OutgoingMail first = outbox.of(ref).get(0);
    assertThat(first.status()).isEqualTo(MailStatus.PENDING);
    assertThat(first.attempts()).isEqualTo(1);
    assertThat(first.lastError()).isNotBlank();
    assertThat(first.nextAttemptAt()).isEqualTo(start.plusSeconds(30));
    assertThat(downSender.sendDue()).as("not due before its backoff").isZero();
    assertThat(outbox.of(ref).get(0).attempts()).isEqualTo(1);

    CLOCK.set(start.plusSeconds(30));
    downSender.sendDue();
    assertThat(outbox.of(ref).get(0).nextAttemptAt()).as("twice as long").isEqualTo(start.plusSeconds(30 + 60));
    CLOCK.set(start.plusSeconds(90));
    downSender.sendDue();
    OutgoingMail dead = outbox.of(ref).get(0);
    assertThat(dead.status()).isEqualTo(MailStatus.DEAD);
    assertThat(dead.attempts()).isEqualTo(3);
    CLOCK.set(start.plusSeconds(3600));
    assertThat(sender.sendDue()).as("a dead message is not sent on its own").isZero();
    assertThat(SMTP.getReceivedMessages()).isEmpty();
    CLOCK.set(start);
  }

  @Test
  void twoNodesSendersRacingSendEachMessageOnce() throws Exception {
    for (int i = 0; i < 20; i++) {
      outbox.enqueue(ref, "Partner " + i, "partner" + i + "@example.com", "EN", "Message " + i, "Body " + i);
    }
    OutboxSender one = new OutboxSender(outbox, delivery, Duration.ofMinutes(2), true, "node-1");
    OutboxSender other = new OutboxSender(outbox, delivery, Duration.ofMinutes(2), true, "node-2");
    CompletableFuture<Integer> first = CompletableFuture.supplyAsync(one::sendDue);
    CompletableFuture<Integer> second = CompletableFuture.supplyAsync(other::sendDue);
    assertThat(first.get() + second.get()).isEqualTo(20);

    List<String> ids = new ArrayList<>();
    for (MimeMessage message : SMTP.getReceivedMessages()) {
      ids.add(message.getMessageID());
    }
    assertThat(ids).hasSize(20);
    assertThat(new HashSet<>(ids)).hasSize(20);
    assertThat(outbox.of(ref)).extracting(OutgoingMail::status).containsOnly(MailStatus.SENT);
  }

  @Test
  void aSenderThatDiesMidSendLeavesItsMessageUncertainNeverSentAgainOnItsOwn() throws Exception {
    outbox.enqueue(ref, "Shaoxing Textiles", "trade@shaoxing.example.cn", "ZH", "Subject", "Body");
    long id = outbox.of(ref).get(0).id();
    assertThat(outbox.claim(id, "dead-node", Duration.ofSeconds(60))).isTrue();
    assertThat(outbox.claim(id, "live-node", Duration.ofSeconds(60))).as("claimed once").isFalse();

    Instant start = CLOCK.instant();
    assertThat(sender.sendDue()).as("the lease holds").isZero();
    assertThat(outbox.of(ref).get(0).status()).isEqualTo(MailStatus.SENDING);
    CLOCK.set(start.plusSeconds(61));
    assertThat(sender.sendDue()).isZero();
    assertThat(outbox.of(ref).get(0).status()).isEqualTo(MailStatus.UNCERTAIN);
    assertThat(SMTP.getReceivedMessages()).isEmpty();
    CLOCK.set(start);
  }

  @Test
  void withNoSmtpServerConfiguredMessagesLandInTheMailboxFolder() throws Exception {
    Path mailbox = Files.createTempDirectory("sezflow-mailbox");
    MailDelivery folder = new MailDeliveries().mailDelivery(new StaticListableBeanFactory()
        .getBeanProvider(JavaMailSender.class), "SEZ Flow <no-reply@sezflow.local>", mailbox);
    OutgoingMail mail = new OutgoingMail(7, ref, "ڈائنامک انجینئرنگ", "partners@dea.example.pk", "UR",
        "SEZ Flow: پلاٹ 17 الاٹ کر دیا گیا", "محترم", "<folder-test@sez-flow>", MailStatus.SENDING, 1, Instant.now(),
        null,
        Instant.now(), null);
    folder.deliver(mail);

    Set<Path> files = new HashSet<>();
    try (var listed = Files.list(mailbox)) {
      listed.forEach(files::add);
    }
    assertThat(files).hasSize(1);
    try (InputStream in = Files.newInputStream(files.iterator().next())) {
      MimeMessage read = new MimeMessage(Session.getInstance(new Properties()), in);
      assertThat(read.getSubject()).isEqualTo("SEZ Flow: پلاٹ 17 الاٹ کر دیا گیا");
      assertThat(read.getMessageID()).isEqualTo("<folder-test@sez-flow>");
      assertThat(read.getHeader("Content-Language")[0]).isEqualTo("ur");
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
