package org.sezflow.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sezflow.TestUsers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * Real HTTP against the running application (java.net.http, HTTP/1.1): any method, content
 * type, header and raw body, with or without credentials, so that tests can send exactly the
 * bytes a client would, including the broken ones.
 */
final class ApiClient {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String PROBLEM_JSON = "application/problem+json";

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();
  private final URI base;

  ApiClient(int port) {
    this.base = URI.create("http://localhost:" + port);
  }

  /** One HTTP exchange as the client saw it. */
  record Response(String method, String path, int status, java.net.http.HttpHeaders headers, String body) {

    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    String contentType() {
      return header("Content-Type");
    }

    JsonNode json() {
      if (body == null || body.isBlank()) {
        return MissingNode.getInstance();
      }
      try {
        return JSON.readTree(body);
      } catch (IOException notJson) {
        return MissingNode.getInstance();
      }
    }

    String text(String field) {
      JsonNode node = json().path(field);
      return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    /** The fields named in a problem's {@code errors}. */
    List<String> errorFields() {
      List<String> fields = new ArrayList<>();
      json().path("errors").forEach(error -> fields.add(error.path("field").asText(null)));
      return fields;
    }

    /** Short description for assertion messages. */
    String describe() {
      String shown = body == null ? "" : body.length() > 600 ? body.substring(0, 600) + "..." : body;
      return method + " " + path + " -> " + status + " " + contentType() + " " + shown;
    }

    /**
     * Asserts an RFC 7807 answer: problem JSON with the status, a title and a detail; each entry
     * of {@code errors} (if any) names a field and says what is wrong with it.
     */
    Response assertProblem(int expectedStatus) {
      assertThat(status).as(describe()).isEqualTo(expectedStatus);
      assertThat(contentType()).as(describe()).startsWith(PROBLEM_JSON);
      JsonNode problem = json();
      assertThat(problem.path("status").asInt()).as(describe()).isEqualTo(expectedStatus);
      assertThat(problem.path("title").asText("")).as(describe()).isNotBlank();
      assertThat(problem.path("detail").asText("")).as(describe()).isNotBlank();
      if (problem.has("errors")) {
        assertThat(problem.path("errors").isArray()).as(describe()).isTrue();
        problem.path("errors").forEach(error -> {
          assertThat(error.path("field").asText("")).as(describe()).isNotBlank();
          assertThat(error.path("message").asText("")).as(describe()).isNotBlank();
        });
      }
      return this;
    }

    /** A problem whose {@code errors} name (at least) these fields. */
    Response assertFieldProblem(int expectedStatus, String... fields) {
      assertProblem(expectedStatus);
      assertThat(errorFields()).as(describe()).contains(fields);
      return this;
    }
  }

  /** What to send: method, path, credentials (null: none), content type (null: none), body, headers. */
  static final class Call {
    final String method;
    final String path;
    TestUsers.Credentials user;
    String contentType;
    byte[] body;
    boolean chunked;
    final Map<String, String> headers = new LinkedHashMap<>();

    Call(String method, String path) {
      this.method = method;
      this.path = path;
    }

    Call as(TestUsers.Credentials user) {
      this.user = user;
      return this;
    }

    Call json(Object body) {
      try {
        return body(JSON.writeValueAsString(body), "application/json");
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }

    Call body(String body, String contentType) {
      this.body = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
      this.contentType = contentType;
      return this;
    }

    Call body(byte[] body, String contentType) {
      this.body = body;
      this.contentType = contentType;
      return this;
    }

    /** Sends the body without a Content-Length (chunked), as a streaming client would. */
    Call chunked() {
      this.chunked = true;
      return this;
    }

    Call header(String name, String value) {
      headers.put(name, value);
      return this;
    }
  }

  static Call get(String path) {
    return new Call("GET", path);
  }

  static Call post(String path) {
    return new Call("POST", path);
  }

  static Call call(String method, String path) {
    return new Call(method, path);
  }

  Response send(Call call) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(call.path)).timeout(Duration.ofSeconds(60));
    if (call.user != null) {
      request.header("Authorization", basic(call.user.userId(), call.user.password()));
    }
    if (call.contentType != null) {
      request.header("Content-Type", call.contentType);
    }
    call.headers.forEach(request::header);
    HttpRequest.BodyPublisher publisher;
    if (call.body == null) {
      publisher = HttpRequest.BodyPublishers.noBody();
    } else if (call.chunked) {
      byte[] bytes = call.body;
      publisher = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
    } else {
      publisher = HttpRequest.BodyPublishers.ofByteArray(call.body);
    }
    request.method(call.method, publisher);
    try {
      HttpResponse<String> response = http.send(request.build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(call.method, call.path, response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(call.method + " " + call.path + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
