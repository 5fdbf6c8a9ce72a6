package org.sezflow.identity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.sezflow.engine.WebappSessionAuthentication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
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
  /** A login form is a user name and a password: anything longer goes to Camunda untouched. */
  static final int MAX_LOGIN_BODY = 4096;

  private final IdentityService identity;
  private final Workplace workplace;
  private final ObjectMapper json;

  WebappLoginFilter(IdentityService identity, Workplace workplace, ObjectMapper json) {
    this.identity = identity;
    this.workplace = workplace;
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
    if ("POST".equals(request.getMethod()) && login.matches() && Workplace.app(login.group(2)).isPresent()
        && request.getContentLength() >= 0 && request.getContentLength() <= MAX_LOGIN_BODY) {
      // Read the form here and hand Camunda the same bytes: reading request parameters would
      // consume the body that Camunda's login resource reads.
      byte[] body = request.getInputStream().readNBytes(MAX_LOGIN_BODY);
      Map<String, String> form = formFields(new String(body, StandardCharsets.UTF_8));
      String userId = form.get("username");
      String password = form.get("password");
      List<Workplace.App> apps = userId == null || password == null || !exists(userId) ? null
          : workplace.appsOf(userId, groupsOf(userId));
      if (apps != null && apps.stream().noneMatch(app -> app.id().equals(login.group(2)))) {
        refuse(response, identity.checkPassword(userId, password) ? whereTheyWork(apps, login.group(2)) : null);
        return;
      }
      chain.doFilter(new ReplayedBody(request, body), response);
      return;
    }
    chain.doFilter(request, response);
  }

  private static Map<String, String> formFields(String body) {
    Map<String, String> fields = new java.util.HashMap<>();
    for (String pair : body.split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0) {
        fields.putIfAbsent(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
      }
    }
    return fields;
  }

  private static boolean loggedIn(HttpServletRequest request, String engine) {
    HttpSession session = request.getSession(false);
    return session != null && WebappSessionAuthentication.loggedIn(session, engine);
  }

  private boolean exists(String userId) {
    return identity.createUserQuery().userId(userId).count() == 1;
  }

  private List<String> groupsOf(String userId) {
    return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
  }

  private static String whereTheyWork(List<Workplace.App> opened, String app) {
    List<String> apps = opened.stream().map(Workplace.App::name).sorted().toList();
    String refusal = "Your SEZ Flow account does not open " + Workplace.app(app).orElseThrow().name() + ".";
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

  /** The request with its body read once here, for Camunda's login resource to read again. */
  private static final class ReplayedBody extends HttpServletRequestWrapper {
    private final byte[] body;

    ReplayedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("a login form is read at once");
        }
      };
    }

    @Override
    public java.io.BufferedReader getReader() {
      return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {
    @Bean
    FilterRegistrationBean<WebappLoginFilter> webappLoginFilter(IdentityService identity, Workplace workplace,
        ObjectMapper json) {
      FilterRegistrationBean<WebappLoginFilter> registration =
          new FilterRegistrationBean<>(new WebappLoginFilter(identity, workplace, json));
      registration.addUrlPatterns("/camunda/api/admin/auth/user/*");
      return registration;
    }
  }
}
