package org.sezflow.identity;

import static org.camunda.bpm.engine.authorization.Permissions.*;
import static org.camunda.bpm.engine.authorization.Resources.*;

import java.util.List;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;

/**
 * Who may do what, as Camunda authorizations: least privilege per group. Officials reach only
 * Tasklist and see only their candidate group's tasks (Camunda grants a candidate group its
 * tasks by itself); managers reach only Cockpit and read; the service account starts and
 * signals proposals. The admin group keeps the full rights Camunda gives it.
 */
final class AccessPolicy {

  private AccessPolicy() {}

  static final String PROCESS = "jv-proposal";
  static final String ANY = org.camunda.bpm.engine.authorization.Authorization.ANY;

  record Grant(String groupId, Resource resource, String resourceId, List<Permission> permissions) {}

  static final List<String> OFFICIALS = List.of(Groups.BOI_PMU, Groups.JWG_SECRETARIAT, Groups.JCC_SECRETARIAT,
      Groups.SEZ_AUTHORITY);

  /** The decisions a proposal's start evaluates, as the user who starts it. */
  static final List<String> START_DECISIONS = List.of("jv-eligibility", "jv-incentives");

  static List<Grant> grants() {
    List<Grant> grants = new java.util.ArrayList<>();
    for (String official : OFFICIALS) {
      grants.add(new Grant(official, APPLICATION, "tasklist", List.of(ACCESS)));
      grants.add(new Grant(official, PROCESS_DEFINITION, PROCESS,
          List.of(READ, ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY)));
    }
    // The PMU starts proposals from Tasklist.
    grants.add(new Grant(Groups.BOI_PMU, PROCESS_DEFINITION, PROCESS, List.of(READ,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.CREATE_INSTANCE)));
    grants.add(new Grant(Groups.BOI_PMU, PROCESS_INSTANCE, ANY, List.of(CREATE)));

    // Managers: Cockpit, read-only.
    grants.add(new Grant(Groups.SEZ_MANAGERS, APPLICATION, "cockpit", List.of(ACCESS)));
    grants.add(new Grant(Groups.SEZ_MANAGERS, PROCESS_DEFINITION, ANY, List.of(READ,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_TASK)));
    grants.add(new Grant(Groups.SEZ_MANAGERS, PROCESS_INSTANCE, ANY, List.of(READ)));
    grants.add(new Grant(Groups.SEZ_MANAGERS, TASK, ANY, List.of(READ)));
    grants.add(new Grant(Groups.SEZ_MANAGERS, DECISION_DEFINITION, ANY, List.of(READ, READ_HISTORY)));
    grants.add(new Grant(Groups.SEZ_MANAGERS, DECISION_REQUIREMENTS_DEFINITION, ANY, List.of(READ)));
    grants.add(new Grant(Groups.SEZ_MANAGERS, DEPLOYMENT, ANY, List.of(READ)));

    // External systems: start proposals, signal them, read them and their history; nothing else.
    grants.add(new Grant(Groups.EXTERNAL_SYSTEMS, PROCESS_DEFINITION, PROCESS, List.of(READ,
        ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.UPDATE_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY)));
    grants.add(new Grant(Groups.EXTERNAL_SYSTEMS, PROCESS_INSTANCE, ANY, List.of(CREATE)));

    // Whoever starts a proposal evaluates its eligibility tables.
    for (String starter : List.of(Groups.BOI_PMU, Groups.EXTERNAL_SYSTEMS)) {
      for (String decision : START_DECISIONS) {
        grants.add(new Grant(starter, DECISION_DEFINITION, decision, List.of(CREATE_INSTANCE)));
      }
    }
    return merge(grants);
  }

  /** One grant per group, resource and id: later entries replace earlier ones. */
  private static List<Grant> merge(List<Grant> grants) {
    java.util.Map<String, Grant> byKey = new java.util.LinkedHashMap<>();
    for (Grant grant : grants) {
      byKey.put(grant.groupId() + "|" + grant.resource().resourceType() + "|" + grant.resourceId(), grant);
    }
    return List.copyOf(byKey.values());
  }
}
