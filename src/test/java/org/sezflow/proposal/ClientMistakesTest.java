package org.sezflow.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sezflow.proposal.ProposalRequests.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sezflow.TestUsers;
import org.sezflow.committee.Committee;
import org.sezflow.committee.SessionDriver;
import org.sezflow.committee.SessionFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A client's mistakes, and races between clients, answered with a 4xx that names the problem and
 * changes nothing, through every door, never a 500: malformed text and headers, paging
 * parameters out of range, a direct request for the error page, deleting a task a process owns,
 * bodies too large, a reference the sequence has yet to give out, values the database could not
 * store, and two requests closing the same proposal at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClientMistakesTest {

  @RegisterExtension
  final ApiFixture fixture = new ApiFixture("mistakes");

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcClient jdbc;

  ApiClient api;
  ProcessDriver driver;
  TestUsers.Credentials portal;
  TestUsers.Credentials admin;
  TestUsers.Credentials pmu;
  TestUsers.Credentials manager;
  final List<String> references = fixture.proposals();

  @BeforeEach
  void users() {
    api = fixture.api();
    portal = fixture.portal();
    admin = fixture.admin();
    pmu = fixture.pmu();
    manager = fixture.manager();
    driver = fixture.driver();
  }

  @Test
  void textThatIsNotValidUtf8IsRefusedAtEveryDoor() throws Exception {
    long proposals = proposals();
    byte[][] bodies = {
        // Overlong "/" (C0 AF), CESU-8 for a surrogate (ED A0 80), a lone surrogate escaped in JSON.
        withTitleBytes(new byte[] {(byte) 0xC0, (byte) 0xAF}),
        withTitleBytes(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}),
        withTitleBytes("\\ud800".getBytes(StandardCharsets.US_ASCII))};
    for (byte[] body : bodies) {
      ApiClient.Response response = api.send(ApiClient.post("/api/v1/proposals").as(portal)
          .body(body, "application/json"));
      response.assertProblem(400);
      assertThat(response.errorFields()).as(response.describe()).containsAnyOf("body", "title");
    }
    assertThat(proposals()).isEqualTo(proposals);
    byte[] overlong = ("{\"messageName\": \"ProposalWithdrawn\", \"businessKey\": \"x\", \"processVariables\": "
        + "{\"withdrawalReason\": {\"value\": \"a\u0000b\"}}}").getBytes(StandardCharsets.UTF_8);
    overlong = replace(overlong, "\u0000".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC0, (byte) 0x80});
    ApiClient.Response engineRest = api.send(ApiClient.post("/engine-rest/message").as(admin)
        .body(overlong, "application/json"));
    assertThat(engineRest.status()).as(engineRest.describe()).isEqualTo(400);
    assertThat(engineRest.json().path("type").asText()).isNotBlank();
  }

  @Test
  void headersWithBytesNoHeaderMayHoldAreRefusedNeverAnswered500() throws Exception {
    String basic = ApiClient.basic(portal.userId(), portal.password());
    String[] paths = {"/api/v1/zones", "/engine-rest/task", "/actuator/health", "/camunda/app/tasklist/default/",
        "/api/v1/proposals/JV-1999-000001"};
    byte[][] languages = {{(byte) 0xFF}, "d\u00e9".getBytes(StandardCharsets.UTF_8), {(byte) 0x80, (byte) 0x81},
        "en;q=\u00e4".getBytes(StandardCharsets.ISO_8859_1)};
    for (String path : paths) {
      for (byte[] language : languages) {
        int status = raw("GET", path, basic, "Accept-Language", language, null);
        assertThat(status).as("Accept-Language %s on %s", new String(language, StandardCharsets.ISO_8859_1), path)
            .isBetween(400, 499);
      }
    }
    for (byte[] key : new byte[][] {{(byte) 0x80}, {(byte) 0xFF}, "k\u00e9y".getBytes(StandardCharsets.UTF_8),
        {'a', 0x01, 'b'}}) {
      assertThat(raw("POST", "/api/v1/proposals", basic, "Idempotency-Key", key, "{}")).isEqualTo(400);
    }
    // A header with no such bytes is still fine.
    assertThat(raw("GET", "/api/v1/zones", basic, "Accept-Language", "en-GB,ur;q=0.8".getBytes(), null))
        .isEqualTo(200);
  }

  @Test
  void pagingOutOfRangeTheErrorPageAndDeletingAProcessTaskAreClientMistakes() {
    for (String query : List.of("firstResult=-5", "maxResults=-1", "firstResult=abc", "maxResults=99999999999")) {
      ApiClient.Response response = api.send(ApiClient.get("/engine-rest/task?" + query).as(admin));
      assertThat(response.status()).as(response.describe()).isEqualTo(400);
      assertThat(response.json().path("errors").get(0).path("field").asText()).isIn("firstResult", "maxResults");
    }
    assertThat(api.send(ApiClient.get("/error").as(admin)).status()).isEqualTo(404);
    assertThat(api.send(ApiClient.get("/error")).status()).isEqualTo(404);

    String reference = submit();
    String taskId = driver.single(reference, "ScreenProposal").getId();
    ApiClient.Response byAdmin = api.send(ApiClient.call("DELETE", "/engine-rest/task/" + taskId).as(admin));
    assertThat(byAdmin.status()).as(byAdmin.describe()).isEqualTo(400);
    assertThat(byAdmin.text("message")).contains("belongs to a running process");
    ApiClient.Response byPmu = api.send(ApiClient.call("DELETE", "/engine-rest/task/" + taskId).as(pmu));
    assertThat(byPmu.status()).as(byPmu.describe()).isEqualTo(403);
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isEqualTo(1);

    // Completing a task that does not exist (or no longer does) is 404 at both doors.
    for (String door : List.of("/complete", "/submit-form")) {
      ApiClient.Response gone = api.send(ApiClient.post("/engine-rest/task/no-such-task" + door).as(pmu)
          .body("{\"variables\": {}}", "application/json"));
      assertThat(gone.status()).as(gone.describe()).isEqualTo(404);
    }
  }

  @Test
  void healthDetailsAreForManagersAndAdminsOnly() {
    assertThat(api.send(ApiClient.get("/actuator/health").as(pmu)).json().has("components")).isFalse();
    assertThat(api.send(ApiClient.get("/actuator/health").as(portal)).json().has("components")).isFalse();
    assertThat(api.send(ApiClient.get("/actuator/health")).json().has("components")).isFalse();
    assertThat(api.send(ApiClient.get("/actuator/health").as(manager)).json().has("components")).isTrue();
    assertThat(api.send(ApiClient.get("/actuator/health").as(admin)).json().has("components")).isTrue();
  }

  @Test
  void aClientsOwnReferenceMayNotTakeANumberTheSequenceHasYetToGive() {
    String next = String.format("JV-%d-%06d", java.time.Year.now(java.time.ZoneOffset.UTC).getValue(), 999_999);
    ApiClient.Response response = api.send(ApiClient.post("/api/v1/proposals").as(portal)
        .json(textilesJv("AIIC", 3).put("reference", next)));
    response.assertFieldProblem(400, "reference");
    String generated = submit();
    assertThat(generated).startsWith("JV-");
  }

  @Test
  void valuesTheDatabaseCouldNotStoreAreRefusedWithoutQuotingSql() {
    String reference = submit();
    driver.toJcc(reference);
    ApiClient.Response response = api.send(ApiClient.post("/engine-rest/message").as(admin).body(
        """
        {"messageName": "JccSessionDecision", "businessKey": "%s", "processVariables": {
          "jccDecision": {"value": "APPROVE"}, "minutesRef": {"value": "%s"}}}""".formatted(reference,
            "m".repeat(5000)),
        "application/json"));
    assertThat(response.status()).as(response.describe()).isEqualTo(400);
    assertThat(response.body()).doesNotContainIgnoringCase("insert").doesNotContainIgnoringCase("sql");
    assertThat(response.errorFields()).contains("minutesRef");
    assertThat(driver.waitsAt(reference, "JccSessionDecided")).isTrue();

    ApiClient.Response serialized = api.send(ApiClient.post("/engine-rest/process-definition/key/jv-proposal/start")
        .as(pmu).body(
            """
            {"variables": {"proposalTitle": {"type": "Object", "value": "rO0ABXQAA2FiYw==", "valueInfo": {
              "objectTypeName": "java.lang.String", "serializationDataFormat": "application/x-java-serialized-object"}}}}""",
            "application/json"));
    assertThat(serialized.status()).as(serialized.describe()).isEqualTo(400);
  }

  @Test
  void bodiesOverTheLimitAreRefusedAtCamundasApiToo() {
    ApiClient.Response response = api.send(ApiClient.post("/engine-rest/message").as(admin)
        .body("{\"messageName\": \"" + "x".repeat(1024 * 1024 + 10) + "\"}", "application/json"));
    assertThat(response.status()).as(response.describe()).isEqualTo(413);
  }

  @Test
  void twoRequestsClosingOneProposalAtOnceGetAnAnswerEachAndOnlyOneCloses() throws Exception {
    // Two withdrawals by the portal and the JCC session's rejection, at once: the proposal closes once.
    TestUsers.Credentials jcc = fixture.jcc();
    SessionDriver sessions = new SessionDriver(engine);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 4; round++) {
        String reference = submit();
        driver.toJcc(reference);
        long session = sessions.frozenWith(Committee.JCC, reference);
        long item = sessions.itemOf(session, reference);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ApiClient.Response>> answers = new ArrayList<>();
        answers.add(pool.submit(() -> {
          start.await();
          return api.send(ApiClient.post("/api/v1/proposals/" + reference + "/events/withdrawal").as(portal)
              .json(withdrawal("The partners dissolved the JV")));
        }));
        answers.add(pool.submit(() -> {
          start.await();
          return api.send(ApiClient.post("/api/v1/proposals/" + reference + "/events/withdrawal").as(portal)
              .json(withdrawal("Sent twice by the portal")));
        }));
        answers.add(pool.submit(() -> {
          start.await();
          return api.send(ApiClient.post("/api/v1/committee-sessions/" + session + "/decisions").as(jcc).body(
              "{\"decisions\": [{\"itemId\": " + item + ", \"decision\": \"REJECT\", \"minutesRef\": \"Item 3\", "
                  + "\"reason\": \"The partners could not show the financing\"}]}",
              "application/json"));
        }));
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<ApiClient.Response> answer : answers) {
          ApiClient.Response response = answer.get();
          statuses.add(response.status());
          assertThat(response.status()).as(response.describe()).isIn(200, 409);
        }
        assertThat(statuses).contains(200);
        long closures =
            jdbc.sql("SELECT COUNT(*) FROM sez_proposal_decision WHERE proposal_ref = ? AND step = 'CLOSURE'")
                .param(reference).query(Long.class).single();
        assertThat(closures).as("closures of %s after %s", reference, statuses).isEqualTo(1);
        SessionFixtures.end(engine, jdbc, List.of(session));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  // --- helpers ---------------------------------------------------------------------------------

  private String submit() {
    ApiClient.Response response = api.send(ApiClient.post("/api/v1/proposals").as(portal).json(textilesJv("AIIC", 3)));
    assertThat(response.status()).as(response.describe()).isEqualTo(201);
    references.add(response.text("reference"));
    return response.text("reference");
  }

  private long proposals() {
    return jdbc.sql("SELECT COUNT(*) FROM sez_proposal").query(Long.class).single();
  }

  /** A valid submission whose title holds the given raw bytes. */
  private static byte[] withTitleBytes(byte[] raw) throws IOException {
    String[] around = textilesJv("AIIC", 3).put("title", "@@title@@").toString().split("@@title@@");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write((around[0] + "Denim mill ").getBytes(StandardCharsets.UTF_8));
    out.write(raw);
    out.write(around[1].getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static byte[] replace(byte[] bytes, byte[] what, byte[] with) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    return text.replace(new String(what, StandardCharsets.ISO_8859_1), new String(with, StandardCharsets.ISO_8859_1))
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  /** One HTTP/1.1 exchange over a socket, so that a header may carry any byte; answers the status. */
  private int raw(String method, String path, String authorization, String header, byte[] value, String body)
      throws IOException {
    try (Socket socket = new Socket("localhost", fixture.port())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      out.write((method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAuthorization: "
          + authorization + "\r\n" + (body == null ? "" : "Content-Type: application/json\r\n")
          + "Content-Length: " + content.length + "\r\n" + header + ": ").getBytes(StandardCharsets.ISO_8859_1));
      out.write(value);
      out.write("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      out.write(content);
      out.flush();
      InputStream in = socket.getInputStream();
      String statusLine = new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
      return Integer.parseInt(statusLine.substring(9, 12));
    }
  }
}
