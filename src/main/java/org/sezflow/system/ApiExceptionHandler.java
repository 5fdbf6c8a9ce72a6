package org.sezflow.system;

import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error of the application's API into RFC 7807 problem JSON. Spring's own errors
 * (bad JSON, wrong media type, unknown path) and {@link ProblemException}s are handled by the
 * base class; anything unexpected becomes a 500 without internals in the body.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) {
    log.error("Unexpected error on {}", request.getDescription(false), ex);
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
        "The request could not be completed; the error is logged on the server.");
    problem.setType(URI.create("urn:sezflow:problem:internal-error"));
    problem.setTitle("Internal error");
    return createResponseEntity(problem, null, HttpStatus.INTERNAL_SERVER_ERROR, request);
  }
}
