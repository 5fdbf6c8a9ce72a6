package org.sezflow.overview;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.sezflow.engine.SystemAuthentication;
import org.sezflow.identity.Groups;
import org.sezflow.sla.GroupTaskCounts;
import org.sezflow.system.PakistanTime;
import org.sezflow.variables.ProcessVariables;
import org.sezflow.zone.PipelineStage;
import org.sezflow.zone.ZoneRegistry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SEZ picture a manager sees first in Cockpit, from the counts the application keeps: each
 * zone's land and pipeline (as {@code GET /api/v1/zones} shows them), the funnel of open proposals
 * per stage (the zones' pipelines added up), outcomes per month (closed proposals), open and
 * overdue tasks per official group (as Tasklist's filters count them), and stage durations over a
 * period (the stage exits). Only managers and admins reach it (SecurityConfig), and they may read
 * every task, so the task figures are read without the engine's per-task authorization checks,
 * which cost more than the rest of the overview together; the definition's figures are read with
 * the caller's own authorizations.
 */
@Service
public class OverviewService {

  /** Stages a proposal is still under way in, in the order it passes them. */
  static final List<PipelineStage> OPEN_STAGES = List.of(PipelineStage.SUBMITTED, PipelineStage.SCREENING,
      PipelineStage.CLARIFICATION, PipelineStage.LAND_RESERVATION, PipelineStage.MOU, PipelineStage.JWG_REVIEW,
      PipelineStage.JCC_DECISION, PipelineStage.ALLOCATION);
  static final List<PipelineStage> OUTCOMES = List.of(PipelineStage.ZONE_ENTERPRISE, PipelineStage.REJECTED,
      PipelineStage.LAPSED, PipelineStage.WITHDRAWN);
  /** The activities a proposal waits at in each stage: Cockpit's view of the instances there. */
  static final Map<PipelineStage, List<String>> WAITING_AT = Map.of(
      PipelineStage.SCREENING, List.of("ScreenProposal"),
      PipelineStage.CLARIFICATION, List.of("ClarificationAnswered"),
      PipelineStage.LAND_RESERVATION, List.of("ChooseZoneOrArea"),
      PipelineStage.MOU, List.of("PrepareMou", "RecordMouSigning"),
      PipelineStage.JWG_REVIEW, List.of("ConsultMinistry", "JwgSessionDecided", "ReviseProposal"),
      PipelineStage.JCC_DECISION, List.of("JccSessionDecided"),
      PipelineStage.ALLOCATION, List.of("IssueAllotmentLetter"));
  static final int OLDEST_OVERDUE = 10;

  private final ZoneRegistry zones;
  private final OverviewRepository repository;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final RepositoryService definitions;
  private final ManagementService management;
  private final GroupTaskCounts taskCounts;
  private final SystemAuthentication system;
  private final Clock clock;

  OverviewService(ZoneRegistry zones, OverviewRepository repository, TaskService tasks, RuntimeService runtime,
      RepositoryService definitions, ManagementService management, GroupTaskCounts taskCounts,
      SystemAuthentication system, Clock clock) {
    this.zones = zones;
    this.repository = repository;
    this.tasks = tasks;
    this.runtime = runtime;
    this.definitions = definitions;
    this.management = management;
    this.taskCounts = taskCounts;
    this.system = system;
    this.clock = clock;
  }

  record GroupTasks(String group, String name, long open, long overdue) {}

  record OverdueTask(String taskId, String name, String group, String assignee, Instant due, String reference,
      String processInstanceId) {}

  record Overview(Instant at, int periodDays, String processDefinitionId, List<ZoneRegistry.ZoneOverview> zones,
      Map<PipelineStage, Long> funnel, Map<PipelineStage, List<String>> waitingAt,
      Map<YearMonth, Map<PipelineStage, Long>> outcomesByMonth, List<GroupTasks> tasks, List<OverdueTask> oldestOverdue,
      Map<PipelineStage, Percentiles> stageDurations) {}

  @Transactional(readOnly = true)
  public Overview overview(int periodDays) {
    Instant now = clock.instant();
    List<ZoneRegistry.ZoneOverview> zoneList = zones.list();
    Map<PipelineStage, Long> funnel = new EnumMap<>(PipelineStage.class);
    OPEN_STAGES.forEach(stage -> funnel.put(stage, 0L));
    zoneList.forEach(zone -> OPEN_STAGES
        .forEach(stage -> funnel.merge(stage, (long) zone.pipeline().getOrDefault(stage, 0), Long::sum)));
    return new Overview(now, periodDays, latestDefinitionId(), zoneList, funnel, WAITING_AT, outcomes(now),
        groupTasks(now), oldestOverdue(now), stageDurations(now, periodDays));
  }

  /** The last twelve months, this one included, each with all four outcomes (0 where none). */
  private Map<YearMonth, Map<PipelineStage, Long>> outcomes(Instant now) {
    YearMonth thisMonth = YearMonth.from(now.atZone(PakistanTime.ZONE));
    YearMonth first = thisMonth.minusMonths(11);
    Instant since = first.atDay(1).atStartOfDay(PakistanTime.ZONE).toInstant();
    Map<YearMonth, Map<PipelineStage, Long>> counted = repository.outcomesByMonth(since);
    Map<YearMonth, Map<PipelineStage, Long>> months = new LinkedHashMap<>();
    for (YearMonth month = first; !month.isAfter(thisMonth); month = month.plusMonths(1)) {
      Map<PipelineStage, Long> outcomes = new EnumMap<>(PipelineStage.class);
      for (PipelineStage outcome : OUTCOMES) {
        outcomes.put(outcome, counted.getOrDefault(month, Map.of()).getOrDefault(outcome, 0L));
      }
      months.put(month, outcomes);
    }
    return months;
  }

  /** Per official group: its open tasks and those past their due date, as Tasklist's filters count them. */
  private List<GroupTasks> groupTasks(Instant now) {
    Map<String, GroupTaskCounts.Counts> counts = taskCounts.count(Groups.OFFICIALS, now);
    return Groups.OFFICIALS.stream().map(group -> new GroupTasks(group, Groups.ALL.get(group),
        counts.get(group).open(), counts.get(group).overdue())).toList();
  }

  /** The tasks longest overdue, read as the system: the overview's readers may see every task anyway. */
  private List<OverdueTask> oldestOverdue(Instant now) {
    return system.read(() -> oldestOverdueTasks(now));
  }

  private List<OverdueTask> oldestOverdueTasks(Instant now) {
    List<Task> overdue = tasks.createTaskQuery().processDefinitionKey(ProcessVariables.PROCESS_KEY)
        .dueBefore(Date.from(now)).orderByDueDate().asc().listPage(0, OLDEST_OVERDUE);
    if (overdue.isEmpty()) {
      return List.of();
    }
    Set<String> instanceIds = overdue.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
    Map<String, String> references = new HashMap<>();
    runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list()
        .forEach(instance -> references.put(instance.getId(), ((ProcessInstance) instance).getBusinessKey()));
    List<OverdueTask> oldest = new ArrayList<>();
    for (Task task : overdue) {
      String group = tasks.getIdentityLinksForTask(task.getId()).stream()
          .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
          .map(IdentityLink::getGroupId).findFirst().orElse(null);
      oldest.add(new OverdueTask(task.getId(), task.getName(), group, task.getAssignee(),
          task.getDueDate().toInstant(), references.get(task.getProcessInstanceId()), task.getProcessInstanceId()));
    }
    return oldest;
  }

  private Map<PipelineStage, Percentiles> stageDurations(Instant now, int periodDays) {
    LocalDate since = PakistanTime.dateOf(now).minusDays(periodDays - 1L);
    Map<PipelineStage, long[]> buckets = repository.stageDurationBuckets(since);
    Map<PipelineStage, Percentiles> durations = new EnumMap<>(PipelineStage.class);
    for (PipelineStage stage : OPEN_STAGES) {
      durations.put(stage, Percentiles.of(buckets.get(stage)));
    }
    return durations;
  }

  /** {@code belowSeconds}: the shortest bucket; a median within it reads "under 1 h". */
  record ActivityFigures(String activityId, long now, long passed, Long medianSeconds, long belowSeconds) {}

  /** Per activity of the definition: instances there now, and those that passed it in the period with their median time. */
  @Transactional(readOnly = true)
  public List<ActivityFigures> activities(String processDefinitionId, int periodDays) {
    ProcessDefinition definition = definitions.createProcessDefinitionQuery().processDefinitionId(processDefinitionId)
        .singleResult();
    if (definition == null) {
      throw new DefinitionNotFoundException(processDefinitionId);
    }
    Map<String, Long> current = new HashMap<>();
    for (ActivityStatistics statistics : management.createActivityStatisticsQuery(definition.getId()).list()) {
      current.put(statistics.getId(), (long) statistics.getInstances());
    }
    Instant since = clock.instant().minus(Duration.ofDays(periodDays));
    Map<String, long[]> passed = repository.activityDurationBuckets(definition.getId(), since);
    Set<String> activityIds = new java.util.TreeSet<>(current.keySet());
    activityIds.addAll(passed.keySet());
    return activityIds.stream().map(id -> {
      Percentiles figures = Percentiles.of(passed.get(id));
      return new ActivityFigures(id, current.getOrDefault(id, 0L), figures.exits(), figures.medianSeconds(),
          Percentiles.SHORTEST_BUCKET_SECONDS);
    }).toList();
  }

  /** No process definition the caller may read has this id. */
  static class DefinitionNotFoundException extends org.sezflow.system.ProblemException {
    DefinitionNotFoundException(String id) {
      super(org.springframework.http.HttpStatus.NOT_FOUND, "definition-not-found", "Unknown process definition",
          "No process definition has the id " + id, List.of(new FieldProblem("processDefinitionId", "is unknown")));
    }
  }

  record EndedPage(List<OverviewRepository.EndedProposal> items, int page, int size, long total) {}

  @Transactional(readOnly = true)
  public EndedPage ended(int periodDays, int page, int size) {
    Instant since = clock.instant().minus(Duration.ofDays(periodDays));
    return new EndedPage(repository.ended(since, page, size), page, size, repository.endedCount(since));
  }

  private String latestDefinitionId() {
    ProcessDefinition latest = definitions.createProcessDefinitionQuery().processDefinitionKey(
        ProcessVariables.PROCESS_KEY).latestVersion().singleResult();
    return latest == null ? null : latest.getId();
  }
}
