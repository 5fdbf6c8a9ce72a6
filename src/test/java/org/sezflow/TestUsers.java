package org.sezflow;

import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** Users the tests create for themselves, so tests never depend on demo data or on secrets. */
public final class TestUsers {

  private TestUsers() {}

  public record Credentials(String userId, String password) {}

  /** Creates (or resets) a user with a fresh random password and the given group memberships. */
  public static Credentials ensure(IdentityService identityService, String userId, String... groupIds) {
    String password = UUID.randomUUID().toString();
    User user = identityService.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      user = identityService.newUser(userId);
      user.setFirstName("Test");
      user.setLastName(userId);
    }
    user.setPassword(password);
    identityService.saveUser(user);
    for (String groupId : groupIds) {
      if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
        var group = identityService.newGroup(groupId);
        group.setName(groupId);
        group.setType("WORKFLOW");
        identityService.saveGroup(group);
      }
      if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
        identityService.createMembership(userId, groupId);
      }
    }
    return new Credentials(userId, password);
  }
}
