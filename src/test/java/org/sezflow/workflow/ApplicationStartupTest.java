package org.sezflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.StartProcessVariableScope;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.sezflow.engine.ProcessResourceDeployer;
import org.sezflow.sla.SlaPolicy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class ApplicationStartupTest {

  @Autowired
  ProcessEngine processEngine;

  @Autowired
  Flyway flyway;

  @Autowired
  JdbcClient jdbc;

  @Test
  void engineDeploysEveryProcessAndFormUnderStableNames() {
    RepositoryService repository = processEngine.getRepositoryService();
    List<Deployment> deployments =
        repository.createDeploymentQuery().deploymentName(ProcessResourceDeployer.DEPLOYMENT_NAME).list();
    assertThat(deployments).hasSize(1);

    List<String> resources = repository.getDeploymentResourceNames(deployments.get(0).getId());
    assertThat(resources).contains(
        "processes/jv-proposal.bpmn",
        "forms/submit-proposal.form",
        "forms/screen-proposal.form");
    assertThat(resources).allMatch(name -> name.startsWith("processes/") || name.startsWith("forms/"));

    ProcessDefinition jvProposal = repository.createProcessDefinitionQuery()
        .processDefinitionKey("jv-proposal").latestVersion().singleResult();
    assertThat(jvProposal).isNotNull();
    assertThat(jvProposal.getResourceName()).isEqualTo("processes/jv-proposal.bpmn");
    assertThat(jvProposal.getHistoryTimeToLive()).isPositive();
  }

  @Test
  void formsAreRegisteredAsCamundaFormDefinitions() {
    assertThat(FormDefinitions.all(jdbc))
        .extracting(FormDefinitions.Form::key, FormDefinitions.Form::resourceName)
        .contains(
            tuple("submit-proposal", "forms/submit-proposal.form"),
            tuple("screen-proposal", "forms/screen-proposal.form"));
  }

  @Test
  void flywayHasAppliedTheZoneRegistryMigrations() {
    MigrationInfo[] applied = flyway.info().applied();
    assertThat(applied).extracting(info -> info.getVersion().getVersion()).contains("1", "2");
    assertThat(applied).allMatch(info -> info.getState().isApplied() && !info.getState().isFailed());
    assertThat(flyway.info().pending()).isEmpty();
  }

  @Test
  void theSlaPolicyAnswersToTheNameOlderModelVersionsUse() {
    // Instances of model versions before the bean was called slaPolicy still evaluate ${sla...}.
    assertThat(evaluate("${sla}")).isInstanceOf(SlaPolicy.class).isSameAs(evaluate("${slaPolicy}"));
    assertThat(evaluate("${sla.mouSigningDeadline()}")).isInstanceOf(Date.class)
        .isEqualTo(evaluate("${slaPolicy.mouSigningDeadline()}"));
  }

  /** An expression as the engine evaluates the model's, with the application's beans. */
  private Object evaluate(String expression) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(context -> configuration.getExpressionManager()
        .createExpression(expression).getValue(StartProcessVariableScope.getSharedInstance()));
  }

  /** Full history, kept for its time-to-live, removed by a nightly cleanup. */
  @Test
  void historyIsFullAndCleanedUpNightly() {
    ProcessEngineConfigurationImpl config =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    assertThat(config.getHistory()).isEqualTo("full");
    assertThat(config.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
    assertThat(config.getHistoryRemovalTimeStrategy()).isEqualTo("end");
    assertThat(config.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00");
    assertThat(config.getHistoryCleanupBatchWindowEndTime()).isEqualTo("02:00");
    assertThat(processEngine.getHistoryService().findHistoryCleanupJobs()).isNotEmpty();
    assertThat(processEngine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("jv-proposal")
        .latestVersion().singleResult().getHistoryTimeToLive()).isEqualTo(3650);
  }
}
