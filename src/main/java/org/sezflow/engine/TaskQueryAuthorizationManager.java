package org.sezflow.engine;

import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.VariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * Camunda's authorization manager, with a user's task queries (Tasklist's lists and the counts
 * beside its filters, {@code /engine-rest/task}) checked task by task through the authorization
 * table's indexes, the way the engine checks them when it looks for revoked rights too. Its usual
 * check joins every authorization of the user's groups to every candidate task on
 * {@code RESOURCE_ID_ = task id OR = process key OR = '*'}; each open task's candidate group has an
 * authorization of its own, and MariaDB can join on that only by comparing all with all: with
 * 5,000 open proposals the PMU's "My group's tasks" took 5 s. The same grants decide (SEZ Flow
 * revokes nothing). Only task queries: the engine's revoke-aware statistics query, which Cockpit's
 * start page reads, fails on MariaDB.
 */
public class TaskQueryAuthorizationManager extends AuthorizationManager {

  @Override
  public void configureTaskQuery(TaskQueryImpl query) {
    super.configureTaskQuery(query);
    query.getAuthCheck().setRevokeAuthorizationCheckEnabled(true);
  }

  /** The same for the variables Tasklist shows on each task's card (the same join, by task and instance). */
  @Override
  protected void configureVariableInstanceQuery(VariableInstanceQueryImpl query) {
    super.configureVariableInstanceQuery(query);
    query.getAuthCheck().setRevokeAuthorizationCheckEnabled(true);
  }
}
