package org.sezflow.engine;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.sezflow.system.ErrorBodies;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The web apps' own APIs for the app that uses them only: Cockpit's plugin API (statistics of
 * every definition, instance counts) for users who may open Cockpit, Admin's for Admin users,
 * Tasklist's for Tasklist users. Camunda lets any logged-in user of any app call them, so an
 * official logged into Tasklist could read Cockpit's figures.
 */
class WebappApiAccess extends OncePerRequestFilter {

  /** /camunda/api/{app}/plugin/{plugin}/{engine}/...; the plugins' static files stay open. */
  private static final Pattern PLUGIN_API =
      Pattern.compile("^/camunda/api/(cockpit|admin|tasklist)/plugin/[^/]+/([^/]+)/.*");

  private final ObjectMapper json;

  WebappApiAccess(ObjectMapper json) {
    this.json = json;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Matcher plugin = PLUGIN_API.matcher(request.getRequestURI());
    if (plugin.matches() && !plugin.group(2).equals("static") && !mayUse(request, plugin.group(1), plugin.group(2))) {
      ErrorBodies.write(request, response, json, HttpStatus.FORBIDDEN, "forbidden", "Authorization Exception",
          "Your groups do not allow the " + plugin.group(1) + " app", "app", "is not open to your groups");
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean mayUse(HttpServletRequest request, String app, String engine) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return false;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    return authentications.getAuthenticationForProcessEngine(engine) instanceof UserAuthentication user
        && user.isAuthorizedForApp(app);
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {

    @Bean
    FilterRegistrationBean<WebappApiAccess> webappApiAccess(ObjectMapper json) {
      FilterRegistrationBean<WebappApiAccess> registration = new FilterRegistrationBean<>(new WebappApiAccess(json));
      registration.addUrlPatterns("/camunda/api/*");
      return registration;
    }
  }
}
