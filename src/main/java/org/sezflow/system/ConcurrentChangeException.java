package org.sezflow.system;

import java.util.List;

import org.springframework.http.HttpStatus;

/** Another request moved the proposal (or its task) on while this one was under way; nothing of this one is kept. */
public class ConcurrentChangeException extends ProblemException {

  public ConcurrentChangeException(String reference) {
    this("reference", "proposal " + reference);
  }

  /** {@code subject} ("task 42") is what the other request changed; {@code field} names it in the request. */
  public ConcurrentChangeException(String field, String subject) {
    super(HttpStatus.CONFLICT, "concurrent-change", "Concurrent change",
        "Another request changed " + subject + " at the same time; reload it and retry if it still applies",
        List.of(new FieldProblem(field, "was changed by another request at the same time")));
    retryAfter(ConcurrencyFailures.RETRY_AFTER_SECONDS);
  }
}
