package org.sezflow.engine;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Runs engine queries as the application itself rather than as the calling user: for figures
 * that the application shows whatever the caller may browse in Camunda (a proposal's open task
 * in its status, task counts in the metrics). Never used for changes. The queries of one read run
 * in one engine command, so in one transaction, not one each.
 */
@Component
public class SystemAuthentication {

  private final ProcessEngine engine;

  SystemAuthentication(@Lazy ProcessEngine engine) {
    this.engine = engine;
  }

  public <T> T read(Supplier<T> query) {
    IdentityService identityService = engine.getIdentityService();
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      ProcessEngineConfigurationImpl configuration =
          (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
      return configuration.getCommandExecutorTxRequired().execute((CommandContext context) -> query.get());
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }
}
