package org.sezflow.system;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A refusal the API reports as RFC 7807 problem JSON. Subclasses name the domain rule that was
 * broken; {@code errors} names each offending field so a client can show it next to the input.
 */
public abstract class ProblemException extends ErrorResponseException {

  public record FieldProblem(String field, String message) {}

  private final List<FieldProblem> errors;

  protected ProblemException(HttpStatus status, String type, String title, String detail,
      List<FieldProblem> errors) {
    super(status, problem(status, type, title, detail, errors), null);
    this.errors = List.copyOf(errors);
  }

  private static ProblemDetail problem(HttpStatus status, String type, String title, String detail,
      List<FieldProblem> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create("urn:sezflow:problem:" + type));
    problem.setTitle(title);
    if (!errors.isEmpty()) {
      problem.setProperty("errors", errors);
    }
    return problem;
  }

  /** The detail of a refusal that names fields: the one problem, or how many fields and which. */
  public static String detailOf(List<FieldProblem> problems) {
    return problems.size() == 1 ? problems.get(0).field() + " " + problems.get(0).message()
        : problems.size() + " fields are invalid: "
            + String.join(", ", problems.stream().map(FieldProblem::field).toList());
  }

  /**
   * Whether the refusal is a race the client lost, so that the same request may succeed when sent
   * again: answered with {@code Retry-After} at every door.
   */
  public boolean isRetryable() {
    return getHeaders().containsKey("Retry-After");
  }

  /** Marks the refusal as a lost race that the client may retry (see {@link #isRetryable}). */
  protected final void retryAfter(int seconds) {
    getHeaders().set("Retry-After", String.valueOf(seconds));
  }

  public List<FieldProblem> getErrors() {
    return errors;
  }

  @Override
  public String getMessage() {
    return getBody().getDetail();
  }
}
