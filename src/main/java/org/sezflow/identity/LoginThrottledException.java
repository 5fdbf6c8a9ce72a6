package org.sezflow.identity;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** This client failed too often for this account lately and must wait before it tries again. */
class LoginThrottledException extends AuthenticationException {

  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  LoginThrottledException(Duration retryAfter) {
    super("Too many failed logins from this client for this account");
    this.retryAfter = retryAfter;
  }

  Duration retryAfter() {
    return retryAfter;
  }
}
