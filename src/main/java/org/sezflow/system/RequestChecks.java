package org.sezflow.system;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What every request must be before any part of the application or Camunda reads it, checked in
 * one place so that a client's mistake is a 400 (or 413), never a 500 from deep inside:
 * <ul>
 * <li>headers without control characters, and an Accept-Language that is a list of language ranges;</li>
 * <li>paging parameters of Camunda's REST APIs ({@code firstResult}, {@code maxResults}) that are
 * whole numbers from 0;</li>
 * <li>a body no larger than the door allows (64 KiB for /api, 1 MiB for Camunda's APIs);</li>
 * <li>a JSON body that is valid UTF-8 (no overlong forms, no encoded surrogates);</li>
 * <li>no direct request for Spring's error page.</li>
 * </ul>
 */
class RequestChecks extends OncePerRequestFilter {

  /** RFC 4647 language ranges with optional weights: "en-GB,ur;q=0.8,*;q=0.1". */
  private static final Pattern ACCEPT_LANGUAGE = Pattern.compile(
      "^\\s*(\\*|[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*)(\\s*;\\s*q\\s*=\\s*[01](\\.\\d{0,3})?)?"
          + "(\\s*,\\s*(\\*|[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*)(\\s*;\\s*q\\s*=\\s*[01](\\.\\d{0,3})?)?)*\\s*$");
  private static final Pattern NON_NEGATIVE = Pattern.compile("^\\d{1,9}$");

  /**
   * Headers are checked before anything reads them (Spring Security included); the body after
   * Spring Security, so that a stranger is told 401 before anything about what they sent.
   */
  enum Stage { HEADERS, BODY }

  private final Stage stage;
  private final long maxApiBytes;
  private final long maxEngineBytes;
  private final ObjectMapper json;

  RequestChecks(Stage stage, long maxApiBytes, long maxEngineBytes, ObjectMapper json) {
    this.stage = stage;
    this.maxApiBytes = maxApiBytes;
    this.maxEngineBytes = maxEngineBytes;
    this.json = json;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (stage == Stage.BODY) {
      checkBody(request, response, chain);
      return;
    }
    String header = badHeader(request);
    if (header != null) {
      refuse(request, response, HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
          "The " + header + " header holds characters or a form that is not allowed", header, "is not allowed");
      return;
    }
    if (request.getRequestURI().equals("/error") && request.getDispatcherType() == DispatcherType.REQUEST) {
      refuse(request, response, HttpStatus.NOT_FOUND, "not-found", "Not found", "There is nothing at /error", "path",
          "does not exist");
      return;
    }
    if (ErrorBodies.isCamundaApi(request)) {
      for (String parameter : new String[] {"firstResult", "maxResults"}) {
        String value = queryParameter(request, parameter);
        if (value != null && !NON_NEGATIVE.matcher(value).matches()) {
          refuse(request, response, HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid request",
              parameter + " must be a whole number from 0", parameter, "must be a whole number from 0");
          return;
        }
      }
    }
    chain.doFilter(request, response);
  }

  private void checkBody(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long limit = ErrorBodies.isCamundaApi(request) ? maxEngineBytes : maxApiBytes;
    if (request.getContentLengthLong() > limit) {
      tooLarge(request, response, limit);
      return;
    }
    if (!isJson(request)) {
      chain.doFilter(new RequestBodies.LimitedRequest(request, limit), response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes((int) limit + 1);
    if (body.length > limit) {
      tooLarge(request, response, limit);
      return;
    }
    if (!isUtf8(body)) {
      refuse(request, response, HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
          "The body is not valid UTF-8", "body", "is not valid UTF-8");
      return;
    }
    chain.doFilter(new RequestBodies.BufferedRequest(request, body), response);
  }

  @Override
  protected boolean shouldNotFilterErrorDispatch() {
    return true;
  }

  private static String badHeader(HttpServletRequest request) {
    Enumeration<String> names = request.getHeaderNames();
    while (names.hasMoreElements()) {
      String name = names.nextElement();
      Enumeration<String> values = request.getHeaders(name);
      while (values.hasMoreElements()) {
        String value = values.nextElement();
        if (value.chars().anyMatch(c -> (c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f))) {
          return name;
        }
        if (name.equalsIgnoreCase("Accept-Language") && !value.isBlank() && !ACCEPT_LANGUAGE.matcher(value).matches()) {
          return name;
        }
      }
    }
    return null;
  }

  /** A query-string parameter, read without touching a form body (getParameter would consume it). */
  private static String queryParameter(HttpServletRequest request, String name) {
    String query = request.getQueryString();
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      String key = equals < 0 ? pair : pair.substring(0, equals);
      if (key.equals(name)) {
        try {
          return java.net.URLDecoder.decode(equals < 0 ? "" : pair.substring(equals + 1), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
          return pair;
        }
      }
    }
    return null;
  }

  private static boolean isJson(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && (type.toLowerCase().startsWith("application/json") || type.toLowerCase().contains("+json"));
  }

  private static boolean isUtf8(byte[] body) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
      return true;
    } catch (CharacterCodingException malformed) {
      return false;
    }
  }

  private void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
    refuse(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large", "Request body too large",
        "The request body is larger than " + limit + " bytes", "body", "must not be larger than " + limit + " bytes");
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
      String title, String detail, String field, String problem) throws IOException {
    ErrorBodies.write(request, response, json, status, type, title, detail, field, problem);
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {

    @Bean
    FilterRegistrationBean<RequestChecks> requestHeaderChecks(ObjectMapper json) {
      FilterRegistrationBean<RequestChecks> registration =
          new FilterRegistrationBean<>(new RequestChecks(Stage.HEADERS, 0, 0, json));
      registration.setName("requestHeaderChecks");
      registration.addUrlPatterns("/*");
      // Before Spring Security and Camunda's own filters read a header.
      registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
      return registration;
    }

    @Bean
    FilterRegistrationBean<RequestChecks> requestBodyChecks(
        @Value("${sezflow.api.max-request-bytes:65536}") long maxApiBytes,
        @Value("${sezflow.engine-rest.max-request-bytes:1048576}") long maxEngineBytes, ObjectMapper json) {
      FilterRegistrationBean<RequestChecks> registration =
          new FilterRegistrationBean<>(new RequestChecks(Stage.BODY, maxApiBytes, maxEngineBytes, json));
      registration.setName("requestBodyChecks");
      registration.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/*");
      // After Spring Security (order -100).
      registration.setOrder(0);
      return registration;
    }
  }
}
