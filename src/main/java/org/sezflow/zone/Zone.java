package org.sezflow.zone;

import java.math.BigDecimal;
import java.util.List;

/**
 * One SEZ site. {@code leasableIsPlanningAssumption} marks a leasable area that no source
 * publishes (see the seed migration); the UI and API show it as such.
 */
public record Zone(
    String code,
    String name,
    String province,
    String location,
    String developer,
    BigDecimal totalAcres,
    String leasableSource,
    boolean leasableIsPlanningAssumption,
    boolean priority,
    boolean smartSez,
    String smartSezSource,
    String statusNote,
    List<String> sectors,
    LandAccount land) {}
