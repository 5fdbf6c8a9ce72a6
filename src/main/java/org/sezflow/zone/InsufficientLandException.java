package org.sezflow.zone;

import java.math.BigDecimal;
import java.util.List;

import org.sezflow.system.ProblemException;
import org.springframework.http.HttpStatus;

/** More acres were asked for than the zone has free. The process catches it as a BPMN error. */
public class InsufficientLandException extends ProblemException {

  private final String zoneCode;
  private final BigDecimal requestedAcres;
  private final BigDecimal freeAcres;

  public InsufficientLandException(String zoneCode, BigDecimal requestedAcres, BigDecimal freeAcres) {
    super(HttpStatus.CONFLICT, "insufficient-land", "Not enough free land",
        "Zone " + zoneCode + " has " + freeAcres.toPlainString() + " acres free; "
            + requestedAcres.toPlainString() + " were requested",
        List.of(new FieldProblem("acres", "must not exceed the " + freeAcres.toPlainString()
            + " free acres of zone " + zoneCode)));
    this.zoneCode = zoneCode;
    this.requestedAcres = requestedAcres;
    this.freeAcres = freeAcres;
  }

  public String getZoneCode() {
    return zoneCode;
  }

  public BigDecimal getRequestedAcres() {
    return requestedAcres;
  }

  public BigDecimal getFreeAcres() {
    return freeAcres;
  }
}
