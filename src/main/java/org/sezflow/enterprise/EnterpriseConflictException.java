package org.sezflow.enterprise;

import java.util.List;

import org.sezflow.system.ProblemException;
import org.springframework.http.HttpStatus;

/** The enterprise's state does not allow the request now (cancelled, not in default, nothing to verify, ...). */
public class EnterpriseConflictException extends ProblemException {

  public EnterpriseConflictException(String field, String message) {
    super(HttpStatus.CONFLICT, "enterprise-conflict", "Conflict with the zone enterprise's state", message,
        List.of(new FieldProblem(field, message)));
  }
}
