package org.sezflow.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The rules the forms declare for the browser as custom properties of their fields (Camunda
 * Modeler: "Custom properties"), which Camunda Forms cannot apply by themselves: {@code notAfter:
 * today} keeps a date picker from offering future dates, {@code acresInZone: ZoneCode} shows the
 * chosen zone's land next to the acres. The form files are their one home, read as the server's
 * own checks read them ({@link FormSchema}); those checks refuse the same mistakes on every door.
 * Keyed by field id, as the browser finds the fields.
 */
@Component
public class FormRules {

  static final String FORMS = "classpath*:forms/*.form";

  private final Map<String, Map<String, String>> rules;

  FormRules() {
    this.rules = Collections.unmodifiableMap(read());
  }

  public Map<String, Map<String, String>> all() {
    return rules;
  }

  private static Map<String, Map<String, String>> read() {
    Map<String, Map<String, String>> found = new TreeMap<>();
    try {
      for (Resource form : new PathMatchingResourcePatternResolver().getResources(FORMS)) {
        try (InputStream in = form.getInputStream()) {
          FormSchema.parse(in).fields().values().stream()
              .filter(field -> field.id() != null && !field.properties().isEmpty())
              .forEach(field -> found.merge(field.id(), new TreeMap<>(field.properties()), (a, b) -> {
                a.putAll(b);
                return a;
              }));
        }
      }
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
    return found;
  }
}
