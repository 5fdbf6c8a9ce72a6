package org.sezflow.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.sezflow.engine.ResourcePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates SEZ Flow's groups and their authorizations at start-up, in every profile, and keeps
 * them as {@link AccessPolicy} says: an existing authorization gets exactly the policy's
 * permissions back. Idempotent, so every node of a cluster may run it.
 */
@Component
class IdentitySetup {

  private static final Logger log = LoggerFactory.getLogger(IdentitySetup.class);

  private final IdentityService identityService;
  private final AuthorizationService authorizations;

  IdentitySetup(IdentityService identityService, AuthorizationService authorizations) {
    this.identityService = identityService;
    this.authorizations = authorizations;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(1)
  void setUp() {
    Groups.ALL.forEach(this::ensureGroup);
    List<AccessPolicy.Grant> grants = AccessPolicy.grants();
    grants.forEach(grant -> ensureGrant(grant.groupId(), grant.resource(), grant.resourceId(), grant.permissions()));
    removeGrantsNotInPolicy(grants);
    limitTaskGrantsToWork();
  }

  /** Grants an earlier version gave SEZ Flow's groups and the policy no longer lists are taken back. */
  private void removeGrantsNotInPolicy(List<AccessPolicy.Grant> grants) {
    for (String groupId : Groups.ALL.keySet()) {
      for (Resource resource : AccessPolicy.MANAGED_RESOURCES) {
        for (Authorization authorization : authorizations.createAuthorizationQuery()
            .authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(groupId).resourceType(resource).list()) {
          boolean listed = grants.stream().anyMatch(grant -> grant.groupId().equals(groupId)
              && grant.resource().resourceType() == resource.resourceType()
              && grant.resourceId().equals(authorization.getResourceId()));
          // Grants on single tasks are the engine's own, for candidate groups.
          boolean engineTaskGrant = resource.resourceType() == Resources.TASK.resourceType()
              && !AccessPolicy.ANY.equals(authorization.getResourceId());
          if (!listed && !engineTaskGrant) {
            authorizations.deleteAuthorization(authorization.getId());
            log.info("Grant of {} on {} {} removed: no longer in the access policy", groupId, resource.resourceName(),
                authorization.getResourceId());
          }
        }
      }
    }
  }

  /**
   * Tasks created before the engine granted candidates TASK_WORK (instead of UPDATE) keep what
   * they had; bring them to what new tasks get: read and work on the task, no more.
   */
  private void limitTaskGrantsToWork() {
    for (Authorization authorization : authorizations.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT).resourceType(Resources.TASK)
        .hasPermission(Permissions.UPDATE).list()) {
      if (!AccessPolicy.ANY.equals(authorization.getResourceId())) {
        authorization.setPermissions(new Permission[] {Permissions.READ, Permissions.TASK_WORK,
            TaskPermissions.READ_VARIABLE});
        authorizations.saveAuthorization(authorization);
      }
    }
  }

  private void ensureGroup(String id, String name) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      Group group = identityService.newGroup(id);
      group.setName(name);
      group.setType("WORKFLOW");
      identityService.saveGroup(group);
      log.info("Group {} created", id);
    }
  }

  private void ensureGrant(String groupId, Resource resource, String resourceId,
      List<Permission> permissions) {
    Authorization authorization = authorizations.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(groupId)
        .resourceType(resource)
        .resourceId(resourceId)
        .singleResult();
    Permission[] wanted = permissions.toArray(Permission[]::new);
    if (authorization == null) {
      authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    } else {
      Set<String> had = names(authorization.getPermissions(
          ResourcePermissions.of(resource)));
      if (had.equals(names(wanted))) {
        return;
      }
      // The policy owns SEZ Flow's groups' grants: an edit in Admin lasts until the next start.
      log.warn("Grant of {} on {} {} reset to the access policy's {} (it held {})", groupId, resource.resourceName(),
          resourceId, names(wanted), had);
    }
    authorization.setPermissions(wanted);
    authorizations.saveAuthorization(authorization);
  }

  private static Set<String> names(Permission[] permissions) {
    return Arrays.stream(permissions).map(Permission::getName).filter(name -> !"NONE".equals(name))
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
