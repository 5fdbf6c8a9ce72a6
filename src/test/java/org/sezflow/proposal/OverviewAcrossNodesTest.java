package org.sezflow.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sezflow.proposal.ProposalRequests.textilesJv;
import static org.sezflow.proposal.ProposalRequests.withdrawal;

import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.sezflow.SezFlowApplication;
import org.sezflow.TestUsers;
import org.sezflow.identity.Groups;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Two nodes on one database (an H2 file both open in this JVM, or the mysql profile's database),
 * each with its own engine: a manager sees the same overview and the same ended proposals on
 * both, whichever node took the changes, and a restarted node shows them as before. Nothing the
 * overview shows lives in a node's memory.
 */
class OverviewAcrossNodesTest {

  @Test
  void bothNodesShowTheSameFiguresAndARestartedNodeShowsThemAsBefore() {
    String dataDir = "./target/test-db/nodes-" + UUID.randomUUID();
    ConfigurableApplicationContext first = node(dataDir, "node-1");
    ConfigurableApplicationContext second = node(dataDir, "node-2");
    try {
      ApiClient one = new ApiClient(port(first));
      ApiClient two = new ApiClient(port(second));
      IdentityService identities = first.getBean(IdentityService.class);
      TestUsers.Credentials manager = TestUsers.ensure(identities, "nodes-manager", Groups.SEZ_MANAGERS);
      TestUsers.Credentials portal = TestUsers.ensure(identities, "nodes-portal", Groups.EXTERNAL_SYSTEMS);
      JsonNode before = figures(two, manager);

      // One proposal submitted on the first node stays at screening; one submitted on the second
      // node is withdrawn on the first.
      String open = submit(one, portal);
      String withdrawn = submit(two, portal);
      ApiClient.Response withdrawal = one.send(ApiClient.post("/api/v1/proposals/" + withdrawn + "/events/withdrawal")
          .as(portal).json(withdrawal("The partners chose another site")));
      assertThat(withdrawal.status()).as(withdrawal.describe()).isEqualTo(200);

      JsonNode onFirst = figures(one, manager);
      JsonNode onSecond = figures(two, manager);
      assertThat(onSecond).isEqualTo(onFirst);
      assertThat(stage(onSecond, "SCREENING").path("open").asLong())
          .isEqualTo(stage(before, "SCREENING").path("open").asLong() + 1);
      assertThat(thisMonth(onSecond).path("WITHDRAWN").asLong())
          .isEqualTo(thisMonth(before).path("WITHDRAWN").asLong() + 1);
      assertThat(stage(onSecond, "SCREENING").path("exits").asLong())
          .isEqualTo(stage(before, "SCREENING").path("exits").asLong() + 1);
      assertThat(ended(two, manager).toString()).contains(withdrawn).doesNotContain(open);
      assertThat(ended(one, manager)).isEqualTo(ended(two, manager));

      first.close();
      first = node(dataDir, "node-1");
      assertThat(figures(new ApiClient(port(first)), manager)).isEqualTo(onSecond);
      assertThat(ended(new ApiClient(port(first)), manager)).isEqualTo(ended(two, manager));

      one = new ApiClient(port(first));
      assertThat(one.send(ApiClient.post("/api/v1/proposals/" + open + "/events/withdrawal").as(portal)
          .json(withdrawal("Clean-up after the test"))).status()).isEqualTo(200);
    } finally {
      first.close();
      second.close();
    }
  }

  /**
   * A node of its own, serving /api/v1. Its engine has a name of its own and it runs no web apps:
   * Camunda registers engines and web apps JVM-wide by name, and closing a node named "default"
   * would unregister the engine of the other test classes' cached context, whose web apps then
   * fail (in production, each node is a JVM of its own).
   */
  private static ConfigurableApplicationContext node(String dataDir, String engineName) {
    return new SpringApplicationBuilder(SezFlowApplication.class).run("--sezflow.data-dir=" + dataDir,
        "--server.port=0", "--camunda.bpm.process-engine-name=" + engineName, "--camunda.bpm.webapp.enabled=false");
  }

  private static int port(ConfigurableApplicationContext node) {
    return ((WebServerApplicationContext) node).getWebServer().getPort();
  }

  private static String submit(ApiClient node, TestUsers.Credentials portal) {
    ApiClient.Response response = node.send(ApiClient.post("/api/v1/proposals").as(portal).json(textilesJv("BSEZ", 2)));
    assertThat(response.status()).as(response.describe()).isEqualTo(201);
    return response.text("reference");
  }

  /** The overview without the moment it was read. */
  private static JsonNode figures(ApiClient node, TestUsers.Credentials manager) {
    ApiClient.Response response = node.send(ApiClient.get("/api/v1/overview").as(manager));
    assertThat(response.status()).as(response.describe()).isEqualTo(200);
    ObjectNode overview = (ObjectNode) response.json();
    overview.remove("at");
    return overview;
  }

  private static JsonNode ended(ApiClient node, TestUsers.Credentials manager) {
    ApiClient.Response response = node.send(ApiClient.get("/api/v1/overview/ended?days=1&size=100").as(manager));
    assertThat(response.status()).as(response.describe()).isEqualTo(200);
    return response.json();
  }

  private static JsonNode stage(JsonNode overview, String stage) {
    for (JsonNode entry : overview.path("stages")) {
      if (entry.path("stage").asText().equals(stage)) {
        return entry;
      }
    }
    throw new AssertionError("no stage " + stage);
  }

  private static JsonNode thisMonth(JsonNode overview) {
    JsonNode months = overview.path("outcomesByMonth");
    return months.get(months.size() - 1).path("outcomes");
  }
}
