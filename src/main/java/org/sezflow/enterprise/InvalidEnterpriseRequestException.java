package org.sezflow.enterprise;

import java.util.List;

import org.sezflow.system.ProblemException;
import org.springframework.http.HttpStatus;

/** A report, request or decision about a zone enterprise that breaks the rules; each field is named. */
public class InvalidEnterpriseRequestException extends ProblemException {

  public InvalidEnterpriseRequestException(List<FieldProblem> errors) {
    super(HttpStatus.BAD_REQUEST, "invalid-enterprise-request", "Invalid request about a zone enterprise",
        detailOf(errors), errors);
  }

  public static void throwIfAny(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidEnterpriseRequestException(problems);
    }
  }
}
