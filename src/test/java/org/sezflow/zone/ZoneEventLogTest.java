package org.sezflow.zone;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ZoneJdbcSlice
class ZoneEventLogTest {

  @Autowired
  ZoneEventLog eventLog;

  @Autowired
  ZoneJdbcSlice.TestZones testZones;

  @BeforeEach
  void addTestZones() {
    testZones.add("TZ-LOG-A", "100");
    testZones.add("TZ-LOG-B", "100");
  }

  @Test
  void anEventKeepsItsCauseTheClocksTimeAndTheAccountAfterTheChange() {
    LandAccount after = new LandAccount(new BigDecimal("100.00"), new BigDecimal("7.25"), new BigDecimal("2.00"));
    eventLog.append("TZ-LOG-A", ZoneEventType.LAND_RESERVED, new BigDecimal("7.25"), after,
        new ZoneChangeCause("TEST-LOG-1", "pi-42", "Reserve land", "pmu.officer"), "first plot");

    ZoneEvent event = eventLog.latest("TZ-LOG-A", 10).get(0);

    assertThat(event.id()).isPositive();
    assertThat(event.zoneCode()).isEqualTo("TZ-LOG-A");
    assertThat(event.occurredAt()).isEqualTo(ZoneJdbcSlice.NOW);
    assertThat(event.type()).isEqualTo(ZoneEventType.LAND_RESERVED);
    assertThat(event.acres()).isEqualByComparingTo("7.25");
    assertThat(event.reservedAfter()).isEqualByComparingTo("7.25");
    assertThat(event.allocatedAfter()).isEqualByComparingTo("2.00");
    assertThat(event.freeAfter()).isEqualByComparingTo("90.75");
    assertThat(event.proposalRef()).isEqualTo("TEST-LOG-1");
    assertThat(event.processInstanceId()).isEqualTo("pi-42");
    assertThat(event.step()).isEqualTo("Reserve land");
    assertThat(event.actor()).isEqualTo("pmu.officer");
    assertThat(event.detail()).isEqualTo("first plot");
  }

  @Test
  void aChangeThatTouchesNoLandHasNoFigures() {
    eventLog.append("TZ-LOG-A", ZoneEventType.PIPELINE_CHANGED, null, null,
        new ZoneChangeCause(null, null, "Register proposal", "system"), "entered -> SUBMITTED");

    ZoneEvent event = eventLog.latest("TZ-LOG-A", 1).get(0);

    assertThat(event.acres()).isNull();
    assertThat(event.reservedAfter()).isNull();
    assertThat(event.allocatedAfter()).isNull();
    assertThat(event.freeAfter()).isNull();
    assertThat(event.proposalRef()).isNull();
    assertThat(event.processInstanceId()).isNull();
  }

  @Test
  void aZonesLatestEventsComeNewestFirstUpToTheLimit() {
    for (int i = 1; i <= 5; i++) {
      eventLog.append("TZ-LOG-A", ZoneEventType.PIPELINE_CHANGED, null, null, cause("TEST-LOG-" + i), "move " + i);
    }
    eventLog.append("TZ-LOG-B", ZoneEventType.PIPELINE_CHANGED, null, null, cause("TEST-LOG-9"), "elsewhere");

    List<ZoneEvent> latest = eventLog.latest("TZ-LOG-A", 3);

    assertThat(latest).extracting(ZoneEvent::detail).containsExactly("move 5", "move 4", "move 3");
    assertThat(eventLog.latest("TZ-LOG-A", 100)).hasSize(5);
    assertThat(eventLog.latest("TZ-LOG-B", 100)).extracting(ZoneEvent::detail).containsExactly("elsewhere");
  }

  @Test
  void aProposalsEventsComeFromEveryZoneOldestFirst() {
    eventLog.append("TZ-LOG-A", ZoneEventType.PIPELINE_CHANGED, null, null, cause("TEST-LOG-1"), "SUBMITTED -> left");
    eventLog.append("TZ-LOG-B", ZoneEventType.PIPELINE_CHANGED, null, null, cause("TEST-LOG-1"), "arrived");
    eventLog.append("TZ-LOG-B", ZoneEventType.PIPELINE_CHANGED, null, null, cause("TEST-LOG-2"), "another proposal");
    eventLog.append("TZ-LOG-B", ZoneEventType.LAND_RESERVED, BigDecimal.TEN, null, cause("TEST-LOG-1"), "reserved");

    List<ZoneEvent> events = eventLog.ofProposal("TEST-LOG-1");

    assertThat(events).extracting(ZoneEvent::detail).containsExactly("SUBMITTED -> left", "arrived", "reserved");
    assertThat(events).extracting(ZoneEvent::zoneCode).containsExactly("TZ-LOG-A", "TZ-LOG-B", "TZ-LOG-B");
    assertThat(eventLog.ofProposal("TEST-LOG-0")).isEmpty();
  }

  private static ZoneChangeCause cause(String proposalRef) {
    return new ZoneChangeCause(proposalRef, null, "Move", "test");
  }
}
