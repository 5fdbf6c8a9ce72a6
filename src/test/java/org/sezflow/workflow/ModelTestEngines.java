package org.sezflow.workflow;

import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;

/** The plain in-memory engine the fast model tests run a model on, its delegates mocked by name. */
final class ModelTestEngines {

  private ModelTestEngines() {}

  /**
   * An engine with a name and an H2 database of its own (the Spring tests' engine in this JVM is
   * "default"), full history, no job executor, and Camunda's {@code Mocks} resolving expressions.
   */
  static ProcessEngine inMemory(String name) {
    ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName(name);
    configuration.setJdbcUrl("jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    configuration.setDatabaseSchemaUpdate("create-drop");
    configuration.setHistory(ProcessEngineConfigurationImpl.HISTORY_FULL);
    configuration.setJobExecutorActivate(false);
    configuration.setMetricsEnabled(false);
    configuration.setExpressionManager(new MockExpressionManager());
    return configuration.buildProcessEngine();
  }
}
