package org.sezflow.sla;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.sezflow.system.PakistanTime;
import org.sezflow.system.WorkingDayCalendar;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * Deadlines of the process, in working days, from {@code sezflow.sla} in the configuration.
 * Used by the BPMN as {@code ${slaPolicy.taskDue('ScreenProposal')}} (task due dates, which the sweep
 * {@code escalate-overdue-tasks} checks) and by delegates for the clarification and MoU deadlines.
 * Deadlines fall at the close of office on the last working day, Pakistan time.
 */
@Component(SlaPolicy.BEAN_NAME)
@ConfigurationProperties("sezflow.sla")
@Validated
public class SlaPolicy {

  /** The name BPMN expressions use. */
  public static final String BEAN_NAME = "slaPolicy";

  /** Working days an official has for each user task, by task id in the BPMN. */
  @NotEmpty
  private Map<String, Integer> taskWorkingDays = Map.of();
  @Min(1)
  private int clarificationWorkingDays = 20;
  @Min(1)
  private int mouSigningWorkingDays = 90;
  /** Working days a proposal may wait for a committee with no session taking it up before the sweep flags it. */
  @Min(1)
  private int committeeWaitWorkingDays = 20;
  /** Priority an overdue task is raised to (Camunda's default priority is 50). */
  @Min(51)
  private int escalatedPriority = 100;
  @NotNull
  @NotNull
  private LocalTime closeOfOffice = LocalTime.of(17, 0);
  private List<LocalDate> publicHolidays = List.of();
  private Map<String, Integer> sessionTaskWorkingDays = new HashMap<>();

  private final Clock clock;

  public SlaPolicy(Clock clock) {
    this.clock = clock;
  }

  /** When the user task with this BPMN id is due, if created now. */
  public Date taskDue(String taskId) {
    Integer days = taskWorkingDays.get(taskId);
    if (days == null) {
      throw new IllegalStateException("No SLA configured for task " + taskId + " (sezflow.sla.task-working-days)");
    }
    return afterWorkingDays(days);
  }

  /**
   * When a committee session's task is due: this many working days after the session's date
   * (sezflow.sla.session-task-working-days; 0 is the session's day), at the close of office.
   */
  public Date sessionTaskDue(String taskId, String sessionDate) {
    Integer days = sessionTaskWorkingDays.get(taskId);
    if (days == null) {
      throw new IllegalStateException("No SLA configured for session task " + taskId
          + " (sezflow.sla.session-task-working-days)");
    }
    LocalDate due = calendar().addWorkingDays(LocalDate.parse(sessionDate), days);
    return Date.from(due.atTime(closeOfOffice).atZone(PakistanTime.ZONE).toInstant());
  }

  public Date clarificationDeadline() {
    return afterWorkingDays(clarificationWorkingDays);
  }

  public Date mouSigningDeadline() {
    return afterWorkingDays(mouSigningWorkingDays);
  }

  /** The start of a JCC session on the given date: the opening of office, Pakistan time. */
  public Date sessionStart(LocalDate sessionOn) {
    return Date.from(sessionOn.atTime(9, 0).atZone(PakistanTime.ZONE).toInstant());
  }

  public WorkingDayCalendar calendar() {
    return new WorkingDayCalendar(new HashSet<>(publicHolidays));
  }

  private Date afterWorkingDays(int days) {
    LocalDate today = PakistanTime.today(clock);
    LocalDate due = calendar().addWorkingDays(today, days);
    return Date.from(due.atTime(closeOfOffice).atZone(PakistanTime.ZONE).toInstant());
  }

  public Map<String, Integer> getSessionTaskWorkingDays() {
    return sessionTaskWorkingDays;
  }

  public void setSessionTaskWorkingDays(Map<String, Integer> sessionTaskWorkingDays) {
    this.sessionTaskWorkingDays = sessionTaskWorkingDays;
  }

  public Map<String, Integer> getTaskWorkingDays() {
    return taskWorkingDays;
  }

  public void setTaskWorkingDays(Map<String, Integer> taskWorkingDays) {
    this.taskWorkingDays = taskWorkingDays;
  }

  public int getClarificationWorkingDays() {
    return clarificationWorkingDays;
  }

  public void setClarificationWorkingDays(int clarificationWorkingDays) {
    this.clarificationWorkingDays = clarificationWorkingDays;
  }

  public int getMouSigningWorkingDays() {
    return mouSigningWorkingDays;
  }

  public void setMouSigningWorkingDays(int mouSigningWorkingDays) {
    this.mouSigningWorkingDays = mouSigningWorkingDays;
  }

  public int getCommitteeWaitWorkingDays() {
    return committeeWaitWorkingDays;
  }

  public void setCommitteeWaitWorkingDays(int committeeWaitWorkingDays) {
    this.committeeWaitWorkingDays = committeeWaitWorkingDays;
  }

  public int getEscalatedPriority() {
    return escalatedPriority;
  }

  public void setEscalatedPriority(int escalatedPriority) {
    this.escalatedPriority = escalatedPriority;
  }

  public LocalTime getCloseOfOffice() {
    return closeOfOffice;
  }

  public void setCloseOfOffice(LocalTime closeOfOffice) {
    this.closeOfOffice = closeOfOffice;
  }

  public List<LocalDate> getPublicHolidays() {
    return publicHolidays;
  }

  public void setPublicHolidays(List<LocalDate> publicHolidays) {
    this.publicHolidays = publicHolidays;
  }

  /**
   * The working-day calendar of this configuration's public holidays as a bean, for those outside
   * the workflow that count working days too (the proposal's clocks).
   */
  @Configuration(proxyBeanMethods = false)
  static class WorkingDays {
    @Bean
    WorkingDayCalendar workingDayCalendar(SlaPolicy sla) {
      return sla.calendar();
    }
  }
}
