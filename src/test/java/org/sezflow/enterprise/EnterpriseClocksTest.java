package org.sezflow.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sezflow.system.PakistanTime;

/** The enterprise's two clocks from its timeline: each matter from the day it opened to the day it closed. */
class EnterpriseClocksTest {

  final List<EnterpriseEvent> events = new ArrayList<>();

  @Test
  void aDefaultCountsForTheEnterpriseUntilItsAnswerThenForTheAuthorityUntilItsDecision() {
    on("2027-03-02", "DEFAULT");
    on("2027-03-12", "SHOW_CAUSE_ANSWERED");
    on("2027-03-20", "RESTORED");
    EnterpriseClocks clocks = EnterpriseClocks.of(events, LocalDate.parse("2027-04-01"));
    assertThat(clocks.daysWithEnterprise()).isEqualTo(10);
    assertThat(clocks.daysWithAuthority()).isEqualTo(8);
    assertThat(clocks.waitingFor()).isNull();
  }

  @Test
  void mattersOpenAtOnceCountTheirDaysOnceAndAnOpenOneRunsToToday() {
    on("2027-01-01", "MILESTONE_REPORTED");
    on("2027-01-05", "REPORT_SUBMITTED");
    on("2027-01-10", "MILESTONE_VERIFIED");
    on("2027-01-20", "REPORT_QUERIED");
    on("2027-01-25", "REPORT_QUERY_ANSWERED");
    EnterpriseClocks clocks = EnterpriseClocks.of(events, LocalDate.parse("2027-01-31"));
    // The authority: 1 to 20 January (two matters overlapping), then 25 to 31 January (the answer reviewed).
    assertThat(clocks.daysWithAuthority()).isEqualTo(19 + 6);
    assertThat(clocks.daysWithEnterprise()).isEqualTo(5);
    assertThat(clocks.waitingFor()).isEqualTo("SEZ_AUTHORITY");
  }

  private void on(String day, String type) {
    events.add(new EnterpriseEvent(events.size() + 1, "JV-2027-000001",
        LocalDate.parse(day).atTime(10, 0).atZone(PakistanTime.ZONE).toInstant(), type, null, "someone", null));
  }
}
