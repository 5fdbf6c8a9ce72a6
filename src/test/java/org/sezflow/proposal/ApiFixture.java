package org.sezflow.proposal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.sezflow.TestUsers;
import org.sezflow.identity.Groups;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * What every API test stands on, in one place: a client of the running application's port, a user
 * of each role with a fresh password (named after the test class's prefix, so that no two classes
 * share an account), a driver that moves proposals as the PMU, and the proposals a test started,
 * withdrawn after it if still running. Registered per test instance in a {@code @SpringBootTest}
 * class with a web server: {@code @RegisterExtension final ApiFixture fixture = new ApiFixture("x");}.
 */
public final class ApiFixture implements BeforeEachCallback, AfterEachCallback {

  private final String prefix;
  private final Map<String, TestUsers.Credentials> users = new HashMap<>();
  private final List<String> proposals = Collections.synchronizedList(new ArrayList<>());
  private IdentityService identity;
  private ProcessEngine engine;
  private ApiClient api;
  private int port;
  private ProcessDriver driver;

  public ApiFixture(String prefix) {
    this.prefix = prefix;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    ApplicationContext application = SpringExtension.getApplicationContext(context);
    engine = application.getBean(ProcessEngine.class);
    identity = engine.getIdentityService();
    port = application.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    api = new ApiClient(port);
    users.clear();
    driver = new ProcessDriver(engine, pmu().userId());
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (driver != null) {
      driver.withdrawAllRunning(new ArrayList<>(proposals));
    }
    proposals.clear();
  }

  ApiClient api() {
    return api;
  }

  int port() {
    return port;
  }

  ProcessEngine engine() {
    return engine;
  }

  /** Moves proposals through their tasks as the fixture's PMU official. */
  ProcessDriver driver() {
    return driver;
  }

  /** The proposals to withdraw after the test: a test adds each one it starts (from any thread). */
  List<String> proposals() {
    return proposals;
  }

  /** The user {@code prefix-name} in these groups (none: a user with no role), made once per test. */
  TestUsers.Credentials user(String name, String... groups) {
    return users.computeIfAbsent(name, n -> TestUsers.ensure(identity, prefix + "-" + n, groups));
  }

  TestUsers.Credentials portal() {
    return user("portal", Groups.EXTERNAL_SYSTEMS);
  }

  TestUsers.Credentials pmu() {
    return user("pmu", Groups.BOI_PMU);
  }

  TestUsers.Credentials jwg() {
    return user("jwg", Groups.JWG_SECRETARIAT);
  }

  TestUsers.Credentials jcc() {
    return user("jcc", Groups.JCC_SECRETARIAT);
  }

  TestUsers.Credentials authority() {
    return user("sezauthority", Groups.SEZ_AUTHORITY);
  }

  TestUsers.Credentials manager() {
    return user("manager", Groups.SEZ_MANAGERS);
  }

  TestUsers.Credentials admin() {
    return user("admin", Groups.CAMUNDA_ADMIN);
  }
}
