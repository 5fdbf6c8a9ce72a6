package org.sezflow.overview;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sezflow.enterprise.EnterpriseEvaluation;
import org.sezflow.system.Paging;
import org.sezflow.zone.LandAccount;
import org.sezflow.zone.PipelineStage;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The managers' SEZ picture, for Cockpit's SEZ Flow plugins and for anyone with a manager's
 * credentials: open to {@code sez-managers} and admins only (see SecurityConfig), with a Cockpit
 * session or HTTP Basic.
 */
@RestController
@RequestMapping(path = "/api/v1/overview", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Overview", description = "Managers' figures: land, pipeline, outcomes, deadlines, stage durations")
class OverviewController {

  static final int DEFAULT_PERIOD_DAYS = 90;
  static final int MAX_PERIOD_DAYS = 3650;
  private static final String DAYS_RANGE = "must be a whole number from 1 to " + MAX_PERIOD_DAYS;

  private final OverviewService overview;
  private final EnterpriseEvaluation enterprises;

  OverviewController(OverviewService overview, EnterpriseEvaluation enterprises) {
    this.overview = overview;
    this.enterprises = enterprises;
  }

  record LandView(BigDecimal leasableAcres, BigDecimal reservedAcres, BigDecimal allocatedAcres, BigDecimal freeAcres) {
    static LandView of(LandAccount land) {
      return new LandView(land.leasableAcres(), land.reservedAcres(), land.allocatedAcres(), land.freeAcres());
    }
  }

  record ZoneView(String code, String name, boolean priority, LandView land, Map<PipelineStage, Integer> pipeline) {}

  record MonthView(String month, Map<PipelineStage, Long> outcomes) {}

  /** {@code belowSeconds}: the shortest bucket; times within it are counted together ("under 1 h"). */
  record StageView(PipelineStage stage, long open, List<String> waitingAt, long exits, Long medianSeconds,
      Long p90Seconds, long belowSeconds) {}

  record OverviewView(Instant at, int periodDays, String processDefinitionId, List<ZoneView> zones,
      List<StageView> stages, List<MonthView> outcomesByMonth, List<OverviewService.GroupTasks> tasks,
      List<OverviewService.OverdueTask> oldestOverdue) {}

  @GetMapping
  @Operation(summary = "The SEZ overview: zones, funnel, outcomes per month, deadlines, stage durations",
      description = "Stage durations are the median and 90th percentile of the stage exits in the last `days` "
          + "days, read from duration buckets (1 h to 2 years) as Prometheus reads a histogram.")
  OverviewView overview(@Parameter(description = "Period of the stage durations, in days (1 to 3650)") @RequestParam(
      defaultValue = "" + DEFAULT_PERIOD_DAYS) @Min(value = 1,
          message = DAYS_RANGE) @Max(value = MAX_PERIOD_DAYS, message = DAYS_RANGE) int days) {
    OverviewService.Overview figures = overview.overview(days);
    List<ZoneView> zones = figures.zones().stream().map(z -> new ZoneView(z.zone().code(), z.zone().name(),
        z.zone().priority(), LandView.of(z.zone().land()), z.pipeline())).toList();
    List<StageView> stages = new ArrayList<>();
    for (PipelineStage stage : OverviewService.OPEN_STAGES) {
      Percentiles durations = figures.stageDurations().get(stage);
      stages.add(new StageView(stage, figures.funnel().get(stage), figures.waitingAt().getOrDefault(stage, List.of()),
          durations.exits(), durations.medianSeconds(), durations.p90Seconds(), Percentiles.SHORTEST_BUCKET_SECONDS));
    }
    List<MonthView> months = new ArrayList<>();
    figures.outcomesByMonth().forEach((month, outcomes) -> months.add(new MonthView(month.toString(), outcomes)));
    return new OverviewView(figures.at(), figures.periodDays(), figures.processDefinitionId(), zones, stages, months,
        figures.tasks(), figures.oldestOverdue());
  }

  @GetMapping("/enterprises")
  @Operation(summary = "The evaluation of the zone enterprises, in all and per zone, sector and partner country",
      description = "Enterprises by standing (on track, late: on track by an extended or restored deadline, in "
          + "default, cancelled, operating, graduated); investment and jobs committed in the proposal against those "
          + "of the latest accepted progress report; exports summed over the accepted reports; days from the "
          + "allotment letter to commercial operations (median and 90th percentile, nearest rank). An enterprise "
          + "counts under each of its partners' countries.")
  EnterpriseEvaluation.Evaluation enterprises() {
    return enterprises.evaluate();
  }

  @GetMapping("/activities")
  @Operation(summary = "Per activity of a jv-proposal version: instances there now, instances that left it in the "
      + "period and their median time there")
  List<OverviewService.ActivityFigures> activities(
      @Parameter(description = "Process definition id, as in Cockpit") @RequestParam String processDefinitionId,
      @Parameter(description = "Period in days (1 to 3650)") @RequestParam(defaultValue = "30") @Min(value = 1,
          message = DAYS_RANGE) @Max(value = MAX_PERIOD_DAYS, message = DAYS_RANGE) int days) {
    return overview.activities(processDefinitionId, days);
  }

  @GetMapping("/ended")
  @Operation(summary = "Proposals that ended in the period, latest first: outcome, zone, duration")
  Map<String, Object> ended(
      @Parameter(description = "Period in days (1 to 3650)") @RequestParam(defaultValue = "365") @Min(value = 1,
          message = DAYS_RANGE) @Max(value = MAX_PERIOD_DAYS, message = DAYS_RANGE) int days,
      @Parameter(description = "From 0") @RequestParam(defaultValue = "0") @Min(value = 0,
          message = Paging.PAGE_RANGE) @Max(value = Paging.MAX_PAGE, message = Paging.PAGE_RANGE) int page,
      @Parameter(description = "1 to 100") @RequestParam(defaultValue = "20") @Min(value = 1,
          message = Paging.SIZE_RANGE) @Max(value = Paging.MAX_SIZE, message = Paging.SIZE_RANGE) int size) {
    OverviewService.EndedPage ended = overview.ended(days, page, size);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("items", ended.items());
    body.put("page", ended.page());
    body.put("size", ended.size());
    body.put("total", ended.total());
    return body;
  }
}
