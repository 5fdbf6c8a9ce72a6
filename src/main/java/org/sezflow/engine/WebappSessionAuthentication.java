package org.sezflow.engine;

import java.io.IOException;
import java.util.List;

import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Lets the user of a Camunda web app session read the application's API with that session, as
 * Cockpit's SEZ Flow plugins do from the manager's browser: GET and HEAD only (a cross-site
 * request could otherwise act with the session), and only when no credentials are sent. The
 * user's groups are those Camunda's login found; the API's own rules then apply as for HTTP Basic.
 */
public class WebappSessionAuthentication extends OncePerRequestFilter {

  static final String ENGINE = "default";

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean reading = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
    HttpSession session = request.getSession(false);
    if (reading && session != null && request.getHeader("Authorization") == null
        && SecurityContextHolder.getContext().getAuthentication() == null) {
      Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
      if (authentications.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user) {
        List<SimpleGrantedAuthority> groups = user.getGroupIds() == null ? List.of()
            : user.getGroupIds().stream().map(SimpleGrantedAuthority::new).toList();
        SecurityContextHolder.getContext().setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(user.getIdentityId(), null, groups));
      }
    }
    chain.doFilter(request, response);
  }

  /** Whether the web app session has a user logged in to {@code engine}. */
  public static boolean loggedIn(HttpSession session, String engine) {
    return AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine(engine) != null;
  }
}
