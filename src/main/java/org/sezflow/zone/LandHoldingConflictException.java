package org.sezflow.zone;

import java.util.List;

import org.sezflow.system.ProblemException;
import org.springframework.http.HttpStatus;

/** The proposal's land is not in the state the request needs (already held, nothing to allocate). */
public class LandHoldingConflictException extends ProblemException {

  public LandHoldingConflictException(String proposalRef, String message) {
    super(HttpStatus.CONFLICT, "land-holding-conflict", "Land holding conflict",
        "Proposal " + proposalRef + ": " + message,
        List.of(new FieldProblem("proposalRef", message)));
  }
}
