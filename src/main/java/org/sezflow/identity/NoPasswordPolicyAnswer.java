package org.sezflow.identity;

import java.io.IOException;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The profile page's "Change password" asks the web apps' engine API for the password policy and
 * has each new password checked against it. With no policy configured Camunda answers 404, an
 * error in the browser's console on every visit; this answers what is true then: no rules, every
 * password passes. Only for the web apps' own API ({@code /camunda/api/engine}); {@code
 * /engine-rest} answers as Camunda does. Once the engine has a policy, Camunda's answer is used.
 */
class NoPasswordPolicyAnswer extends OncePerRequestFilter {

  private static final Pattern POLICY = Pattern.compile("/camunda/api/engine/engine/[^/]+/identity/password-policy");

  private final ProcessEngine engine;

  NoPasswordPolicyAnswer(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean policyAsked = POLICY.matcher(path).matches()
        && ("GET".equals(request.getMethod()) || "POST".equals(request.getMethod()));
    if (!policyAsked || engine.getProcessEngineConfiguration().isEnablePasswordPolicy()) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.getWriter().write("GET".equals(request.getMethod()) ? "{\"rules\":[]}" : "{\"rules\":[],\"valid\":true}");
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {
    @Bean
    FilterRegistrationBean<NoPasswordPolicyAnswer> noPasswordPolicyAnswer(ProcessEngine engine) {
      FilterRegistrationBean<NoPasswordPolicyAnswer> registration =
          new FilterRegistrationBean<>(new NoPasswordPolicyAnswer(engine));
      registration.addUrlPatterns("/camunda/api/engine/*");
      return registration;
    }
  }
}
