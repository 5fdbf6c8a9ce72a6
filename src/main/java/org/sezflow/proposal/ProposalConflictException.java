package org.sezflow.proposal;

import java.util.List;

import org.sezflow.system.ProblemException;
import org.springframework.http.HttpStatus;

/** The proposal's state does not allow the request (reference taken, proposal closed, ...). */
public class ProposalConflictException extends ProblemException {

  public ProposalConflictException(String field, String message) {
    super(HttpStatus.CONFLICT, "proposal-conflict", "Conflict with the proposal's state", message,
        List.of(new FieldProblem(field, message)));
  }
}
