package org.sezflow.engine;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who is calling the engine: the user the current command runs for, with their groups, or no one
 * (the job executor, the application itself). Administrators are the users and groups Camunda
 * treats as such.
 */
public final class EngineCallers {

  /** A user the engine runs a command for. */
  public record Caller(String userId, List<String> groupIds) {
    public Caller {
      groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
    }
  }

  private EngineCallers() {}

  /** The calling user, or null when no user is logged in to the engine (a timer, the job executor). */
  public static Caller current(IdentityService identity) {
    Authentication authentication = identity.getCurrentAuthentication();
    return authentication == null || authentication.getUserId() == null ? null
        : new Caller(authentication.getUserId(), authentication.getGroupIds());
  }

  /** Whether the calling user is one of the engine's administrators (false with no user). */
  public static boolean isAdmin(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return isAdmin(configuration, configuration.getIdentityService().getCurrentAuthentication());
  }

  /** Whether the engine checks authorizations at all ({@code camunda.bpm.authorization.enabled}). */
  public static boolean authorizationChecked(ProcessEngine engine) {
    return engine.getProcessEngineConfiguration().isAuthorizationEnabled();
  }

  public static boolean isAdmin(ProcessEngineConfigurationImpl configuration, Authentication caller) {
    if (caller == null || caller.getUserId() == null) {
      return false;
    }
    List<String> adminUsers = configuration.getAdminUsers();
    if (adminUsers != null && adminUsers.contains(caller.getUserId())) {
      return true;
    }
    List<String> adminGroups = configuration.getAdminGroups();
    List<String> groups = caller.getGroupIds();
    return groups != null && adminGroups != null && groups.stream().anyMatch(adminGroups::contains);
  }
}
