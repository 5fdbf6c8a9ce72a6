package org.sezflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Full history, kept for its time-to-live, removed by a nightly cleanup. */
@SpringBootTest
class HistoryCleanupTest {

  @Autowired
  ProcessEngine engine;

  @Test
  void historyIsFullAndCleanedUpNightly() {
    ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(config.getHistory()).isEqualTo("full");
    assertThat(config.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
    assertThat(config.getHistoryRemovalTimeStrategy()).isEqualTo("end");
    assertThat(config.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00");
    assertThat(config.getHistoryCleanupBatchWindowEndTime()).isEqualTo("02:00");
    assertThat(engine.getHistoryService().findHistoryCleanupJobs()).isNotEmpty();
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("jv-proposal")
        .latestVersion().singleResult().getHistoryTimeToLive()).isEqualTo(3650);
  }
}
