package org.sezflow.enterprise;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The terms a zone enterprise is held to ({@code sezflow.enterprise} in the configuration): each
 * milestone's months from the allotment letter, per zone where a zone's terms differ; the years of
 * operation monitored before graduation; the show-cause reply window; and how far the SEZ
 * authority may extend a milestone on its own.
 */
@Component
@ConfigurationProperties("sezflow.enterprise")
@Validated
public class EnterpriseTerms {

  /** Days after a quarter's last day when a missing progress report is reminded, and escalated. */
  public static final int REPORT_REMINDER_DAYS = 15;
  public static final int REPORT_ESCALATION_DAYS = 30;

  private Map<Milestone, Integer> milestoneMonths = new EnumMap<>(Map.of(Milestone.SUB_LEASE, 3,
      Milestone.CONSTRUCTION_START, 6, Milestone.COMMERCIAL_OPERATIONS, 24));
  private Map<String, Map<Milestone, Integer>> zoneMilestoneMonths = new HashMap<>();
  @Min(1)
  @Max(30)
  private int monitoredYears = 5;
  @Min(1)
  @Max(365)
  private int showCauseReplyDays = 30;
  @Min(0)
  @Max(10)
  private int extensionsByAuthority = 2;
  @Min(1)
  @Max(60)
  private int maxExtensionMonths = 12;

  /** The milestone's deadline for an enterprise of this zone allotted on {@code allottedOn}. */
  public LocalDate dueOn(String zoneCode, Milestone milestone, LocalDate allottedOn) {
    Integer months = zoneMilestoneMonths.getOrDefault(zoneCode, Map.of()).get(milestone);
    return allottedOn.plusMonths(months != null ? months : milestoneMonths.get(milestone));
  }

  public Map<Milestone, Integer> getMilestoneMonths() {
    return milestoneMonths;
  }

  public void setMilestoneMonths(Map<Milestone, Integer> milestoneMonths) {
    Map<Milestone, Integer> merged = new EnumMap<>(this.milestoneMonths);
    merged.putAll(milestoneMonths);
    this.milestoneMonths = merged;
  }

  public Map<String, Map<Milestone, Integer>> getZoneMilestoneMonths() {
    return zoneMilestoneMonths;
  }

  public void setZoneMilestoneMonths(Map<String, Map<Milestone, Integer>> zoneMilestoneMonths) {
    this.zoneMilestoneMonths = zoneMilestoneMonths;
  }

  public int getMonitoredYears() {
    return monitoredYears;
  }

  public void setMonitoredYears(int monitoredYears) {
    this.monitoredYears = monitoredYears;
  }

  public int getShowCauseReplyDays() {
    return showCauseReplyDays;
  }

  public void setShowCauseReplyDays(int showCauseReplyDays) {
    this.showCauseReplyDays = showCauseReplyDays;
  }

  public int getExtensionsByAuthority() {
    return extensionsByAuthority;
  }

  public void setExtensionsByAuthority(int extensionsByAuthority) {
    this.extensionsByAuthority = extensionsByAuthority;
  }

  public int getMaxExtensionMonths() {
    return maxExtensionMonths;
  }

  public void setMaxExtensionMonths(int maxExtensionMonths) {
    this.maxExtensionMonths = maxExtensionMonths;
  }
}
