package org.sezflow.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sezflow.proposal.ApiClient.get;
import static org.sezflow.proposal.ApiClient.post;
import static org.sezflow.proposal.ProposalRequests.today;

import java.util.List;
import java.util.stream.StreamSupport;

import org.sezflow.TestUsers;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A committee's sessions run over HTTP only, as the secretariat's system would: schedule one for
 * today, keep exactly some proposals on its agenda (other tests' waiting proposals may have been
 * gathered too), freeze it, record decisions, read it back.
 */
final class SessionsOverHttp {

  static final String SESSIONS = "/api/v1/committee-sessions";

  private final ApiClient api;
  private final TestUsers.Credentials secretariat;
  private final String committee;

  SessionsOverHttp(ApiClient api, TestUsers.Credentials secretariat, String committee) {
    this.api = api;
    this.secretariat = secretariat;
    this.committee = committee;
  }

  /** A session of the committee for today; its id. */
  long schedule() {
    ApiClient.Response response = api.send(post(SESSIONS).as(secretariat).body("{\"committee\": \"" + committee
        + "\", \"date\": \"" + today() + "\", \"venue\": \"Islamabad\", \"agendaCutOff\": \"" + today() + "\"}",
        "application/json"));
    assertThat(response.status()).as(response.describe()).isEqualTo(201);
    return response.json().path("session").path("id").asLong();
  }

  /** Takes off what other tests left waiting and adds what another session gathered, in one change. */
  void keepOnly(long session, String... references) {
    List<String> wanted = List.of(references);
    List<String> extra = onAgenda(session).stream().filter(ref -> !wanted.contains(ref)).toList();
    List<String> missing = wanted.stream().filter(ref -> !onAgenda(session).contains(ref)).toList();
    if (!extra.isEmpty() || !missing.isEmpty()) {
      ApiClient.Response changed = agenda(session, "{\"removeProposalRefs\": " + jsonList(extra)
          + ", \"removeReason\": " + (extra.isEmpty() ? "null" : "\"Not this test's\"") + ", \"addProposalRefs\": "
          + jsonList(missing) + ", \"addReason\": " + (missing.isEmpty() ? "null" : "\"This test's\"") + "}");
      assertThat(changed.status()).as(changed.describe()).isEqualTo(200);
    }
    assertThat(onAgenda(session)).containsExactlyInAnyOrderElementsOf(wanted);
  }

  private static String jsonList(List<String> references) {
    return references.stream().map(ref -> "\"" + ref + "\"").collect(java.util.stream.Collectors.joining(", ", "[",
        "]"));
  }

  void freeze(long session) {
    ApiClient.Response frozen = agenda(session, "{\"freeze\": true}");
    assertThat(frozen.status()).as(frozen.describe()).isEqualTo(200);
    assertThat(frozen.json().path("session").path("status").asText()).isEqualTo("AGENDA_FROZEN");
  }

  ApiClient.Response agenda(long session, String body) {
    return api.send(post(SESSIONS + "/" + session + "/agenda").as(secretariat).body(body, "application/json"));
  }

  ApiClient.Response decisions(long session, String body) {
    return api.send(post(SESSIONS + "/" + session + "/decisions").as(secretariat).body(body, "application/json"));
  }

  JsonNode session(long session) {
    ApiClient.Response response = api.send(get(SESSIONS + "/" + session).as(secretariat));
    assertThat(response.status()).as(response.describe()).isEqualTo(200);
    return response.json();
  }

  List<String> onAgenda(long session) {
    return items(session).stream().filter(i -> i.path("onAgenda").asBoolean())
        .map(i -> i.path("proposalRef").asText()).toList();
  }

  /** The proposal's latest item on the session's agenda. */
  JsonNode itemOf(long session, String reference) {
    return items(session).stream().filter(i -> i.path("proposalRef").asText().equals(reference))
        .reduce((a, b) -> b).orElseThrow();
  }

  private List<JsonNode> items(long session) {
    return StreamSupport.stream(session(session).path("items").spliterator(), false).toList();
  }
}
