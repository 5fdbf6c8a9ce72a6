package org.sezflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.VariableInstanceQueryImpl;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sezflow.TestUsers;
import org.sezflow.engine.TaskQueryAuthorizationManager;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An official's task queries check each task's authorizations through the authorization table's
 * indexes ({@link TaskQueryAuthorizationManager}) and still find their group's tasks only: the list,
 * its count and the variables Tasklist shows on the cards.
 */
@SpringBootTest
class TaskQueryAuthorizationTest {

  @Autowired
  ProcessEngine engine;

  @Autowired
  IdentityService identityService;

  private final List<String> created = new ArrayList<>();

  @AfterEach
  void removeTasks() {
    identityService.clearAuthentication();
    created.forEach(id -> engine.getTaskService().deleteTask(id, true));
  }

  @Test
  void anOfficialsTaskQueriesFindTheirGroupsTasksOnlyThroughTheIndexedCheck() {
    String pmuTask = task("Query check: PMU", Groups.BOI_PMU);
    String jwgTask = task("Query check: JWG", Groups.JWG_SECRETARIAT);
    TestUsers.Credentials official = TestUsers.ensure(identityService, "query-check-pmu", Groups.BOI_PMU);

    identityService.setAuthentication(official.userId(), List.of(Groups.BOI_PMU));
    TaskQueryImpl tasks = (TaskQueryImpl) engine.getTaskService().createTaskQuery().taskNameLike("Query check:%");
    List<String> seen = tasks.list().stream().map(Task::getId).toList();
    assertThat(tasks.getAuthCheck().isRevokeAuthorizationCheckEnabled()).isTrue();
    assertThat(seen).containsExactly(pmuTask);
    assertThat(engine.getTaskService().createTaskQuery().taskNameLike("Query check:%").count()).isEqualTo(1);

    VariableInstanceQueryImpl variables = (VariableInstanceQueryImpl) engine.getRuntimeService()
        .createVariableInstanceQuery().variableName("queryCheck");
    List<Object> values = variables.list().stream().map(VariableInstance::getValue).toList();
    assertThat(variables.getAuthCheck().isRevokeAuthorizationCheckEnabled()).isTrue();
    assertThat(values).containsExactly("Query check: PMU");
    assertThat(seen).doesNotContain(jwgTask);
  }

  private String task(String name, String group) {
    Task task = engine.getTaskService().newTask();
    task.setName(name);
    engine.getTaskService().saveTask(task);
    created.add(task.getId());
    engine.getTaskService().addCandidateGroup(task.getId(), group);
    engine.getTaskService().setVariableLocal(task.getId(), "queryCheck", name);
    return task.getId();
  }
}
