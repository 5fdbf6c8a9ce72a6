package org.sezflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sezflow.system.ProblemException.FieldProblem;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockHttpSession;

/**
 * One test per seam: what SEZ Flow relies on in Camunda's internal classes (org.sezflow.engine
 * alone uses them), each tried on a plain in-memory engine with authorization on, built with SEZ
 * Flow's two plugins. An engine upgrade, or the move to Operaton, that changes one of these
 * behaviours fails here first, by name, before the slower tests that show it through a door.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineSeamTest {

  private static final String ADMINS = "seam-admins";
  private static final String OFFICIALS = "seam-officials";

  private ProcessEngine engine;
  private final RecordingPasswordChecks passwords = new RecordingPasswordChecks();
  private final RecordingTaskRules rules = new RecordingTaskRules();

  @BeforeAll
  void buildEngine() {
    StaticListableBeanFactory beans = new StaticListableBeanFactory();
    beans.addBean("passwords", passwords);
    beans.addBean("rules", rules);
    ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName("engine-seam");
    configuration.setJdbcUrl("jdbc:h2:mem:engine-seam-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    configuration.setDatabaseSchemaUpdate("create-drop");
    configuration.setJobExecutorActivate(false);
    configuration.setMetricsEnabled(false);
    configuration.setAuthorizationEnabled(true);
    configuration.setAdminGroups(new ArrayList<>(List.of(ADMINS)));
    List<ProcessEnginePlugin> plugins = new ArrayList<>();
    plugins.add(new EngineSecurityPlugin(beans.getBeanProvider(PasswordChecks.class)));
    plugins.add(new TaskRulesPlugin(beans.getBeanProvider(TaskRules.class),
        beans.getBeanProvider(CurrentFormValues.class), beans.getBeanProvider(CompletionRaces.class)));
    configuration.setProcessEnginePlugins(plugins);
    engine = configuration.buildProcessEngine();
    // The plugins look their collaborators up when first used, as in the application.
    beans.addBean("races", new CompletionRaces(engine, new SystemAuthentication(engine)));
    BpmnModelInstance model = Bpmn.createExecutableProcess("seam").startEvent()
        .userTask("Work").camundaCandidateGroups(OFFICIALS).endEvent().done();
    engine.getRepositoryService().createDeployment().addModelInstance("seam.bpmn", model).deploy();
    User official = engine.getIdentityService().newUser("official");
    official.setPassword("right-password");
    engine.getIdentityService().saveUser(official);
    grant(OFFICIALS, Resources.PROCESS_DEFINITION, "seam", Permissions.READ, Permissions.CREATE_INSTANCE);
    grant(OFFICIALS, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE, Permissions.READ);
    // The engine checks administrators' grants too (Camunda gives its admin group ALL at set-up).
    grant(ADMINS, Resources.PROCESS_INSTANCE, "*", Permissions.ALL);
    grant(ADMINS, Resources.PROCESS_DEFINITION, "*", Permissions.ALL);
  }

  @AfterAll
  void closeEngine() {
    engine.close();
  }

  @BeforeEach
  void noOne() {
    engine.getIdentityService().clearAuthentication();
    rules.completions.clear();
    rules.refuse = false;
  }

  @Test
  void engineCallersReadTheAuthenticatedUserAndTheAdminGroups() {
    assertThat(EngineCallers.current(engine.getIdentityService())).isNull();
    engine.getIdentityService().setAuthentication("official", List.of(OFFICIALS));
    assertThat(EngineCallers.current(engine.getIdentityService()))
        .isEqualTo(new EngineCallers.Caller("official", List.of(OFFICIALS)));
    assertThat(EngineCallers.isAdmin(engine)).isFalse();
    engine.getIdentityService().setAuthentication("boss", List.of(ADMINS));
    assertThat(EngineCallers.isAdmin(engine)).isTrue();
    assertThat(EngineCallers.authorizationChecked(engine)).isTrue();
  }

  @Test
  void theCommandGuardRefusesAnOfficialWhatOnlyAdministratorsDo() {
    String instance = startAsOfficial();
    engine.getIdentityService().setAuthentication("official", List.of(OFFICIALS));
    assertThatThrownBy(() -> engine.getRuntimeService().setVariable(instance, "acres", 10))
        .isInstanceOf(AuthorizationException.class).hasMessageContaining("SetExecutionVariablesCmd");
    assertThatThrownBy(() -> engine.getRuntimeService().suspendProcessInstanceById(instance))
        .isInstanceOf(AuthorizationException.class).hasMessageContaining("only administrators");
    assertThatThrownBy(() -> engine.getRuntimeService().createProcessInstanceModification(instance)
        .cancelAllForActivity("Work").execute()).isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("only administrators");
    engine.getIdentityService().setAuthentication("boss", List.of(ADMINS));
    System.out.println(
        "ADMINGROUPS " + ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getAdminGroups());
    engine.getRuntimeService().setVariable(instance, "acres", 10);
    assertThat(engine.getRuntimeService().getVariable(instance, "acres")).isEqualTo(10);
  }

  @Test
  void theApplicationActsWithChecksOffInsideItsCommandAndTheCallerStaysRecorded() {
    ApplicationAuthority authority = new ApplicationAuthority(engine);
    engine.getIdentityService().setAuthentication("stranger", List.of("no-group"));
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("seam"))
        .isInstanceOf(AuthorizationException.class);
    String instance = authority.run(() -> {
      String id = engine.getRuntimeService().startProcessInstanceByKey("seam").getId();
      // A nested command the guard keeps for administrators passes inside the application's work.
      engine.getRuntimeService().setVariable(id, "set-by", "application");
      return id;
    });
    assertThatThrownBy(() -> engine.getRuntimeService().setVariable(instance, "after", 1))
        .isInstanceOf(AuthorizationException.class);
    engine.getIdentityService().clearAuthentication();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance)
        .singleResult().getStartUserId()).isEqualTo("stranger");
  }

  @Test
  void aTaskCompletedInsideTheApplicationsCommandSkipsTheTaskRules() {
    String instance = startAsOfficial();
    Task task = taskOf(instance);
    new ApplicationAuthority(engine).run(() -> ApplicationAuthority.completeTaskInRunningCommand(task.getId()));
    assertThat(rules.completions).isEmpty();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
  }

  @Test
  void theSystemReadsAsNoOneAndGivesTheCallerBack() {
    engine.getIdentityService().setAuthentication("stranger", List.of("no-group"));
    SystemAuthentication system = new SystemAuthentication(engine);
    String instance = startAsOfficial();
    engine.getIdentityService().setAuthentication("stranger", List.of("no-group"));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    assertThat(system.read(() -> engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(instance).count())).isOne();
    assertThat(EngineCallers.current(engine.getIdentityService()).userId()).isEqualTo("stranger");
  }

  @Test
  void everyCompletionPassesTheTaskRulesAndARefusalIsAFormValidationError() {
    String instance = startAsOfficial();
    Task task = taskOf(instance);
    rules.refuse = true;
    assertThatThrownBy(() -> engine.getTaskService().complete(task.getId(), Map.of("acres", -1)))
        .isInstanceOf(FormFieldValidationException.class).isInstanceOf(TaskInputException.class);
    assertThatThrownBy(() -> engine.getFormService().submitTaskForm(task.getId(), Map.of("acres", -1)))
        .isInstanceOf(FormFieldValidationException.class);
    rules.refuse = false;
    engine.getTaskService().complete(task.getId(), Variables.createVariables().putValue("acres", 5));
    assertThat(rules.completions).containsExactly(task.getId(), task.getId(), task.getId());
  }

  @Test
  void aStartFormsValuesEnterAsTheRulesSayAndATransientOneLeavesNoTrace() {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("seam")
        .singleResult().getId();
    String instance = new ApplicationAuthority(engine).run(() -> engine.getFormService()
        .submitStartForm(definition, Map.of("kept", "yes", "passing", "through")).getId());
    assertThat(engine.getRuntimeService().getVariables(instance)).containsOnlyKeys("kept");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance).list())
        .extracting(v -> v.getName()).containsExactly("kept");
  }

  @Test
  void everyWayToStartLetsTheValuesEnterAsTheRulesSay() {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("seam")
        .singleResult().getId();
    Map<String, Object> values = Map.of("kept", "yes", "passing", "through");
    ApplicationAuthority authority = new ApplicationAuthority(engine);
    RuntimeService runtime = engine.getRuntimeService();
    // The builders (the API, /engine-rest's start) and the older start methods, which use them.
    List<String> instances = List.of(
        authority.run(() -> runtime.createProcessInstanceByKey("seam").setVariables(values).execute().getId()),
        authority.run(() -> runtime.createProcessInstanceById(definition).setVariables(values)
            .executeWithVariablesInReturn().getId()),
        authority.run(() -> runtime.startProcessInstanceByKey("seam", values).getId()),
        authority.run(() -> runtime.startProcessInstanceById(definition, "seam-key", values).getId()));
    for (String instance : instances) {
      assertThat(runtime.getVariables(instance)).containsOnlyKeys("kept");
      assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance).list())
          .extracting(v -> v.getName()).containsExactly("kept");
    }
  }

  @Test
  void taskQueriesShowAnOfficialTheirGroupsTasksOnly() {
    String instance = startAsOfficial();
    String taskId = taskOf(instance).getId();
    engine.getIdentityService().setAuthentication("official", List.of(OFFICIALS));
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isOne();
    engine.getIdentityService().setAuthentication("stranger", List.of("no-group"));
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isZero();
  }

  @Test
  void everyPasswordCheckAsksAndTellsThePasswordChecks() {
    passwords.calls.clear();
    assertThat(engine.getIdentityService().checkPassword("official", "wrong")).isFalse();
    assertThat(engine.getIdentityService().checkPassword("official", "right-password")).isTrue();
    passwords.refusing = true;
    assertThat(engine.getIdentityService().checkPassword("official", "right-password")).isFalse();
    passwords.refusing = false;
    assertThat(passwords.calls).containsExactly("refuses official", "failed official", "refuses official",
        "succeeded official", "refuses official");
  }

  @Test
  void theWebAppSessionTellsWhoIsLoggedInToWhichEngine() {
    MockHttpSession session = new MockHttpSession();
    assertThat(WebappSessionAuthentication.loggedIn(session, "default")).isFalse();
    Authentications authentications = new Authentications();
    authentications.addOrReplace(new UserAuthentication("official", "default"));
    AuthenticationUtil.updateSession(session, authentications);
    assertThat(WebappSessionAuthentication.loggedIn(session, "default")).isTrue();
    assertThat(WebappSessionAuthentication.loggedIn(session, "other")).isFalse();
  }

  @Test
  void feelReadsTheFormsConditionsAsTheBrowserDoes() {
    var context = Variables.createVariables().putValue("decision", "REJECT").asVariableContext();
    assertThat(FeelExpressions.evaluate(engine, "decision = \"REJECT\"", context)).isEqualTo(true);
    assertThat(FeelExpressions.evaluate(engine, "decision = \"APPROVE\"", context)).isEqualTo(false);
  }

  @Test
  void aGrantsBitsReadAsTheResourcesPermissions() {
    assertThat(ResourcePermissions.of(Resources.TASK)).contains(TaskPermissions.TASK_WORK, TaskPermissions.READ);
    assertThat(ResourcePermissions.of(Resources.PROCESS_DEFINITION))
        .contains(ProcessDefinitionPermissions.CREATE_INSTANCE);
  }

  private String startAsOfficial() {
    engine.getIdentityService().setAuthentication("official", List.of(OFFICIALS));
    try {
      return engine.getRuntimeService().startProcessInstanceByKey("seam").getId();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private Task taskOf(String instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
  }

  private void grant(String group, Resources resource, String id, Permission... permissions) {
    Authorization authorization =
        engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId(group);
    authorization.setResource(resource);
    authorization.setResourceId(id);
    for (var permission : permissions) {
      authorization.addPermission(permission);
    }
    engine.getAuthorizationService().saveAuthorization(authorization);
  }

  private static final class RecordingPasswordChecks implements PasswordChecks {
    final List<String> calls = new ArrayList<>();
    boolean refusing;

    @Override
    public String currentClient() {
      return "test-client";
    }

    @Override
    public boolean refuses(String client, String userId) {
      calls.add("refuses " + userId);
      return refusing;
    }

    @Override
    public void failed(String client, String userId) {
      calls.add("failed " + userId);
    }

    @Override
    public void succeeded(String client, String userId) {
      calls.add("succeeded " + userId);
    }

    @Override
    public void unlock(String userId) {
      calls.add("unlock " + userId);
    }
  }

  private static final class RecordingTaskRules implements TaskRules {
    final List<String> completions = new ArrayList<>();
    boolean refuse;

    @Override
    public Map<String, Object> checkedCompletion(String taskId, Map<String, Object> submitted) {
      completions.add(taskId);
      if (refuse) {
        throw new TaskInputException("Task " + taskId, List.of(new FieldProblem("acres", "must be greater than 0")));
      }
      return submitted;
    }

    @Override
    public boolean mayWorkOn(String taskId) {
      return true;
    }

    /** "passing" enters transient: the step that receives it keeps it elsewhere. */
    @Override
    public Map<String, Object> startValues(String processDefinitionId, Map<String, Object> submitted) {
      Map<String, Object> values = new java.util.HashMap<>(submitted);
      values.computeIfPresent("passing", (name, value) -> Variables.untypedValue(value, true));
      return values;
    }
  }
}
