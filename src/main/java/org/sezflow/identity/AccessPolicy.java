package org.sezflow.identity;

import static org.camunda.bpm.engine.authorization.Permissions.*;
import static org.camunda.bpm.engine.authorization.Resources.*;

import java.util.List;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.sezflow.engine.CommandGuard;
import org.sezflow.variables.EnterpriseVariables;
import org.sezflow.variables.ProcessVariables;
import org.sezflow.variables.SessionVariables;

/**
 * Who may do what, as Camunda authorizations: least privilege per group. Officials reach only
 * Tasklist and work only on their candidate group's tasks (Camunda grants a candidate group its
 * tasks by itself), and the committees' secretariats start their sessions; managers reach only
 * Cockpit and read (every definition, so the sessions too); external systems have no engine rights
 * (see {@code SecurityConfig} for what they may do through /api/v1). The admin group keeps the
 * full rights Camunda gives it. What no authorization can express is refused by the
 * {@link CommandGuard}.
 */
final class AccessPolicy {

  private AccessPolicy() {}

  static final String ANY = org.camunda.bpm.engine.authorization.Authorization.ANY;

  record Grant(String groupId, Resource resource, String resourceId, List<Permission> permissions) {}

  /** The resource types whose grants to SEZ Flow's groups this policy owns (and removes when not listed). */
  static final List<Resource> MANAGED_RESOURCES = List.of(APPLICATION, PROCESS_DEFINITION, PROCESS_INSTANCE, TASK,
      DECISION_DEFINITION, DECISION_REQUIREMENTS_DEFINITION, DEPLOYMENT);

  static List<Grant> grants() {
    List<Grant> grants = new java.util.ArrayList<>();
    // Officials: Tasklist, the process definition (its diagram and forms) and the proposals'
    // variables (Tasklist lists a task with its proposal's reference, title and zone). Their own
    // tasks come from the engine, which grants a candidate group READ, READ_VARIABLE and
    // TASK_WORK on each task it is a candidate for: claim and complete, nothing else. No instances,
    // jobs, incidents or history: what an official needs to decide is on the task's form.
    for (String official : Groups.OFFICIALS) {
      grants.add(new Grant(official, APPLICATION, "tasklist", List.of(ACCESS)));
      grants.add(new Grant(official, PROCESS_DEFINITION, ProcessVariables.PROCESS_KEY,
          List.of(READ, ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE)));
    }
    // The SEZ authority works on the zone enterprises' tasks (the engine's per-task grants), and
    // Tasklist shows them with the enterprise's process definition and variables.
    grants.add(new Grant(Groups.SEZ_AUTHORITY, PROCESS_DEFINITION, EnterpriseVariables.PROCESS_KEY,
        List.of(READ, ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE)));

    // The PMU also starts proposals from Tasklist's start form.
    grants.add(new Grant(Groups.BOI_PMU, PROCESS_DEFINITION, ProcessVariables.PROCESS_KEY, List.of(READ,
        ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE, ProcessDefinitionPermissions.CREATE_INSTANCE)));
    grants.add(new Grant(Groups.BOI_PMU, PROCESS_INSTANCE, ANY, List.of(CREATE)));

    // The committees' secretariats schedule their committee's sessions from Tasklist's start form.
    // The grant is per process definition, not per committee: the session's first step lets only the
    // committee's own secretariat (or an administrator) schedule it. The session's tasks are the
    // engine's per-task grants to its secretariat, the candidate group: the other secretariat
    // neither sees nor works on them.
    for (String secretariat : List.of(Groups.JWG_SECRETARIAT, Groups.JCC_SECRETARIAT)) {
      grants.add(new Grant(secretariat, PROCESS_DEFINITION, SessionVariables.PROCESS_KEY, List.of(READ,
          ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE, ProcessDefinitionPermissions.CREATE_INSTANCE)));
      grants.add(new Grant(secretariat, PROCESS_INSTANCE, ANY, List.of(CREATE)));
    }

    // Managers: Cockpit, read-only.
    grants.add(new Grant(Groups.SEZ_MANAGERS, APPLICATION, "cockpit", List.of(ACCESS)));
    grants.add(new Grant(Groups.SEZ_MANAGERS, PROCESS_DEFINITION, ANY, List.of(READ,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
        ProcessDefinitionPermissions.READ_HISTORY_VARIABLE, ProcessDefinitionPermissions.READ_TASK_VARIABLE)));
    grants.add(new Grant(Groups.SEZ_MANAGERS, PROCESS_INSTANCE, ANY, List.of(READ)));
    grants.add(new Grant(Groups.SEZ_MANAGERS, TASK, ANY, List.of(READ, TaskPermissions.READ_VARIABLE)));
    grants.add(new Grant(Groups.SEZ_MANAGERS, DECISION_DEFINITION, ANY, List.of(READ, READ_HISTORY)));
    grants.add(new Grant(Groups.SEZ_MANAGERS, DECISION_REQUIREMENTS_DEFINITION, ANY, List.of(READ)));
    grants.add(new Grant(Groups.SEZ_MANAGERS, DEPLOYMENT, ANY, List.of(READ)));

    // External systems hold no engine permission: they submit proposals and send events through
    // /api/v1, which checks them and acts as the application. Camunda's UPDATE_INSTANCE, needed
    // to correlate a message, also allows rewriting an instance's path and variables.
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
