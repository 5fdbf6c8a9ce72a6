package org.sezflow.zone;

import java.util.List;

import org.sezflow.system.ProblemException;
import org.springframework.http.HttpStatus;

public class ZoneNotFoundException extends ProblemException {

  public ZoneNotFoundException(String zoneCode) {
    super(HttpStatus.NOT_FOUND, "zone-not-found", "Unknown zone",
        "No SEZ zone has the code '" + zoneCode + "'",
        List.of(new FieldProblem("zoneCode", "unknown zone code '" + zoneCode + "'")));
  }
}
