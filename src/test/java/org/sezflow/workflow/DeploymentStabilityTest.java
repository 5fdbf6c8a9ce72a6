package org.sezflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.sezflow.SezFlowApplication;
import org.sezflow.engine.ProcessResourceDeployer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Starting the application three times against one database (a first start and two restarts)
 * leaves one deployment, and version 1 of every process, decision and form.
 */
class DeploymentStabilityTest {

  @Test
  void restartsWithUnchangedFilesDeployNothingNew() {
    String dataDir = "./target/test-db/restarts-" + UUID.randomUUID();
    String firstDeploymentId = null;
    for (int run = 1; run <= 3; run++) {
      final int start = run;
      try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SezFlowApplication.class)
          .run("--sezflow.data-dir=" + dataDir, "--server.port=0",
              // An engine name of its own and no web apps: closing a context with the engine named
              // "default" would unregister, JVM-wide, the engine of the other test classes' web apps.
              "--camunda.bpm.process-engine-name=restarts", "--camunda.bpm.webapp.enabled=false")) {
        RepositoryService repository = context.getBean(RepositoryService.class);
        List<Deployment> deployments = repository.createDeploymentQuery()
            .deploymentName(ProcessResourceDeployer.DEPLOYMENT_NAME).list();
        assertThat(deployments).as("deployments after start %d", start).hasSize(1);
        String deploymentId = deployments.get(0).getId();
        if (firstDeploymentId == null) {
          firstDeploymentId = deploymentId;
        }
        assertThat(deploymentId).as("deployment after start %d", start).isEqualTo(firstDeploymentId);

        List<ProcessDefinition> definitions =
            repository.createProcessDefinitionQuery().deploymentId(deploymentId).list();
        assertThat(definitions).isNotEmpty();
        assertThat(definitions).allSatisfy(definition -> assertThat(definition.getVersion())
            .as("version of %s after start %d", definition.getKey(), start).isEqualTo(1));
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("jv-proposal").count()).isEqualTo(1);
        // The model's business rule tasks take the decisions of their own deployment (decisionRefBinding):
        // both tables are in it, at version 1 as well.
        assertThat(repository.createDecisionDefinitionQuery().deploymentId(deploymentId).list())
            .extracting(d -> d.getKey(), d -> d.getVersion())
            .containsExactlyInAnyOrder(tuple("jv-eligibility", 1), tuple("jv-incentives", 1));

        List<FormDefinitions.Form> forms = FormDefinitions.all(context.getBean(JdbcClient.class));
        assertThat(forms).isNotEmpty();
        assertThat(forms).allSatisfy(form -> assertThat(form.version())
            .as("version of form %s after start %d", form.key(), start).isEqualTo(1));
      }
    }
  }
}
