package org.sezflow.proposal;

import java.util.List;

import org.sezflow.system.ProblemException;
import org.springframework.http.HttpStatus;

/** A proposal, or a step's input, that breaks the rules; every offending field is named. */
public class InvalidProposalException extends ProblemException {

  public InvalidProposalException(List<FieldProblem> errors) {
    super(HttpStatus.BAD_REQUEST, "invalid-proposal", "Invalid proposal", detailOf(errors), errors);
  }

  /** Refuses the input when any problem was found; does nothing otherwise. */
  public static void throwIfAny(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidProposalException(problems);
    }
  }

  public static InvalidProposalException of(String field, String message) {
    return new InvalidProposalException(List.of(new FieldProblem(field, message)));
  }
}
