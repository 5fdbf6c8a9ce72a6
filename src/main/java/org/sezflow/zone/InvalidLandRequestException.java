package org.sezflow.zone;

import java.util.List;

import org.sezflow.system.ProblemException;
import org.springframework.http.HttpStatus;

/** A land-account request that is malformed whatever the zone's state (bad acres, no reference). */
public class InvalidLandRequestException extends ProblemException {

  public InvalidLandRequestException(String field, String message) {
    super(HttpStatus.BAD_REQUEST, "invalid-land-request", "Invalid land request",
        field + " " + message, List.of(new FieldProblem(field, message)));
  }
}
