package org.sezflow;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Before each test class, makes the engine of the class's own Spring context the JVM's "default"
 * engine again. Every cached test context starts an engine named "default", and Camunda's REST API
 * and web apps find their engine by that name in a JVM-wide registry: without this, a class that
 * reuses an older context would have its REST API talk to a newer context's engine and database.
 */
public class CurrentEngineTestListener extends AbstractTestExecutionListener {

  @Override
  public void prepareTestInstance(TestContext testContext) {
    var context = testContext.getApplicationContext();
    if (context.getBeanNamesForType(ProcessEngine.class).length > 0) {
      ProcessEngines.registerProcessEngine(context.getBean(ProcessEngine.class));
    }
  }

  @Override
  public int getOrder() {
    return LOWEST_PRECEDENCE;
  }
}
