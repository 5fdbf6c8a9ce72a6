package org.sezflow.system;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Error answers written by servlet filters, in the shape of the door they refuse: RFC 7807 problem
 * JSON for the application's API (and everything else), Camunda's {@code {type, message}} for
 * Camunda's REST APIs, each with {@code errors} naming the field.
 */
public final class ErrorBodies {

  private ErrorBodies() {}

  /** Whether the path belongs to one of Camunda's REST APIs. */
  public static boolean isCamundaApi(HttpServletRequest request) {
    String path = request.getRequestURI();
    return path.startsWith("/engine-rest/") || path.equals("/engine-rest") || path.startsWith("/camunda/api/");
  }

  public static void write(HttpServletRequest request, HttpServletResponse response, ObjectMapper json,
      HttpStatus status, String type, String title, String detail, String field, String problem) throws IOException {
    response.setStatus(status.value());
    if (isCamundaApi(request)) {
      Map<String, Object> body = new LinkedHashMap<>();
      // Camunda's own exception names: what its clients (and Tasklist) already understand.
      body.put("type", status == HttpStatus.FORBIDDEN ? "AuthorizationException" : "InvalidRequestException");
      body.put("message", detail);
      body.put("code", null);
      body.put("errors", List.of(new ProblemException.FieldProblem(field, problem)));
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      json.writeValue(response.getOutputStream(), body);
    } else {
      ProblemDetail body = problem(request, status, type, title, detail);
      body.setProperty("errors", List.of(new ProblemException.FieldProblem(field, problem)));
      writeProblem(response, json, body);
    }
  }

  /** RFC 7807 problem JSON of SEZ Flow: its type URN, the title, the detail and the request's path. */
  public static ProblemDetail problem(HttpServletRequest request, HttpStatus status, String type, String title,
      String detail) {
    ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
    body.setType(URI.create("urn:sezflow:problem:" + type));
    body.setTitle(title);
    body.setInstance(URI.create(request.getRequestURI().replaceAll("[^A-Za-z0-9/._~-]", "_")));
    return body;
  }

  public static void writeProblem(HttpServletResponse response, ObjectMapper json, ProblemDetail body)
      throws IOException {
    response.setStatus(body.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), body);
  }
}
