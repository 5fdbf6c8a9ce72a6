package org.sezflow.zone;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One line of a zone's append-only event log. The land figures are the account after the change
 * (null for changes that do not touch land).
 */
public record ZoneEvent(
    long id,
    String zoneCode,
    Instant occurredAt,
    ZoneEventType type,
    BigDecimal acres,
    BigDecimal reservedAfter,
    BigDecimal allocatedAfter,
    BigDecimal freeAfter,
    String proposalRef,
    String processInstanceId,
    String step,
    String actor,
    String detail) {}
