package org.sezflow.system;

import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * Starts the process engine only after Flyway has migrated the application's tables. Otherwise
 * the engine (wanted early by the security filters) creates its own tables first, and Flyway
 * refuses the then non-empty schema. Registered in META-INF/spring.factories.
 */
public class ProcessEngineDependsOnFlyway extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

  @Override
  protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
    return Set.of(ProcessEngine.class);
  }
}
