package org.sezflow.identity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sezflow.SezFlowApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;

/**
 * The production profile has no default secrets: without SEZ_ADMIN_PASSWORD in the environment
 * the application refuses to start. The database here is a throw-away in-memory H2, so the test
 * runs anywhere; the failure must come from the missing secret, not the database.
 */
class MysqlProfileSecretsTest {

  /** An environment that sees only the given variables, not the machine's. */
  private static StandardEnvironment environmentWith(Map<String, Object> variables) {
    return new StandardEnvironment() {
      @Override
      protected void customizePropertySources(MutablePropertySources sources) {
        sources.addLast(new MapPropertySource("test-environment", variables));
      }
    };
  }

  private static Map<String, Object> databaseOnly() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("SEZ_DB_URL", "jdbc:h2:mem:secrets-test;DB_CLOSE_DELAY=-1");
    variables.put("SEZ_DB_USER", "sa");
    variables.put("SEZ_DB_PASSWORD", "");
    variables.put("server.port", "0");
    return variables;
  }

  @Test
  void refusesToStartWithAnEmptyAdminPassword() {
    Map<String, Object> variables = databaseOnly();
    variables.put("SEZ_ADMIN_PASSWORD", " ");
    assertThatThrownBy(() -> new SpringApplicationBuilder(SezFlowApplication.class)
        .environment(environmentWith(variables))
        .profiles("mysql")
        .run().close())
        .hasMessageContaining("camunda.bpm.admin-user.password must not be empty");
  }

  @Test
  void refusesToStartWithoutAnAdminPassword() {
    assertThatThrownBy(() -> new SpringApplicationBuilder(SezFlowApplication.class)
        .environment(environmentWith(databaseOnly()))
        .profiles("mysql")
        .run().close())
        .hasStackTraceContaining("SEZ_ADMIN_PASSWORD");
  }

  @Test
  void refusesToStartWithoutDatabaseSettings() {
    Map<String, Object> variables = databaseOnly();
    variables.remove("SEZ_DB_PASSWORD");
    variables.put("SEZ_ADMIN_PASSWORD", "a-secret");
    assertThatThrownBy(() -> new SpringApplicationBuilder(SezFlowApplication.class)
        .environment(environmentWith(variables))
        .profiles("mysql")
        .run().close())
        .hasStackTraceContaining("SEZ_DB_PASSWORD");
  }
}
