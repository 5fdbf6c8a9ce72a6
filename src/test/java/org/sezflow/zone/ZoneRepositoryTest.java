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
class ZoneRepositoryTest {

  static final String CODE = "TZ-REPO";

  @Autowired
  ZoneRepository zones;

  @Autowired
  ZoneJdbcSlice.TestZones testZones;

  @BeforeEach
  void addTestZone() {
    testZones.add(CODE, "600.00", "textiles", "pharma", "electronics");
  }

  @Test
  void listsTheSeededZonesPriorityFirstAndEachZonesSectorsInTheirOrder() {
    List<Zone> all = zones.findAll();

    assertThat(all).extracting(Zone::code)
        .contains("RSEZ", "DSEZ", "AIIC", "BSEZ", "ICTMIZ", "PSMIP", "MPSEZ", "MMCSEZ", "MQSEZ", CODE);
    long prioritized = all.stream().filter(Zone::priority).count();
    assertThat(prioritized).isEqualTo(4);
    assertThat(all.subList(0, 4)).allMatch(Zone::priority);
    assertThat(all.stream().filter(zone -> zone.code().equals(CODE)).findFirst().orElseThrow().sectors())
        .containsExactly("textiles", "pharma", "electronics");
  }

  @Test
  void findsAZoneByItsExactCodeOnly() {
    Zone zone = zones.findByCode(CODE).orElseThrow();

    assertThat(zone.name()).isEqualTo("Test zone " + CODE);
    assertThat(zone.totalAcres()).isEqualByComparingTo("1000");
    assertThat(zone.sectors()).containsExactly("textiles", "pharma", "electronics");
    assertThat(zone.land()).isEqualTo(new LandAccount(new BigDecimal("600.00"), new BigDecimal("0.00"),
        new BigDecimal("0.00")));
    assertThat(zone.leasableIsPlanningAssumption()).isFalse();
    // MySQL compares codes without case; the repository does not.
    assertThat(zones.findByCode("tz-repo")).isEmpty();
    assertThat(zones.findByCode("NOPE")).isEmpty();
    assertThat(zones.exists(CODE)).isTrue();
    assertThat(zones.exists("tz-repo")).isFalse();
    assertThat(zones.exists("NOPE")).isFalse();
  }

  @Test
  void theLandAccountIsReadUnderLockAndWrittenBack() {
    assertThat(zones.lockLandAccount(CODE)).contains(new LandAccount(new BigDecimal("600.00"),
        new BigDecimal("0.00"), new BigDecimal("0.00")));
    assertThat(zones.lockLandAccount("tz-repo")).isEmpty();

    zones.updateLandAccount(CODE, new LandAccount(new BigDecimal("600.00"), new BigDecimal("25.50"),
        new BigDecimal("40.00")));

    LandAccount stored = zones.findByCode(CODE).orElseThrow().land();
    assertThat(stored.reservedAcres()).isEqualByComparingTo("25.50");
    assertThat(stored.allocatedAcres()).isEqualByComparingTo("40.00");
    assertThat(stored.freeAcres()).isEqualByComparingTo("534.50");
    assertThatThrownBy(() -> zones.updateLandAccount("NOPE", stored))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("NOPE");
  }

  @Test
  void theDatabaseRefusesAnAccountThatHoldsMoreThanTheLeasableLand() {
    LandAccount overAllocated = new LandAccount(new BigDecimal("600.00"), new BigDecimal("300.00"),
        new BigDecimal("300.01"));

    assertThatThrownBy(() -> zones.updateLandAccount(CODE, overAllocated))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void plotsAreNumberedPerZoneInSequence() {
    testZones.add("TZ-OTHER", "10");

    assertThat(zones.nextPlotNumber(CODE)).isEqualTo(CODE + "-P0001");
    assertThat(zones.nextPlotNumber(CODE)).isEqualTo(CODE + "-P0002");
    assertThat(zones.nextPlotNumber("TZ-OTHER")).isEqualTo("TZ-OTHER-P0001");
  }
}
