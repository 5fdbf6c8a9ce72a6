package org.sezflow.system;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Stops start-up, before anything touches a database, when a setting the active profile needs is
 * missing. Spring Boot would otherwise bind an unresolved {@code ${SEZ_ADMIN_PASSWORD}} as the
 * literal text, i.e. a known password. The profile lists its needs:
 * {@code sezflow.required-settings} must resolve (may be empty), {@code sezflow.required-secrets}
 * must resolve to a non-blank value. Registered in META-INF/spring.factories.
 */
public class RequiredSettingsCheck implements EnvironmentPostProcessor, Ordered {

  static final String REQUIRED_SETTINGS = "sezflow.required-settings";
  static final String REQUIRED_SECRETS = "sezflow.required-secrets";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    List<String> problems = new ArrayList<>();
    for (String name : environment.getProperty(REQUIRED_SETTINGS, String[].class, new String[0])) {
      resolve(environment, name, problems);
    }
    for (String name : environment.getProperty(REQUIRED_SECRETS, String[].class, new String[0])) {
      String value = resolve(environment, name, problems);
      if (value != null && value.isBlank()) {
        problems.add(name + " must not be empty");
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("SEZ Flow cannot start, settings are missing: " + String.join("; ", problems));
    }
  }

  private static String resolve(ConfigurableEnvironment environment, String name, List<String> problems) {
    try {
      String value = environment.getProperty(name.trim());
      if (value == null) {
        problems.add(name + " is not set");
      }
      return value;
    } catch (IllegalArgumentException unresolved) {
      problems.add(name + ": " + unresolved.getMessage());
      return null;
    }
  }

  @Override
  public int getOrder() {
    // After Boot has loaded the profile's configuration files.
    return Ordered.LOWEST_PRECEDENCE;
  }
}
