package org.sezflow.mail;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * How the outbox's messages leave: over SMTP when {@code spring.mail.host} is set (Spring Boot then
 * provides the sender), else as {@code .eml} files in a mailbox folder, so that SEZ Flow runs with
 * nothing installed and a developer can open what the partners would get.
 */
@Configuration
@EnableScheduling // the outbox's sender runs on a schedule on every node
class MailDeliveries {

  @Bean
  MailDelivery mailDelivery(ObjectProvider<JavaMailSender> smtp, @Value("${sezflow.mail.from}") String from,
      @Value("${sezflow.mail.mailbox-dir}") Path mailbox) {
    JavaMailSender sender = smtp.getIfAvailable();
    if (sender != null) {
      return mail -> {
        MimeMessage message = MailMessages.of(sender.createMimeMessage().getSession(), mail, from);
        sender.send(message);
      };
    }
    Session session = Session.getInstance(new Properties());
    return mail -> {
      Files.createDirectories(mailbox);
      Path file = mailbox.resolve(mail.proposalRef() + "-" + mail.id() + ".eml");
      try (OutputStream out = Files.newOutputStream(file)) {
        MailMessages.of(session, mail, from).writeTo(out);
      }
    };
  }
}
