package org.sezflow.engine;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.util.ResourceTypeUtil;

/** The permissions that exist for a kind of resource, to read a grant's bits as permissions. */
public final class ResourcePermissions {

  private ResourcePermissions() {}

  public static Permission[] of(Resource resource) {
    return ResourceTypeUtil.getPermissionsByResourceType(resource.resourceType());
  }
}
