package org.sezflow.system;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every error of the application's API into RFC 7807 problem JSON. Spring's own errors
 * (wrong media type, unknown path) and {@link ProblemException}s are handled by the base class;
 * unreadable JSON names the field; anything unexpected becomes a 500 without internals in the body.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    if (rootCause(ex) instanceof RequestBodies.BodyTooLargeException tooLarge) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, tooLarge.getMessage());
      problem.setType(URI.create("urn:sezflow:problem:body-too-large"));
      problem.setTitle("Request body too large");
      problem.setProperty("errors", List.of(new ProblemException.FieldProblem("body", "is too large")));
      return createResponseEntity(problem, null, HttpStatus.PAYLOAD_TOO_LARGE, request);
    }
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    problem.setType(URI.create("urn:sezflow:problem:malformed-request"));
    problem.setTitle("Malformed request");
    String duplicated = duplicatedKey(ex);
    if (duplicated != null) {
      problem.setDetail(duplicated + " is given twice");
      problem.setProperty("errors", List.of(new ProblemException.FieldProblem(duplicated,
          "is given twice: give each field once")));
    } else if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = mapping.getPath().stream()
          .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
          .collect(Collectors.joining(".")).replace(".[", "[");
      String message = mapping instanceof UnrecognizedPropertyException unknown
          ? "is not a known field (fields: " + unknown.getKnownPropertyIds() + ")" : "has the wrong type";
      problem.setDetail(field + " " + message);
      problem.setProperty("errors", List.of(new ProblemException.FieldProblem(field, message)));
    } else {
      problem.setDetail("The body is not valid JSON of the expected shape");
      problem.setProperty("errors", List.of(new ProblemException.FieldProblem("body", "is not valid JSON")));
    }
    return createResponseEntity(problem, null, HttpStatus.BAD_REQUEST, request);
  }

  /**
   * The path of a key given twice in one JSON object ("decisions[0].decision"), from the parser's
   * place when it refused the second; null if the body has no such key.
   */
  private static String duplicatedKey(HttpMessageNotReadableException ex) {
    for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof StreamReadException read && read.getOriginalMessage() != null
          && read.getOriginalMessage().startsWith("Duplicate field") && read.getProcessor() != null) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = read.getProcessor().getParsingContext(); c != null && !c.inRoot(); c =
            c.getParent()) {
          if (c.inArray()) {
            parts.push("[" + c.getCurrentIndex() + "]");
          } else if (c.getCurrentName() != null) {
            parts.push(c.getCurrentName());
          }
        }
        return parts.isEmpty() ? "body" : String.join(".", parts).replace(".[", "[");
      }
    }
    return null;
  }

  /** A query parameter or path variable of the wrong type: a stage that does not exist, "ten" for a number. */
  @Override
  protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    String field =
        ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : ex.getPropertyName();
    return invalidInput(List.of(new ProblemException.FieldProblem(field, mismatch(ex.getRequiredType()))), request);
  }

  private static String mismatch(Class<?> type) {
    return type != null && type.isEnum() ? "must be one of " + Arrays.toString(type.getEnumConstants())
        : type == int.class || type == Integer.class || type == long.class || type == Long.class
            ? "must be a whole number" : "has the wrong type";
  }

  /**
   * A query object that did not bind or validate (the search's filters and page): every field named
   * at once, a value of the wrong type as such.
   */
  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<ProblemException.FieldProblem> problems = ex.getBindingResult().getFieldErrors().stream()
        .map(error -> new ProblemException.FieldProblem(error.getField(),
            error.contains(TypeMismatchException.class)
                ? mismatch(error.unwrap(TypeMismatchException.class).getRequiredType())
                : error.getDefaultMessage()))
        .toList();
    return invalidInput(problems, request);
  }

  /** Bean validation of a handler's parameters (page and size out of range, say): each one named. */
  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<ProblemException.FieldProblem> problems = ex.getAllValidationResults().stream()
        .flatMap(result -> result.getResolvableErrors().stream()
            .map(error -> new ProblemException.FieldProblem(result.getMethodParameter().getParameterName(),
                error.getDefaultMessage())))
        .toList();
    return invalidInput(problems, request);
  }

  private ResponseEntity<Object> invalidInput(List<ProblemException.FieldProblem> problems, WebRequest request) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ProblemException.detailOf(problems));
    problem.setType(URI.create("urn:sezflow:problem:invalid-input"));
    problem.setTitle("Invalid input");
    problem.setProperty("errors", problems);
    return createResponseEntity(problem, null, HttpStatus.BAD_REQUEST, request);
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<Object> handleAuthorization(AuthorizationException ex, WebRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
        "Your groups do not allow this: " + ex.getMessage());
    problem.setType(URI.create("urn:sezflow:problem:forbidden"));
    problem.setTitle("Not allowed");
    return createResponseEntity(problem, null, HttpStatus.FORBIDDEN, request);
  }

  /**
   * Two requests changed the same proposal at once (the engine's optimistic lock, or the
   * database's lock wait or deadlock); the loser may simply try again.
   */
  @ExceptionHandler({OptimisticLockingException.class, ConcurrencyFailureException.class})
  ResponseEntity<Object> handleConcurrentChange(Exception ex, WebRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
        "Another request changed the same proposal at the same time; reload it and retry if it still applies");
    problem.setType(URI.create("urn:sezflow:problem:concurrent-change"));
    problem.setTitle("Concurrent change");
    return createResponseEntity(problem, retryAfter(), HttpStatus.CONFLICT, request);
  }

  /** The hint a loser of a race gets: it may send the same request again in a second. */
  static HttpHeaders retryAfter() {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(ConcurrencyFailures.RETRY_AFTER_SECONDS));
    return headers;
  }

  /** A header Spring Security's firewall refuses once it is read (control characters, say). */
  @ExceptionHandler(RequestRejectedException.class)
  ResponseEntity<Object> handleRejected(RequestRejectedException ex, WebRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
    problem.setType(URI.create("urn:sezflow:problem:malformed-request"));
    problem.setTitle("Malformed request");
    problem.setProperty("errors", List.of(new ProblemException.FieldProblem("headers", "hold characters not allowed")));
    return createResponseEntity(problem, null, HttpStatus.BAD_REQUEST, request);
  }

  /**
   * The engine wraps what a step refused when a listener refused it: answer with the refusal (or
   * the fields a task's rules named), not with the wrapper's 500.
   */
  @ExceptionHandler(ProcessEngineException.class)
  ResponseEntity<Object> handleEngine(ProcessEngineException ex, WebRequest request) {
    for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof ProblemException problem) {
        return createResponseEntity(problem.getBody(), problem.getHeaders(), problem.getStatusCode(), request);
      }
      if (cause instanceof EngineRestErrors.FieldProblems fields) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, cause.getMessage());
        problem.setType(URI.create("urn:sezflow:problem:invalid-input"));
        problem.setTitle("Invalid input");
        problem.setProperty("errors", fields.fieldProblems());
        return createResponseEntity(problem, null, HttpStatus.BAD_REQUEST, request);
      }
    }
    if (ConcurrencyFailures.isConcurrencyFailure(ex)) {
      return handleConcurrentChange(ex, request);
    }
    return handleUnexpected(ex, request);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) {
    if (ConcurrencyFailures.isConcurrencyFailure(ex)) {
      return handleConcurrentChange(ex, request);
    }
    log.error("Unexpected error on {}", request.getDescription(false), ex);
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
        "The request could not be completed; the error is logged on the server.");
    problem.setType(URI.create("urn:sezflow:problem:internal-error"));
    problem.setTitle("Internal error");
    return createResponseEntity(problem, null, HttpStatus.INTERNAL_SERVER_ERROR, request);
  }

  private static Throwable rootCause(Throwable ex) {
    Throwable cause = ex;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }
}
