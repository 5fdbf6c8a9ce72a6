package org.sezflow.system;

import java.util.List;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is calling the engine: administrators are the users and groups Camunda treats as such. */
public final class EngineCallers {

  private EngineCallers() {}

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
