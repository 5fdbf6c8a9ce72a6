package org.sezflow.enterprise;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A zone enterprise's own record.
 *
 * @param allottedOn the allotment letter's date, from which its milestones' deadlines count
 * @param operatingSince the date commercial operations began, once verified
 * @param monitoringEndsOn the day it graduates from monitoring, once operating
 */
public record ZoneEnterprise(String proposalRef, EnterpriseStatus status, LocalDate allottedOn,
    LocalDate operatingSince, LocalDate monitoringEndsOn, String processInstanceId, Instant establishedAt,
    Instant endedAt) {}
