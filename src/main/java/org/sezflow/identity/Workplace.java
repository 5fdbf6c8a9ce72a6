package org.sezflow.identity;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.sezflow.labels.Labels;
import org.springframework.stereotype.Service;

/**
 * What SEZ Flow's landing page shows a user: who they are, the web apps their account opens (as
 * Camunda's application authorizations grant them) and their open tasks. Read with the engine's
 * authorization checks on, so the counts are of the tasks the user may see.
 */
@Service
class Workplace {

  record App(String id, String name, String purpose, String path) {}

  record Tasks(long assignedToMe, long forMyGroups, long overdue) {}

  record View(String userId, String name, List<Map<String, String>> groups, List<App> apps, Tasks tasks) {}

  static final List<App> APPS = List.of(
      new App("tasklist", "Tasklist", "Complete your tasks: screening, MoU, consultations, sessions, allotment and "
          + "the zone enterprises' milestones", "/camunda/app/tasklist/"),
      new App("cockpit", "Cockpit", "Watch proposals, zones, deadlines and the zone enterprises' evaluation",
          "/camunda/app/cockpit/"),
      new App("admin", "Admin", "Manage users, groups and their access", "/camunda/app/admin/"));

  private final People people;
  private final AuthorizationService authorizations;
  private final TaskService tasks;
  private final Clock clock;

  Workplace(People people, AuthorizationService authorizations, TaskService tasks, Clock clock) {
    this.people = people;
    this.authorizations = authorizations;
    this.tasks = tasks;
    this.clock = clock;
  }

  /** The web app with this id ("tasklist", "cockpit", "admin"), if it is one. */
  static java.util.Optional<App> app(String id) {
    return APPS.stream().filter(app -> app.id().equals(id)).findFirst();
  }

  /** The web apps the account opens, as Camunda's application authorizations grant them. */
  List<App> appsOf(String userId, List<String> groupIds) {
    return APPS.stream().filter(app -> authorizations.isUserAuthorized(userId, groupIds, Permissions.ACCESS,
        Resources.APPLICATION, app.id())).toList();
  }

  View of(String userId, List<String> groupIds) {
    List<App> apps = appsOf(userId, groupIds);
    List<Map<String, String>> groups = groupIds.stream()
        .map(id -> Map.of("id", id, "name", Labels.of("group", id))).toList();
    Date now = Date.from(clock.instant());
    long assigned = tasks.createTaskQuery().taskAssignee(userId).count();
    long overdueMine = tasks.createTaskQuery().taskAssignee(userId).dueBefore(now).count();
    long forGroups = 0;
    long overdueGroups = 0;
    if (!groupIds.isEmpty()) {
      forGroups = tasks.createTaskQuery().taskCandidateGroupIn(groupIds).taskUnassigned().count();
      overdueGroups = tasks.createTaskQuery().taskCandidateGroupIn(groupIds).taskUnassigned().dueBefore(now).count();
    }
    return new View(userId, people.find(List.of(userId)).get(userId).name(), groups, apps,
        new Tasks(assigned, forGroups, overdueMine + overdueGroups));
  }
}
