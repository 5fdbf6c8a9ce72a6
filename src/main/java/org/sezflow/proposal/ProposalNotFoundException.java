package org.sezflow.proposal;

import java.util.List;

import org.sezflow.system.ProblemException;
import org.springframework.http.HttpStatus;

public class ProposalNotFoundException extends ProblemException {

  public ProposalNotFoundException(String reference) {
    super(HttpStatus.NOT_FOUND, "proposal-not-found", "Unknown proposal",
        "No proposal has the reference '" + reference + "'",
        List.of(new FieldProblem("reference", "unknown proposal reference '" + reference + "'")));
  }
}
