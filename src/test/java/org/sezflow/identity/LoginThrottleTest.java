package org.sezflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.sezflow.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Guessing an account's password slows the guesser, not the account's owner: wrong passwords from
 * one client make that client wait (429 with Retry-After, then 401 in the web apps' login) for
 * that account, while the same account goes on working from every other client, over HTTP Basic
 * and in the web apps. An administrator's unlock clears the wait. Clients are told apart by their
 * address; the test runs behind a trusted proxy (Tomcat's RemoteIpValve, as in production behind
 * a load balancer), so X-Forwarded-For names them.
 */
// Tests run behind a trusted proxy (server.forward-headers-strategy in the tests' configuration);
// the policy is the default one: 5 free failures.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginThrottleTest {

  static final String GUESSER = "203.0.113.66";
  static final String OWNER = "198.51.100.20";

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identityService;

  @Autowired
  JdbcClient jdbc;

  final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  void wrongPasswordsFromOneClientDoNotLockTheAccountForAnother() throws Exception {
    TestUsers.Credentials portal = TestUsers.ensure(identityService, "throttle-portal", Groups.EXTERNAL_SYSTEMS);
    TestUsers.Credentials admin = TestUsers.ensure(identityService, "throttle-admin", Groups.CAMUNDA_ADMIN);

    List<Integer> guesses = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      guesses.add(basic(GUESSER, portal.userId(), "wrong-" + i).statusCode());
    }
    // Four failures are only failures; the fifth makes the guesser wait, and every guess while
    // waiting is refused without its password being tried.
    assertThat(guesses.subList(0, 4)).containsOnly(401);
    assertThat(guesses.subList(4, 12)).containsOnly(429);
    HttpResponse<String> rightPasswordFromGuesser = basic(GUESSER, portal.userId(), portal.password());
    assertThat(rightPasswordFromGuesser.statusCode()).isEqualTo(429);
    assertThat(rightPasswordFromGuesser.headers().firstValue("Retry-After")).isPresent();
    assertThat(rightPasswordFromGuesser.body()).contains("too-many-failed-logins");

    // The account's owner, from its own address, is not affected: API and web app alike.
    assertThat(basic(OWNER, portal.userId(), portal.password()).statusCode()).isEqualTo(200);
    TestUsers.Credentials official = TestUsers.ensure(identityService, "throttle-official", Groups.BOI_PMU);
    for (int i = 0; i < 7; i++) {
      webappLogin(GUESSER, official.userId(), "wrong-" + i);
    }
    assertThat(webappLogin(GUESSER, official.userId(), official.password())).isEqualTo(401);
    assertThat(webappLogin(OWNER, official.userId(), official.password())).isEqualTo(200);
    assertThat(identityService.checkPassword(official.userId(), official.password())).isTrue();

    // An administrator's unlock lets the guessed-at account in from the guesser's address again.
    HttpResponse<String> unlock = send(OWNER, admin, HttpRequest.newBuilder(uri("/engine-rest/user/"
        + portal.userId() + "/unlock")).POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(unlock.statusCode()).isEqualTo(204);
    assertThat(basic(GUESSER, portal.userId(), portal.password()).statusCode()).isEqualTo(200);
  }

  @Test
  void aBlockLastsAtLeastItsPolicyWhereTheDatabaseKeepsWholeSeconds() {
    // MySQL as configured (sendFractionalSeconds=false) drops a timestamp's fraction: 10:00:01.950
    // would be kept as 10:00:01 and the one-second block would last 50 ms.
    Clock clock = Clock.fixed(Instant.parse("2026-01-05T10:00:00.950Z"), ZoneOffset.UTC);
    LoginThrottle throttle = new LoginThrottle(jdbc, clock, 5, Duration.ofMinutes(15));
    String user = "throttle-rounding";
    for (int i = 0; i < 5; i++) {
      throttle.failed(GUESSER, user);
    }
    try {
      assertThat(throttle.blockedFor(GUESSER, user)).hasValueSatisfying(wait -> assertThat(wait)
          .isGreaterThanOrEqualTo(Duration.ofSeconds(1)).isLessThan(Duration.ofSeconds(2)));
    } finally {
      throttle.unlock(user);
    }
  }

  private HttpResponse<String> basic(String client, String user, String password) throws Exception {
    return send(client, new TestUsers.Credentials(user, password), HttpRequest.newBuilder(uri("/api/v1/zones")).GET());
  }

  private HttpResponse<String> send(String client, TestUsers.Credentials user, HttpRequest.Builder request)
      throws Exception {
    String basic = Base64.getEncoder().encodeToString((user.userId() + ":" + user.password())
        .getBytes(StandardCharsets.UTF_8));
    return http.send(request.header("X-Forwarded-For", client).header("Authorization", "Basic " + basic).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The web apps' login form, from the given client; answers its status. */
  private int webappLogin(String client, String user, String password) throws Exception {
    java.net.CookieManager cookies = new java.net.CookieManager();
    HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies).build();
    browser.send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).header("X-Forwarded-For", client)
        .GET().build(), HttpResponse.BodyHandlers.discarding());
    String xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .findFirst().orElseThrow().getValue();
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return browser.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("X-Forwarded-For", client).header("X-XSRF-TOKEN", xsrf)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
