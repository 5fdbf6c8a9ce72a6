package org.sezflow.identity;

import org.camunda.bpm.engine.IdentityService;
import org.sezflow.engine.WebappSessionAuthentication;
import org.sezflow.system.ErrorBodies;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * HTTP Basic against Camunda's identity service for the machine interfaces: the application's
 * API (members of SEZ Flow's groups), Camunda's REST API (any user; the engine's authorizations
 * decide) and Actuator (managers and admins). Health stays open for load balancers. Camunda's web apps
 * (/camunda/**) are not matched here: they keep their own session login and CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

  @Bean
  SecurityFilterChain apiSecurity(HttpSecurity http, IdentityService identityService, ObjectMapper objectMapper)
      throws Exception {
    // Credentials are checked by CamundaIdentityAuthenticationProvider, the application's only
    // AuthenticationProvider, once per request (naming it here too would check a wrong password
    // twice: the chain's manager, then its parent).
    ProblemAuthenticationEntryPoint problems = new ProblemAuthenticationEntryPoint(objectMapper);
    http
        // Path matchers on the whole request path: /engine-rest is Jersey's servlet, not Spring MVC's.
        .securityMatcher(new OrRequestMatcher(path("/api/**"), path("/engine-rest/**"), path("/actuator/**")))
        .authorizeHttpRequests(auth -> auth
            .requestMatchers(path("/actuator/health"), path("/actuator/health/**")).permitAll()
            .requestMatchers(path("/actuator/**")).hasAnyAuthority(Groups.OPERATORS.toArray(String[]::new))
            // What external systems do is checked here, then done by the application on their behalf.
            .requestMatchers(path(HttpMethod.POST, "/api/v1/proposals"))
            .hasAnyAuthority(Groups.PROPOSAL_SUBMITTERS.toArray(String[]::new))
            .requestMatchers(path(HttpMethod.POST, "/api/v1/proposals/*/events/*"))
            .hasAnyAuthority(Groups.EVENT_SENDERS.toArray(String[]::new))
            // The committees' sessions: the secretariats schedule and decide (each for its own committee,
            // which the API checks), officials and managers read; external systems have no part in them.
            .requestMatchers(path(HttpMethod.POST, "/api/v1/committee-sessions"),
                path(HttpMethod.POST, "/api/v1/committee-sessions/**"))
            .hasAnyAuthority(Groups.SESSION_SECRETARIATS.toArray(String[]::new))
            .requestMatchers(path("/api/v1/committee-sessions"), path("/api/v1/committee-sessions/**"))
            .hasAnyAuthority(Groups.SESSION_READERS.toArray(String[]::new))
            // Zone enterprises: their systems report and ask; the SEZ authority decides in Tasklist.
            .requestMatchers(path(HttpMethod.POST, "/api/v1/enterprises/**"))
            .hasAnyAuthority(Groups.EVENT_SENDERS.toArray(String[]::new))
            .requestMatchers(path("/api/v1/enterprises"), path("/api/v1/enterprises/**"))
            .hasAnyAuthority(Groups.ENTERPRISE_READERS.toArray(String[]::new))
            // The managers' figures (Cockpit's SEZ Flow plugins read them with the Cockpit session).
            .requestMatchers(path("/api/v1/overview"), path("/api/v1/overview/**"))
            .hasAnyAuthority(Groups.OPERATORS.toArray(String[]::new))
            // Officials' names are for those who work with them, not for external systems.
            .requestMatchers(path("/api/v1/people")).hasAnyAuthority(Groups.SESSION_READERS.toArray(String[]::new))
            .requestMatchers(path("/api/**")).hasAnyAuthority(Groups.API_USERS.toArray(String[]::new))
            // Camunda's own authorizations decide what each user may do through its REST API.
            .anyRequest().authenticated())
        .httpBasic(basic -> basic.realmName(ProblemAuthenticationEntryPoint.REALM).authenticationEntryPoint(problems))
        .exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        // Groups are authorities as they are named, so "roles" (health details) are group ids.
        .servletApi(api -> api.rolePrefix(""))
        // Stateless Basic auth: no session cookie, hence no CSRF token to protect.
        // Never touch the session: a web app session read for GET (WebappSessionAuthentication) must
        // keep its id, or the web app's own requests in flight would find themselves logged out.
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
            .sessionFixation(fixation -> fixation.none()))
        .csrf(csrf -> csrf.disable())
        .addFilterBefore(new WebappSessionAuthentication(), BasicAuthenticationFilter.class)
        .addFilterAfter(new EngineAuthenticationFilter(identityService), AuthorizationFilter.class);
    return http.build();
  }

  /**
   * Requests Spring Security's firewall refuses (";" or "//" or an encoded "%" in the path) get
   * problem JSON like every other error, not Spring Boot's default error body.
   */
  @Bean
  RequestRejectedHandler requestRejectedHandler(ObjectMapper objectMapper) {
    return (request, response, rejected) -> ErrorBodies.write(request, response, objectMapper, HttpStatus.BAD_REQUEST,
        "malformed-request", "Malformed request", "The request path is not allowed: " + rejected.getMessage(), "path",
        "is not allowed");
  }

  private static RequestMatcher path(String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(pattern);
  }

  private static RequestMatcher path(HttpMethod method, String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
  }
}
