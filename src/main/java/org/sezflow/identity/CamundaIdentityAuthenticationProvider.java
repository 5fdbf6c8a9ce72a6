package org.sezflow.identity;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks HTTP Basic credentials against Camunda's identity service, so that the users and groups
 * managed in Camunda Admin are the only accounts: the same for Tasklist, the REST APIs and
 * Actuator. Each Camunda group becomes an authority named after the group id.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;
  private final LoginThrottle throttle;

  CamundaIdentityAuthenticationProvider(IdentityService identityService, LoginThrottle throttle) {
    this.identityService = identityService;
    this.throttle = throttle;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    String password = credentials == null ? null : credentials.toString();
    if (userId == null || userId.isBlank() || password == null) {
      throw new BadCredentialsException("Unknown user or wrong password");
    }
    // checkPassword applies the LoginThrottle: refused while this client waits, or this failure
    // began a wait; either is a 429 with the time left.
    if (!identityService.checkPassword(userId, password)) {
      Optional<Duration> wait = LoginThrottle.takeRefusal()
          .or(() -> throttle.blockedFor(LoginThrottle.clientOfThisRequest(), userId));
      if (wait.isPresent()) {
        throw new LoginThrottledException(wait.get());
      }
      throw new BadCredentialsException("Unknown user or wrong password");
    }
    List<SimpleGrantedAuthority> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId)
        .map(SimpleGrantedAuthority::new)
        .toList();
    return UsernamePasswordAuthenticationToken.authenticated(userId, null, groups);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
