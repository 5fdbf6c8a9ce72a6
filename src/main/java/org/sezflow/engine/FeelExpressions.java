package org.sezflow.engine;

import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.context.VariableContext;

/**
 * FEEL as the engine's DMN engine reads it, for the forms' conditions (form-js writes them in FEEL):
 * the server hides a field exactly when the browser does.
 */
public final class FeelExpressions {

  private FeelExpressions() {}

  /** The value of a simple FEEL expression over {@code context}; throws if the engine cannot read it. */
  public static Object evaluate(ProcessEngine engine, String expression, VariableContext context) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    FeelEngine feel = ((DefaultDmnEngineConfiguration) configuration.getDmnEngineConfiguration()).getFeelEngine();
    return feel.evaluateSimpleExpression(expression, context);
  }
}
