package org.sezflow.identity;

import java.io.IOException;

import org.sezflow.system.ErrorBodies;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Answers 401 and 403 with problem JSON, like every other error of the API. */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

  static final String REALM = "SEZ Flow";

  private final ObjectMapper objectMapper;

  ProblemAuthenticationEntryPoint(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
      throws IOException {
    if (ex instanceof LoginThrottledException throttled) {
      long seconds = Math.max(1, (throttled.retryAfter().toMillis() + 999) / 1000);
      response.setHeader("Retry-After", String.valueOf(seconds));
      write(response, HttpStatus.TOO_MANY_REQUESTS, "too-many-failed-logins", "Too many failed logins",
          "Too many failed logins from this client for this account; try again in " + seconds + " s", request);
      return;
    }
    response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
    write(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required",
        "Send HTTP Basic credentials of a user known to SEZ Flow", request);
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
      throws IOException {
    write(response, HttpStatus.FORBIDDEN, "forbidden", "Not allowed",
        "Your groups do not allow this request", request);
  }

  private void write(HttpServletResponse response, HttpStatus status, String type, String title, String detail,
      HttpServletRequest request) throws IOException {
    ErrorBodies.writeProblem(response, objectMapper, ErrorBodies.problem(request, status, type, title, detail));
  }
}
