package org.sezflow.metrics;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.sezflow.proposal.StageLeft;
import org.sezflow.zone.PipelineStage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The histogram {@code sezflow_stage_duration_seconds} of this node: each stage a proposal left,
 * counted once the move has committed (a move rolled back is not counted). Prometheus adds the
 * nodes up; the managers' overview reads the durations from the database instead.
 */
@Component
class StageDurationMetrics {

  private final Map<PipelineStage, Timer> timers = new EnumMap<>(PipelineStage.class);

  StageDurationMetrics(MeterRegistry registry) {
    for (PipelineStage stage : PipelineStage.values()) {
      timers.put(stage, Timer.builder("sezflow.stage.duration")
          .description("Time a proposal spent in a stage, recorded when it left the stage")
          .tag("stage", stage.name())
          .publishPercentileHistogram()
          .minimumExpectedValue(Duration.ofSeconds(1))
          .maximumExpectedValue(Duration.ofDays(730))
          .register(registry));
    }
  }

  @TransactionalEventListener(fallbackExecution = true)
  void stageLeft(StageLeft left) {
    timers.get(left.stage()).record(left.duration());
  }
}
