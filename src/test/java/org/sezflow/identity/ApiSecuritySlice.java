package org.sezflow.identity;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The API's security for web slices (@WebMvcTest): SecurityConfig's filter chain with its rules and
 * its problem JSON for 401 and 403, in front of users of the slice's own instead of Camunda's
 * identity service. Each SEZ Flow group has a user of the same name, and {@value #STRANGER} belongs
 * to none; all have the password {@value #PASSWORD}. The test class mocks the IdentityService the
 * chain hands each caller to ({@code @MockitoBean IdentityService}).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(SecurityConfig.class)
public class ApiSecuritySlice {

  public static final String PASSWORD = "slice-password";
  public static final String STRANGER = "stranger";

  /** The Authorization header of HTTP Basic for a user of the slice. */
  public static String basic(String userId) {
    return basic(userId, PASSWORD);
  }

  public static String basic(String userId, String password) {
    String credentials = userId + ":" + password;
    return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }

  @Bean
  AuthenticationProvider sliceUsers() {
    return new AuthenticationProvider() {
      @Override
      public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        boolean known = Groups.ALL.containsKey(userId) || STRANGER.equals(userId);
        if (!known || !PASSWORD.equals(String.valueOf(authentication.getCredentials()))) {
          throw new BadCredentialsException("Unknown user or wrong password");
        }
        List<SimpleGrantedAuthority> groups = STRANGER.equals(userId) ? List.of()
            : List.of(new SimpleGrantedAuthority(userId));
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, groups);
      }

      @Override
      public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
      }
    };
  }
}
