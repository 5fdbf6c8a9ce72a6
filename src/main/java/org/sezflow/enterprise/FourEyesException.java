package org.sezflow.enterprise;

import java.util.List;

import org.sezflow.system.ProblemException;
import org.springframework.http.HttpStatus;

/** The official who proposed a cancellation may not confirm it: a second official must. */
public class FourEyesException extends ProblemException {

  public FourEyesException(String reference, String proposer) {
    super(HttpStatus.FORBIDDEN, "four-eyes", "A second official must decide",
        "The cancellation of " + reference + " was proposed by " + proposer
            + ": another official of the SEZ authority confirms or refuses it",
        List.of(new FieldProblem("cancellationDecision", "must be decided by an official other than " + proposer)));
  }
}
