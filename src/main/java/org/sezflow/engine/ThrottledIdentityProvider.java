package org.sezflow.engine;

import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * Camunda's database identity provider with {@link PasswordChecks} in place of Camunda's own
 * lock-out, which counted failures per account from any client, so that anyone could lock any
 * account without its password. Every password check goes through here: HTTP Basic on the APIs,
 * the web apps' login and {@code /engine-rest/identity/verify}.
 */
class ThrottledIdentityProvider extends DbIdentityServiceProvider {

  private final Supplier<PasswordChecks> throttle;

  ThrottledIdentityProvider(Supplier<PasswordChecks> throttle) {
    this.throttle = throttle;
  }

  @Override
  public boolean checkPassword(String userId, String password) {
    if (userId == null || password == null) {
      return false;
    }
    String client = throttle.get().currentClient();
    PasswordChecks logins = throttle.get();
    if (logins.refuses(client, userId)) {
      return false;
    }
    UserEntity user = findUserById(userId);
    boolean valid = user != null && matchPassword(password, user);
    if (valid) {
      logins.succeeded(client, userId);
    } else {
      logins.failed(client, userId);
    }
    return valid;
  }

  @Override
  public IdentityOperationResult unlockUser(String userId) {
    throttle.get().unlock(userId);
    return super.unlockUser(userId);
  }
}
