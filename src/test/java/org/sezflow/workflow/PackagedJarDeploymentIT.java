package org.sezflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Test;
import org.sezflow.SezFlowApplication;
import org.sezflow.engine.ProcessResourceDeployer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The packaged jar and the test classpath name process resources alike: the jar starts first on
 * a database, then the application from the test classpath starts on the same database and
 * finds the jar's deployment unchanged (and on MySQL, where the tests ran before, the jar finds
 * theirs). Runs in the integration-test phase, after the jar is built.
 */
class PackagedJarDeploymentIT {

  private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(3);

  @Test
  void jarAndTestClasspathShareOneDeployment() throws Exception {
    String jar = System.getProperty("sezflow.jar");
    assertThat(jar).as("system property sezflow.jar").isNotBlank();
    assertThat(new File(jar)).exists();
    String dataDir = "./target/test-db/jar-" + UUID.randomUUID();
    int port = freePort();
    Path log = Path.of("target", "packaged-jar-it.log");

    Process app = new ProcessBuilder(javaExecutable(), "-Duser.timezone=UTC", "-jar", jar,
        "--server.port=" + port, "--sezflow.data-dir=" + dataDir)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    try {
      awaitHealthy(app, port, log);
    } finally {
      app.destroy();
      if (!app.waitFor(60, TimeUnit.SECONDS)) {
        app.destroyForcibly();
      }
    }

    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SezFlowApplication.class)
        .run("--sezflow.data-dir=" + dataDir, "--server.port=0")) {
      RepositoryService repository = context.getBean(RepositoryService.class);
      List<Deployment> deployments = repository.createDeploymentQuery()
          .deploymentName(ProcessResourceDeployer.DEPLOYMENT_NAME).list();
      assertThat(deployments).hasSize(1);
      assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("jv-proposal").count()).isEqualTo(1);
      assertThat(FormDefinitions.all(context.getBean(JdbcClient.class)))
          .isNotEmpty()
          .allSatisfy(form -> assertThat(form.version()).isEqualTo(1));
    }
  }

  private static void awaitHealthy(Process app, int port, Path log) throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
        .timeout(Duration.ofSeconds(5)).build();
    Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!app.isAlive()) {
        throw new AssertionError("The jar stopped with exit code " + app.exitValue() + ":\n" + tail(log));
      }
      try {
        HttpResponse<String> response = client.send(health, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
          return;
        }
      } catch (java.io.IOException notYetListening) {
        // still starting
      }
      Thread.sleep(500);
    }
    throw new AssertionError("The jar did not become healthy within " + STARTUP_TIMEOUT + ":\n" + tail(log));
  }

  private static String tail(Path log) throws java.io.IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static int freePort() throws java.io.IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
