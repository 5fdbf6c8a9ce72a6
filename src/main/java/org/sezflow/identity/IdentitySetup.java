package org.sezflow.identity;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.identity.Group;
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
    AccessPolicy.grants().forEach(grant ->
        ensureGrant(grant.groupId(), grant.resource(), grant.resourceId(), grant.permissions()));
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

  private void ensureGrant(String groupId, org.camunda.bpm.engine.authorization.Resource resource, String resourceId,
      List<Permission> permissions) {
    Authorization authorization = authorizations.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(groupId)
        .resourceType(resource)
        .resourceId(resourceId)
        .singleResult();
    if (authorization == null) {
      authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    authorization.setPermissions(permissions.toArray(Permission[]::new));
    authorizations.saveAuthorization(authorization);
  }
}
