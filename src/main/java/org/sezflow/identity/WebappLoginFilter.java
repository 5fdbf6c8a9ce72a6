package org.sezflow.identity;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Two answers of the web apps' login API that Camunda gives in its own way:
 * <ul>
 * <li>"Who is logged in?" without a session: 204 No Content instead of 404, so that a login page
 * opens without an error in the browser's console (the web apps treat any answer but 200 as
 * "nobody").</li>
 * <li>A login with the right password into an app the account does not open (a PMU official into
 * Cockpit): 401 with a message that says where the account works, which the login page shows in
 * place of Camunda's "Wrong credentials, locked user or missing access rights". The password is
 * checked once, as Camunda's login would; a wrong one gets Camunda's generic answer, so the
 * message tells nothing to someone who does not know the password.</li>
 * </ul>
 */
class WebappLoginFilter extends OncePerRequestFilter {

  private static final Pattern WHO = Pattern.compile("/camunda/api/admin/auth/user/([^/]+)");
  private static final Pattern LOGIN = Pattern.compile("/camunda/api/admin/auth/user/([^/]+)/login/([^/]+)");
  private static final Map<String, String> APP_NAMES = Map.of("cockpit", "Cockpit", "tasklist", "Tasklist", "admin",
      "Admin");

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final ObjectMapper json;

  WebappLoginFilter(IdentityService identity, AuthorizationService authorizations, ObjectMapper json) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.json = json;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Matcher who = WHO.matcher(path);
    if ("GET".equals(request.getMethod()) && who.matches() && !loggedIn(request, who.group(1))) {
      response.setStatus(HttpServletResponse.SC_NO_CONTENT);
      return;
    }
    Matcher login = LOGIN.matcher(path);
    if ("POST".equals(request.getMethod()) && login.matches() && APP_NAMES.containsKey(login.group(2))) {
      String userId = request.getParameter("username");
      String password = request.getParameter("password");
      if (userId != null && password != null && exists(userId) && !opens(userId, login.group(2))) {
        refuse(response, identity.checkPassword(userId, password) ? whereTheyWork(userId, login.group(2)) : null);
        return;
      }
    }
    chain.doFilter(request, response);
  }

  private static boolean loggedIn(HttpServletRequest request, String engine) {
    HttpSession session = request.getSession(false);
    return session != null
        && AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine(engine) != null;
  }

  private boolean exists(String userId) {
    return identity.createUserQuery().userId(userId).count() == 1;
  }

  private List<String> groupsOf(String userId) {
    return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
  }

  private boolean opens(String userId, String app) {
    return authorizations.isUserAuthorized(userId, groupsOf(userId), Permissions.ACCESS, Resources.APPLICATION, app);
  }

  private String whereTheyWork(String userId, String app) {
    List<String> apps = APP_NAMES.keySet().stream().filter(other -> opens(userId, other)).sorted()
        .map(APP_NAMES::get).toList();
    String refusal = "Your SEZ Flow account does not open " + APP_NAMES.get(app) + ".";
    if (apps.isEmpty()) {
      return refusal + " It opens none of the web apps: it is for the REST API. Ask an administrator if you need one.";
    }
    return refusal + " Log in to " + String.join(" or ", apps) + " instead: officials complete their tasks in "
        + "Tasklist, managers watch proposals in Cockpit.";
  }

  private void refuse(HttpServletResponse response, String message) throws IOException {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    if (message != null) {
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      json.writeValue(response.getOutputStream(), Map.of("type", "WrongApplication", "message", message));
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {
    @Bean
    FilterRegistrationBean<WebappLoginFilter> webappLoginFilter(IdentityService identity,
        AuthorizationService authorizations, ObjectMapper json) {
      FilterRegistrationBean<WebappLoginFilter> registration =
          new FilterRegistrationBean<>(new WebappLoginFilter(identity, authorizations, json));
      registration.addUrlPatterns("/camunda/api/admin/auth/user/*");
      return registration;
    }
  }
}
