package org.sezflow.labels;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * SEZ Flow's words for its codes ({@code labels/labels.properties}): "PMU screening" for the stage
 * SCREENING, "BOI CPEC Project Management Unit" for the group boi-pmu. The one place a code gets
 * its label: the server's texts, the API's label fields and (through {@code GET /api/v1/labels})
 * the Cockpit plugins and the landing page read it. Codes stay the API's words for machines.
 */
public final class Labels {

  static final String RESOURCE = "labels/labels.properties";

  private static final Map<String, Map<String, String>> CATALOGUE = load();

  private Labels() {}

  /** The label of {@code code} in {@code category}, or the code itself when it has none. */
  public static String of(String category, String code) {
    if (code == null) {
      return null;
    }
    Map<String, String> labels = CATALOGUE.get(category);
    String label = labels == null ? null : labels.get(code);
    return label == null ? code : label;
  }

  public static String of(String category, Enum<?> code) {
    return code == null ? null : of(category, code.name());
  }

  /** Whether the category gives {@code code} a label. */
  public static boolean has(String category, String code) {
    return CATALOGUE.getOrDefault(category, Map.of()).containsKey(code);
  }

  /** Every category with its codes and labels, in the file's order. */
  public static Map<String, Map<String, String>> all() {
    return CATALOGUE;
  }

  private static Map<String, Map<String, String>> load() {
    Map<String, Map<String, String>> catalogue = new LinkedHashMap<>();
    try (InputStream in = Labels.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      // Properties keeps no order: read the lines to keep the file's.
      Properties properties = new Properties();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      properties.load(new java.io.StringReader(text));
      text.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .map(line -> line.substring(0, line.indexOf('=')).strip()).forEach(key -> {
            int dot = key.indexOf('.');
            catalogue.computeIfAbsent(key.substring(0, dot), c -> new LinkedHashMap<>())
                .put(key.substring(dot + 1), properties.getProperty(key));
          });
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
    catalogue.replaceAll((category, labels) -> Collections.unmodifiableMap(labels));
    return Collections.unmodifiableMap(catalogue);
  }
}
