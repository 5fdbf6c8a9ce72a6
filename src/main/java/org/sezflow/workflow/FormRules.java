package org.sezflow.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The rules the forms declare for the browser as custom properties of their fields (Camunda
 * Modeler: "Custom properties"), which Camunda Forms cannot apply by themselves: {@code notAfter:
 * today} keeps a date picker from offering future dates, {@code acresInZone: ZoneCode} shows the
 * chosen zone's land next to the acres. The form files are their one home; the server's checks
 * refuse the same mistakes on every door. Keyed by field id, as the browser finds the fields.
 */
@Component
public class FormRules {

  static final String FORMS = "classpath*:forms/*.form";

  private final Map<String, Map<String, String>> rules;

  FormRules(ObjectMapper json) {
    this.rules = Collections.unmodifiableMap(read(json));
  }

  public Map<String, Map<String, String>> all() {
    return rules;
  }

  private static Map<String, Map<String, String>> read(ObjectMapper json) {
    Map<String, Map<String, String>> found = new TreeMap<>();
    try {
      for (Resource form : new PathMatchingResourcePatternResolver().getResources(FORMS)) {
        try (InputStream in = form.getInputStream()) {
          collect(json.readTree(in), found);
        }
      }
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
    return found;
  }

  private static void collect(JsonNode node, Map<String, Map<String, String>> found) {
    if (node.isObject() && node.has("id") && node.path("properties").isObject()) {
      Map<String, String> properties = new TreeMap<>();
      node.get("properties").fields().forEachRemaining(p -> properties.put(p.getKey(), p.getValue().asText()));
      found.merge(node.get("id").asText(), properties, (a, b) -> {
        Map<String, String> merged = new TreeMap<>(a);
        merged.putAll(b);
        return merged;
      });
    }
    node.forEach(child -> collect(child, found));
  }
}
