package org.sezflow.zone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ZoneJdbcSlice
class ZonePipelineRepositoryTest {

  @Autowired
  ZonePipelineRepository pipeline;

  @Autowired
  ZoneJdbcSlice.TestZones testZones;

  @BeforeEach
  void addTestZones() {
    testZones.add("TZ-PIPE-A", "100");
    testZones.add("TZ-PIPE-B", "100");
  }

  @Test
  void aZoneWithNothingCountedShowsEveryStageAtZero() {
    Map<PipelineStage, Integer> counts = pipeline.counts("TZ-PIPE-A");

    assertThat(counts).containsOnlyKeys(PipelineStage.values());
    assertThat(counts.values()).containsOnly(0);
  }

  @Test
  void theFirstCountCreatesTheRowAndLaterOnesAddToIt() {
    pipeline.increment("TZ-PIPE-A", PipelineStage.SUBMITTED);
    pipeline.increment("TZ-PIPE-A", PipelineStage.SUBMITTED);
    pipeline.increment("TZ-PIPE-A", PipelineStage.SCREENING);

    Map<PipelineStage, Integer> counts = pipeline.counts("TZ-PIPE-A");

    assertThat(counts.get(PipelineStage.SUBMITTED)).isEqualTo(2);
    assertThat(counts.get(PipelineStage.SCREENING)).isEqualTo(1);
    assertThat(counts.get(PipelineStage.MOU)).isZero();
    assertThat(pipeline.counts("TZ-PIPE-B").values()).containsOnly(0);
  }

  @Test
  void aCountNeverGoesBelowZero() {
    pipeline.increment("TZ-PIPE-A", PipelineStage.MOU);

    assertThat(pipeline.decrement("TZ-PIPE-A", PipelineStage.MOU)).isTrue();
    assertThat(pipeline.decrement("TZ-PIPE-A", PipelineStage.MOU)).isFalse();
    assertThat(pipeline.decrement("TZ-PIPE-A", PipelineStage.JWG_REVIEW)).isFalse();
    assertThat(pipeline.counts("TZ-PIPE-A").get(PipelineStage.MOU)).isZero();
  }

  @Test
  void allCountsHoldEveryZoneThatHasARowWithTheOtherStagesAtZero() {
    pipeline.increment("TZ-PIPE-A", PipelineStage.ALLOCATION);
    pipeline.increment("TZ-PIPE-B", PipelineStage.REJECTED);
    pipeline.increment("TZ-PIPE-B", PipelineStage.REJECTED);

    Map<String, Map<PipelineStage, Integer>> all = pipeline.allCounts();

    assertThat(all.get("TZ-PIPE-A")).containsOnlyKeys(PipelineStage.values())
        .containsEntry(PipelineStage.ALLOCATION, 1)
        .containsEntry(PipelineStage.REJECTED, 0);
    assertThat(all.get("TZ-PIPE-B")).containsEntry(PipelineStage.REJECTED, 2)
        .containsEntry(PipelineStage.ALLOCATION, 0);
  }
}
