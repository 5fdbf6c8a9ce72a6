package org.sezflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The names the deployer gives depend only on the path below processes/ and forms/. */
class ProcessResourceDeployerTest {

  @Test
  void namesResourcesByTheirPathBelowTheClasspathRoot() {
    Map<String, byte[]> resources = new ProcessResourceDeployer().findResources();

    assertThat(resources.keySet()).contains(
        "processes/jv-proposal.bpmn", "forms/submit-proposal.form", "forms/screen-proposal.form");
    assertThat(resources.keySet()).allMatch(name -> (name.startsWith("processes/") || name.startsWith("forms/"))
        && (name.endsWith(".bpmn") || name.endsWith(".dmn") || name.endsWith(".form")));
  }

  @Test
  void deploysEveryModelFileOfTheSourceFolders() throws Exception {
    Map<String, byte[]> resources = new ProcessResourceDeployer().findResources();

    for (String folder : ProcessResourceDeployer.FOLDERS) {
      try (var files = Files.walk(Path.of(folder))) {
        files.filter(Files::isRegularFile)
            .filter(p -> ProcessResourceDeployer.SUFFIXES.stream().anyMatch(s -> p.toString().endsWith(s)))
            .forEach(p -> {
              String name = folder + "/" + Path.of(folder).relativize(p).toString().replace('\\', '/');
              assertThat(resources).containsKey(name);
              try {
                assertThat(resources.get(name)).isEqualTo(Files.readAllBytes(p));
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
      }
    }
  }
}
