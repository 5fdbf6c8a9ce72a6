package org.sezflow.engine;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine queries as the application itself rather than as the calling user: for figures
 * that the application shows whatever the caller may browse in Camunda (a proposal's open task
 * in its status, task counts in the metrics). Never used for changes.
 */
@Component
public class SystemAuthentication {

  private final IdentityService identityService;

  SystemAuthentication(IdentityService identityService) {
    this.identityService = identityService;
  }

  public <T> T read(Supplier<T> query) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return query.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }
}
