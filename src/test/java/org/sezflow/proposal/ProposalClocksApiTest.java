package org.sezflow.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.sezflow.proposal.ApiClient.get;
import static org.sezflow.proposal.ApiClient.post;
import static org.sezflow.proposal.ProposalClocksTest.pk;
import static org.sezflow.proposal.ProposalRequests.clarificationAnswered;
import static org.sezflow.proposal.ProposalRequests.textilesJv;
import static org.sezflow.proposal.ProposalRequests.withdrawal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sezflow.MutableClock;
import org.sezflow.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.convention.TestBean;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A proposal's two clocks through the API, on a clock the test moves: submitted on Thursday 19
 * March 2026, clarification asked on Wednesday 25 March, answered on Monday 30 March, withdrawn on
 * Thursday 2 April (Pakistan time; Monday 23 March is Pakistan Day). The view's clocks, the search's
 * and the timeline's stretches are checked to the day at each point.
 * <p>
 * The clock is this class's own bean, so its application context is its own too: like a second
 * node (OverviewAcrossNodesTest), it has an engine of its own name and no web apps, which Camunda
 * registers JVM-wide, and it is closed after the class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"camunda.bpm.process-engine-name=clocks", "camunda.bpm.webapp.enabled=false",
        "sezflow.sla.public-holidays=2026-03-23"})
@DirtiesContext
class ProposalClocksApiTest {

  static final String PROPOSALS = "/api/v1/proposals";
  static final String ZONE = "BSEZ";
  static final MutableClock CLOCK = new MutableClock(pk("2026-03-19T10:00"));

  @TestBean
  Clock clock;

  static Clock clock() {
    return CLOCK;
  }

  @RegisterExtension
  final ApiFixture fixture = new ApiFixture("clocks");

  @Autowired
  ProcessEngine engine;

  String reference;
  ProcessDriver driver;

  @Test
  void theGovernmentsWorkingDaysAndTheSponsorsDaysAcrossAClarification() {
    ApiClient api = fixture.api();
    TestUsers.Credentials portal = fixture.portal();
    driver = fixture.driver();

    // Thursday 19 March, 10:00: submitted; the government holds it, for no day yet.
    CLOCK.set(pk("2026-03-19T10:00"));
    ApiClient.Response submitted = api.send(post(PROPOSALS).as(portal).json(textilesJv(ZONE, 2)));
    assertThat(submitted.status()).as(submitted.describe()).isEqualTo(201);
    reference = submitted.text("reference");
    fixture.proposals().add(reference);
    assertClocks(submitted.json(), 0, 0, "GOVERNMENT");

    // Wednesday 25 March, 11:00: the PMU asks the sponsor. Friday, Tuesday and Wednesday were the
    // government's working days (not the weekend, nor Pakistan Day on Monday).
    CLOCK.set(pk("2026-03-25T11:00"));
    driver.screen(reference, "CLARIFY");
    assertClocks(view(api, portal), 3, 0, "SPONSOR");

    // Saturday 28 March, noon: Thursday, Friday and Saturday are the sponsor's; the search shows the same.
    CLOCK.set(pk("2026-03-28T12:00"));
    JsonNode waiting = view(api, portal);
    assertThat(waiting.path("stage").asText()).isEqualTo("CLARIFICATION");
    assertClocks(waiting, 3, 3, "SPONSOR");
    ApiClient.Response page = api.send(get(PROPOSALS + "?zone=" + ZONE + "&stage=CLARIFICATION&size=100").as(portal));
    assertThat(page.status()).as(page.describe()).isEqualTo(200);
    assertThat(ProposalApiTest.list(page.json().path("items")))
        .filteredOn(item -> item.path("reference").asText().equals(reference)).singleElement()
        .satisfies(item -> assertThat(item.path("clocks")).isEqualTo(waiting.path("clocks")));

    // Monday 30 March, 09:30: the sponsor answers; the weekend and the Monday were the sponsor's.
    CLOCK.set(pk("2026-03-30T09:30"));
    ApiClient.Response answered = api.send(post(PROPOSALS + "/" + reference + "/events/clarification-answered")
        .as(portal).json(clarificationAnswered("Cotton comes from Punjab ginners")));
    assertThat(answered.status()).as(answered.describe()).isEqualTo(200);
    assertClocks(view(api, portal), 3, 5, "GOVERNMENT");

    // Wednesday 1 April, 16:00: Tuesday and Wednesday are the government's again.
    CLOCK.set(pk("2026-04-01T16:00"));
    assertClocks(view(api, portal), 5, 5, "GOVERNMENT");

    // Thursday 2 April, 10:00: withdrawn; the clocks stop with the Thursday counted, and stay so.
    CLOCK.set(pk("2026-04-02T10:00"));
    ApiClient.Response withdrawn = api.send(post(PROPOSALS + "/" + reference + "/events/withdrawal").as(portal)
        .json(withdrawal("The partners chose another site")));
    assertThat(withdrawn.status()).as(withdrawn.describe()).isEqualTo(200);
    CLOCK.set(pk("2026-04-13T12:00"));
    JsonNode closed = view(api, portal);
    assertThat(closed.path("status").asText()).isEqualTo("WITHDRAWN");
    assertClocks(closed, 6, 5, null);

    // The timeline: the three stretches, each with its days, among the other entries in time order.
    ApiClient.Response timeline = api.send(get(PROPOSALS + "/" + reference + "/timeline").as(portal));
    assertThat(timeline.status()).as(timeline.describe()).isEqualTo(200);
    List<JsonNode> entries = ProposalApiTest.list(timeline.json());
    assertThat(entries).filteredOn(e -> e.path("source").asText().equals("clock"))
        .extracting(e -> e.path("step").asText(), e -> instant(e.path("started")), e -> instant(e.path("ended")),
            e -> e.path("outcome").asText(), e -> e.path("detail").asText())
        .containsExactly(
            tuple("With the government", pk("2026-03-19T10:00"), pk("2026-03-25T11:00"), "GOVERNMENT",
                "3 working days"),
            tuple("With the sponsor", pk("2026-03-25T11:00"), pk("2026-03-30T09:30"), "SPONSOR", "5 days"),
            tuple("With the government", pk("2026-03-30T09:30"), pk("2026-04-02T10:00"), "GOVERNMENT",
                "3 working days"));
    assertThat(entries).filteredOn(e -> e.path("source").asText().equals("clock"))
        .allSatisfy(e -> assertThat(e.path("actor").isNull()).isTrue());
    // The decisions that open and close the sponsor's stretch come just before each stretch.
    assertThat(entries).filteredOn(e -> !e.path("source").asText().equals("process")).extracting(
        e -> e.path("source").asText() + " " + e.path("step").asText() + " " + e.path("outcome").asText())
        .containsSubsequence("decision SCREENING CLARIFY", "clock With the sponsor SPONSOR",
            "decision CLARIFICATION ANSWERED", "clock With the government GOVERNMENT", "decision CLOSURE WITHDRAWN");
  }

  private JsonNode view(ApiClient api, TestUsers.Credentials portal) {
    ApiClient.Response response = api.send(get(PROPOSALS + "/" + reference).as(portal));
    assertThat(response.status()).as(response.describe()).isEqualTo(200);
    return response.json();
  }

  private static void assertClocks(JsonNode proposal, int governmentWorkingDays, int sponsorDays, String withNow) {
    JsonNode clocks = proposal.path("clocks");
    assertThat(ProposalApiTest.fieldNames(clocks)).containsExactlyInAnyOrder("governmentWorkingDays", "sponsorDays",
        "withNow");
    assertThat(clocks.path("governmentWorkingDays").asInt()).as("governmentWorkingDays")
        .isEqualTo(governmentWorkingDays);
    assertThat(clocks.path("sponsorDays").asInt()).as("sponsorDays").isEqualTo(sponsorDays);
    assertThat(clocks.path("withNow").isNull() ? null : clocks.path("withNow").asText()).as("withNow")
        .isEqualTo(withNow);
  }

  private static Instant instant(JsonNode value) {
    return value.isNull() ? null : Instant.parse(value.asText());
  }
}
