package org.sezflow.identity;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo officials for the embedded (H2) set-up, one per group, all with the documented demo
 * password. Off in the mysql profile: real users are managed in Camunda Admin. Idempotent: a
 * restart creates nothing twice and never resets a changed password.
 */
@Component
@ConditionalOnProperty(name = "sezflow.demo-data.enabled", havingValue = "true")
class DemoData {

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  record DemoUser(String id, String firstName, String lastName, String groupId) {}

  static final List<DemoUser> USERS = List.of(
      new DemoUser("pmu", "Ayesha", "Khan", Groups.BOI_PMU),
      new DemoUser("jwg", "Bilal", "Ahmed", Groups.JWG_SECRETARIAT),
      new DemoUser("jcc", "Sana", "Malik", Groups.JCC_SECRETARIAT),
      new DemoUser("sezauthority", "Imran", "Qureshi", Groups.SEZ_AUTHORITY),
      new DemoUser("manager", "Zhang", "Wei", Groups.SEZ_MANAGERS),
      new DemoUser("portal", "Investor", "Portal", Groups.EXTERNAL_SYSTEMS));

  private final IdentityService identityService;
  private final String password;

  DemoData(IdentityService identityService, @Value("${sezflow.demo-data.password}") String password) {
    this.identityService = identityService;
    this.password = password;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(2) // after IdentitySetup has created the groups
  void createDemoUsers() {
    for (DemoUser demo : USERS) {
      User existing = identityService.createUserQuery().userId(demo.id()).singleResult();
      if (existing != null && existing.getLastName() != null && existing.getLastName().endsWith(")")) {
        // Earlier versions put the group into the last name ("Khan (BOI CPEC PMU)"); the pages name the group.
        existing.setLastName(demo.lastName());
        identityService.saveUser(existing);
      }
      if (existing == null) {
        User user = identityService.newUser(demo.id());
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        user.setEmail(demo.id() + "@sezflow.example");
        user.setPassword(password);
        identityService.saveUser(user);
        identityService.createMembership(demo.id(), demo.groupId());
        log.info("Demo user {} ({}) created", demo.id(), demo.groupId());
      }
    }
  }
}
