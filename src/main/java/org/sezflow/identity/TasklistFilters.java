package org.sezflow.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.sezflow.sla.SlaPolicy;
import org.sezflow.variables.ProcessVariables;
import org.sezflow.variables.SessionVariables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The officials' Tasklist filters, created or brought up to date at start-up: "My tasks", "My
 * group's tasks", "Overdue" and "Escalated", sorted by due date, each listing the proposal's
 * reference, title and zone (and the ministry of a consultation, the session of a committee
 * session's task), readable by the official groups only.
 */
@Component
class TasklistFilters {

  private static final Logger log = LoggerFactory.getLogger(TasklistFilters.class);

  static final String MY_TASKS = "My tasks";
  static final String MY_GROUPS_TASKS = "My group's tasks";
  static final String OVERDUE = "Overdue";
  static final String ESCALATED = "Escalated";
  /** Created by earlier versions (the starter's default filter, no owner, no properties); it showed every task. */
  static final String RETIRED_ALL_TASKS = "All tasks";

  private final FilterService filters;
  private final TaskService tasks;
  private final AuthorizationService authorizations;
  private final SlaPolicy sla;

  TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations, SlaPolicy sla) {
    this.filters = filters;
    this.tasks = tasks;
    this.authorizations = authorizations;
    this.sla = sla;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(3)
  void setUp() {
    removeRetiredAllTasksFilter();
    ensure(MY_TASKS, 1, "Tasks assigned to me", tasks.createTaskQuery()
        .taskAssigneeExpression("${currentUser()}"));
    ensure(MY_GROUPS_TASKS, 2, "Open tasks of my groups, claimed or not", tasks.createTaskQuery()
        .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks());
    ensure(OVERDUE, 3, "My groups' tasks past their due date", tasks.createTaskQuery()
        .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
        .dueBeforeExpression("${now()}"));
    ensure(ESCALATED, 4, "My groups' tasks escalated for being overdue", tasks.createTaskQuery()
        .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
        .taskMinPriority(sla.getEscalatedPriority()));
  }

  /**
   * The starter's default "All tasks" filter of earlier versions showed every task to everyone who
   * could read it. It is recognised by what the starter gave it (no owner, no properties), so that
   * a filter an administrator names "All tasks" stays.
   */
  private void removeRetiredAllTasksFilter() {
    for (Filter filter : filters.createFilterQuery().filterName(RETIRED_ALL_TASKS).list()) {
      if (filter.getOwner() == null && (filter.getProperties() == null || filter.getProperties().isEmpty())) {
        filters.deleteFilter(filter.getId());
        log.info("Filter \"{}\" of earlier versions removed: it showed every task", RETIRED_ALL_TASKS);
      }
    }
  }

  private void ensure(String name, int order, String description, TaskQuery query) {
    query.orderByDueDate().asc();
    Filter filter = filters.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filters.newTaskFilter(name);
    }
    filter.setOwner(null);
    filter.setQuery(query);
    filter.setProperties(properties(order, description));
    filters.saveFilter(filter);
    for (String group : Groups.OFFICIALS) {
      readableBy(filter.getId(), group);
    }
  }

  private void readableBy(String filterId, String groupId) {
    boolean granted = authorizations.createAuthorizationQuery().groupIdIn(groupId)
        .resourceType(Resources.FILTER).resourceId(filterId).count() > 0;
    if (!granted) {
      Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(Resources.FILTER);
      authorization.setResourceId(filterId);
      authorization.addPermission(Permissions.READ);
      authorizations.saveAuthorization(authorization);
    }
  }

  private static Map<String, Object> properties(int order, String description) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", order);
    properties.put("refresh", true);
    properties.put("variables", List.of(
        Map.of("name", ProcessVariables.PROPOSAL_REF, "label", "Reference"),
        Map.of("name", ProcessVariables.PROPOSAL_TITLE, "label", "Title"),
        Map.of("name", ProcessVariables.ZONE_CODE, "label", "Zone"),
        Map.of("name", ProcessVariables.MINISTRY, "label", "Ministry"),
        Map.of("name", SessionVariables.SESSION_CITATION, "label", "Session")));
    return properties;
  }
}
