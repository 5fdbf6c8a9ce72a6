package org.sezflow.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every BPMN, DMN and Camunda Form under {@code processes/} and {@code forms/} on the
 * classpath as one deployment, right after the engine is built.
 *
 * <p>Resources are named by their path below the classpath root ({@code processes/jv-proposal.bpmn},
 * {@code forms/screen-proposal.form}), which is the same in an exploded test classpath and in the
 * packaged jar. With duplicate filtering on that name, a restart with unchanged files deploys
 * nothing, and a change deploys the whole set once, as new versions. Several nodes starting at
 * once are serialized by the engine's deployment lock.
 */
@Component
public class ProcessResourceDeployer extends AbstractProcessEnginePlugin {

  public static final String DEPLOYMENT_NAME = "sez-flow";
  static final List<String> FOLDERS = List.of("processes", "forms");
  static final List<String> SUFFIXES = List.of(".bpmn", ".dmn", ".form");

  private static final Logger log = LoggerFactory.getLogger(ProcessResourceDeployer.class);

  private final ResourcePatternResolver resolver;

  public ProcessResourceDeployer() {
    this(new PathMatchingResourcePatternResolver(ProcessResourceDeployer.class.getClassLoader()));
  }

  ProcessResourceDeployer(ResourcePatternResolver resolver) {
    this.resolver = resolver;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    Map<String, byte[]> resources = findResources();
    if (resources.isEmpty()) {
      throw new IllegalStateException("No process resources found under " + FOLDERS + " on the classpath");
    }
    var builder = processEngine.getRepositoryService().createDeployment()
        .name(DEPLOYMENT_NAME)
        .source(DEPLOYMENT_NAME)
        .enableDuplicateFiltering(false);
    resources.forEach((name, bytes) -> builder.addInputStream(name, new ByteArrayInputStream(bytes)));
    DeploymentWithDefinitions deployment = builder.deployWithResult();
    log.info("Process resources {}: deployment {} ({} resources)", resources.keySet(), deployment.getId(),
        resources.size());
  }

  /** Resource name (path below the classpath root) to content, sorted by name. */
  public Map<String, byte[]> findResources() {
    Map<String, byte[]> found = new TreeMap<>();
    try {
      for (String folder : FOLDERS) {
        for (Resource root : resolver.getResources("classpath*:" + folder + "/")) {
          String rootUrl = root.getURL().toString();
          for (Resource resource : resolver.getResources(rootUrl + "**/*")) {
            String url = resource.getURL().toString();
            if (!resource.isReadable() || SUFFIXES.stream().noneMatch(url::endsWith)) {
              continue;
            }
            String name = folder + "/" + url.substring(rootUrl.length());
            byte[] previous = found.put(name, read(resource));
            if (previous != null) {
              throw new IllegalStateException("Process resource " + name + " is on the classpath twice");
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot scan the classpath for process resources", e);
    }
    return found;
  }

  private static byte[] read(Resource resource) throws IOException {
    try (InputStream in = resource.getInputStream()) {
      return in.readAllBytes();
    }
  }
}
