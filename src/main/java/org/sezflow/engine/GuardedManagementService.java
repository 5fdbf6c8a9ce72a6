package org.sezflow.engine;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.ManagementServiceImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Camunda's management service, refusing a user who is not an administrator the execution of a
 * job before the engine tries it. The engine counts any failed execution against the job's
 * retries, its own refusal included: three refused calls left a proposal's MoU deadline or the
 * SLA sweep without retries, with an incident, never to fire again.
 */
class GuardedManagementService extends ManagementServiceImpl {

  private final ProcessEngineConfigurationImpl configuration;

  GuardedManagementService(ProcessEngineConfigurationImpl configuration) {
    super(configuration);
    this.configuration = configuration;
  }

  @Override
  public void executeJob(String jobId) {
    Authentication caller = configuration.getIdentityService().getCurrentAuthentication();
    if (caller != null && caller.getUserId() != null && !EngineCallers.isAdmin(configuration, caller)) {
      throw new AuthorizationException("User '" + caller.getUserId() + "' may not execute jobs: deadlines and the "
          + "SLA sweep run on their own schedule, and only administrators run them by hand");
    }
    super.executeJob(jobId);
  }
}
