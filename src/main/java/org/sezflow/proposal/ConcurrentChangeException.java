package org.sezflow.proposal;

import java.util.List;

import org.sezflow.system.ProblemException;
import org.springframework.http.HttpStatus;

/** Another request moved the proposal on while this one was under way; nothing of this one is kept. */
public class ConcurrentChangeException extends ProblemException {

  public ConcurrentChangeException(String reference) {
    super(HttpStatus.CONFLICT, "concurrent-change", "Concurrent change",
        "Another request changed proposal " + reference + " at the same time; reload it and retry if it still applies",
        List.of(new FieldProblem("reference", "was changed by another request at the same time")));
  }
}
