package org.sezflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The packages stand in layers, each importing only the layers below it: no cycle, no arrow back up.
 * The domain (zones, proposals, committees, enterprises) knows no Camunda; Camunda's internal
 * classes are used in the engine seam alone (Checkstyle's EngineSeam rule says the same per import).
 */
class PackageLayersTest {

  /** From the ground up; packages on one layer do not import each other. */
  static final List<Set<String>> LAYERS = List.of(
      Set.of("system", "labels"),
      Set.of("mail"),
      Set.of("engine"),
      Set.of("zone"),
      Set.of("proposal"),
      Set.of("committee", "enterprise"),
      Set.of("variables"),
      Set.of("sla"),
      Set.of("identity"),
      Set.of("forms"),
      Set.of("workflow"),
      Set.of("legacy"),
      Set.of("metrics", "overview"));

  static final Set<String> DOMAIN = Set.of("zone", "proposal", "committee", "enterprise");

  private static final Path MAIN = Path.of("src/main/java/org/sezflow");
  private static final Pattern IMPORT = Pattern.compile("^import (?:static )?(org\\.[a-z]+\\.[\\w.]+?)\\.[A-Z*]",
      Pattern.MULTILINE);

  @Test
  void everyPackageImportsOnlyTheLayersBelowIt() throws IOException {
    Map<String, Set<String>> imports = packageImports();
    assertThat(imports.keySet()).as("every package has a layer")
        .allSatisfy(pkg -> assertThat(layerOf(pkg)).as(pkg).isNotNegative());
    List<String> upward = new ArrayList<>();
    imports.forEach((pkg, imported) -> imported.stream()
        .filter(other -> other.startsWith("org.sezflow."))
        .map(other -> other.substring("org.sezflow.".length()).split("\\.")[0])
        .filter(other -> !other.equals(pkg) && layerOf(other) >= layerOf(pkg))
        .forEach(other -> upward.add(pkg + " -> " + other)));
    assertThat(upward).as("imports of a package on the same layer or above").isEmpty();
  }

  @Test
  void theDomainKnowsNoCamundaAndOnlyTheSeamKnowsItsInternals() throws IOException {
    Map<String, Set<String>> imports = packageImports();
    List<String> wrong = new ArrayList<>();
    imports.forEach((pkg, imported) -> imported.forEach(other -> {
      if (DOMAIN.contains(pkg) && other.startsWith("org.camunda.")) {
        wrong.add(pkg + " -> " + other);
      }
      if (!pkg.equals("engine") && other.startsWith("org.camunda.") && other.matches(".*\\.impl(\\..*)?")) {
        wrong.add(pkg + " -> " + other);
      }
    }));
    assertThat(wrong).isEmpty();
  }

  @Test
  void theCheckSeesAnUpwardImport() {
    assertThat(layerOf("zone")).isLessThan(layerOf("proposal"));
    assertThat(layerOf("workflow")).isGreaterThan(layerOf("forms"));
    assertThat(layerOf("nowhere")).isNegative();
  }

  static int layerOf(String pkg) {
    for (int i = 0; i < LAYERS.size(); i++) {
      if (LAYERS.get(i).contains(pkg)) {
        return i;
      }
    }
    return -1;
  }

  /** Each top-level package of org.sezflow, with the packages its main sources import. */
  static Map<String, Set<String>> packageImports() throws IOException {
    Map<String, Set<String>> imports = new TreeMap<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Path relative = MAIN.relativize(file);
        if (relative.getNameCount() < 2) {
          continue; // the application class itself, at the top
        }
        String pkg = relative.getName(0).toString();
        Matcher matcher = IMPORT.matcher(Files.readString(file));
        Set<String> imported = imports.computeIfAbsent(pkg, key -> new TreeSet<>());
        while (matcher.find()) {
          imported.add(matcher.group(1));
        }
      }
    }
    assertThat(imports).as("packages read").hasSizeGreaterThan(10);
    return imports;
  }
}
