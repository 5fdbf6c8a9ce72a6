package org.sezflow.zone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

@ZoneJdbcSlice
class LandHoldingRepositoryTest {

  @Autowired
  LandHoldingRepository holdings;

  @Autowired
  ZoneJdbcSlice.TestZones testZones;

  @BeforeEach
  void addTestZones() {
    testZones.add("TZ-HOLD-A", "500");
    testZones.add("TZ-HOLD-B", "500");
  }

  @Test
  void aHoldingIsStoredReadAndUpdatedInPlace() {
    LandHolding reserved = new LandHolding("TEST-HOLD-1", "TZ-HOLD-A", new BigDecimal("12.50"),
        LandHoldingStatus.RESERVED, null);
    holdings.insert(reserved, ZoneJdbcSlice.NOW);

    assertThat(holdings.find("TEST-HOLD-1")).contains(reserved);
    assertThat(holdings.findForUpdate("TEST-HOLD-1")).contains(reserved);

    LandHolding allocated = new LandHolding("TEST-HOLD-1", "TZ-HOLD-B", new BigDecimal("10.00"),
        LandHoldingStatus.ALLOCATED, "TZ-HOLD-B-P0001");
    holdings.update(allocated, ZoneJdbcSlice.NOW);

    assertThat(holdings.find("TEST-HOLD-1")).contains(allocated);
    assertThat(holdings.find("TEST-HOLD-2")).isEmpty();
    assertThat(holdings.findForUpdate("TEST-HOLD-2")).isEmpty();
  }

  @Test
  void severalHoldingsAreReadAtOnceAndUnknownReferencesAreLeftOut() {
    holdings.insert(holding("TEST-HOLD-1", LandHoldingStatus.RESERVED), ZoneJdbcSlice.NOW);
    holdings.insert(holding("TEST-HOLD-2", LandHoldingStatus.RELEASED), ZoneJdbcSlice.NOW);
    holdings.insert(holding("TEST-HOLD-3", LandHoldingStatus.ALLOCATED), ZoneJdbcSlice.NOW);

    List<LandHolding> found = holdings.findAll(List.of("TEST-HOLD-1", "TEST-HOLD-3", "TEST-HOLD-9"));

    assertThat(found).extracting(LandHolding::proposalRef).containsExactlyInAnyOrder("TEST-HOLD-1", "TEST-HOLD-3");
    assertThat(found).extracting(LandHolding::status)
        .containsExactlyInAnyOrder(LandHoldingStatus.RESERVED, LandHoldingStatus.ALLOCATED);
    assertThat(holdings.findAll(List.of())).isEmpty();
  }

  @Test
  void theDatabaseRefusesAHoldingOfNoLandOrInAnUnknownZone() {
    LandHolding none = new LandHolding("TEST-HOLD-1", "TZ-HOLD-A", BigDecimal.ZERO, LandHoldingStatus.RESERVED, null);
    LandHolding nowhere = new LandHolding("TEST-HOLD-2", "NOPE", BigDecimal.ONE, LandHoldingStatus.RESERVED, null);

    assertThatThrownBy(() -> holdings.insert(none, ZoneJdbcSlice.NOW))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(() -> holdings.insert(nowhere, ZoneJdbcSlice.NOW))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThat(holdings.findAll(List.of("TEST-HOLD-1", "TEST-HOLD-2"))).isEmpty();
  }

  private static LandHolding holding(String proposalRef, LandHoldingStatus status) {
    return new LandHolding(proposalRef, "TZ-HOLD-A", new BigDecimal("5.00"), status,
        status == LandHoldingStatus.ALLOCATED ? "TZ-HOLD-A-P0001" : null);
  }
}
