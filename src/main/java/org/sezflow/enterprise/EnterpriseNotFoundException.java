package org.sezflow.enterprise;

import java.util.List;

import org.sezflow.system.ProblemException;
import org.springframework.http.HttpStatus;

/** No zone enterprise has this reference (not yet allotted, or never a proposal). */
public class EnterpriseNotFoundException extends ProblemException {

  public EnterpriseNotFoundException(String reference) {
    super(HttpStatus.NOT_FOUND, "enterprise-not-found", "Unknown zone enterprise",
        "No zone enterprise has the reference " + reference,
        List.of(new FieldProblem("reference", "names no zone enterprise")));
  }
}
