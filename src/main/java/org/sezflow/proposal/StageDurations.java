package org.sezflow.proposal;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.sezflow.zone.PipelineStage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Time proposals spend in each stage, as a histogram per stage ({@code sezflow_stage_duration_seconds}),
 * recorded when a proposal leaves the stage and only once that change is committed. Each node
 * records the moves it made; Prometheus adds the nodes up.
 */
@Component
public class StageDurations {

  private final Map<PipelineStage, Timer> timers = new EnumMap<>(PipelineStage.class);

  StageDurations(MeterRegistry registry) {
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

  void recordAfterCommit(PipelineStage stage, Duration duration) {
    Timer timer = timers.get(stage);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          timer.record(duration);
        }
      });
    } else {
      timer.record(duration);
    }
  }
}
