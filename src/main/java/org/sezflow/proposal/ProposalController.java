package org.sezflow.proposal;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sezflow.proposal.ProposalJson.PageView;
import org.sezflow.proposal.ProposalJson.ProposalRequest;
import org.sezflow.proposal.ProposalJson.ProposalView;
import org.sezflow.proposal.ProposalJson.TimelineEntry;
import org.sezflow.system.ProblemException.FieldProblem;
import org.sezflow.zone.PipelineStage;
import org.sezflow.zone.ZoneRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping(path = "/api/v1/proposals", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Proposals", description = "Submit JV proposals, follow them, and send the events they wait for")
@ApiResponse(responseCode = "400", description = "Invalid input; `errors` names each field and its problem",
    content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "401", description = "No or wrong credentials", content = @Content(
    mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "403", description = "The caller's groups do not allow this", content = @Content(
    mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
class ProposalController {

  static final int MAX_PAGE_SIZE = 100;
  private static final int MAX_IDEMPOTENCY_KEY = 100;

  private static final Map<ProposalEventType, Set<String>> EVENT_FIELDS = Map.of(
      ProposalEventType.CLARIFICATION_ANSWERED, Set.of("response"),
      ProposalEventType.MOU_SIGNED, Set.of("signedOn", "venue", "signatories", "witnesses", "draftReference"),
      ProposalEventType.JCC_DECISION, Set.of("decision", "minutes", "nextSessionOn"),
      ProposalEventType.WITHDRAWAL, Set.of("reason"));

  private final ProposalIntake intake;
  private final ProposalEvents events;
  private final ProposalService proposals;
  private final ProposalViews views;
  private final ZoneRegistry zones;

  ProposalController(ProposalIntake intake, ProposalEvents events, ProposalService proposals, ProposalViews views,
      ZoneRegistry zones) {
    this.intake = intake;
    this.events = events;
    this.proposals = proposals;
    this.views = views;
    this.zones = zones;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Submit a JV proposal",
      description = "Validates every field, starts the jv-proposal process with the reference as business key and "
          + "answers 201 with the proposal and its Location. Send an Idempotency-Key (or your own `reference`) to "
          + "make retries safe: the same request again gets the same answer; a different body under the same key "
          + "is 409. Bodies over 64 KiB are refused with 413.")
  @ApiResponse(responseCode = "201", description = "Submitted (or the first answer to the same request)")
  @ApiResponse(responseCode = "409", description = "Idempotency-Key or reference already used for a different request",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "413", description = "Body larger than 64 KiB", content = @Content(
      mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "415", description = "Not application/json", content = @Content(
      mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
  ResponseEntity<ProposalView> submit(
      @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
          name = "Smart SEZ imaging JV", value = EXAMPLE_REQUEST))) @RequestBody ProposalRequest request,
      @Parameter(description = "Any string up to 100 characters that identifies this submission for retries")
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
      Authentication caller) {
    if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_IDEMPOTENCY_KEY
        || idempotencyKey.chars().anyMatch(c -> c < 0x21 || c > 0x7e))) {
      throw InvalidProposalException.of("Idempotency-Key", "must be 1 to 100 visible ASCII characters");
    }
    ProposalIntake.Result result = intake.submit(caller.getName(), idempotencyKey, request.reference(),
        request.toSubmission(), RequestFingerprint.of(request));
    return ResponseEntity.created(URI.create("/api/v1/proposals/" + result.reference()))
        .header("Idempotent-Replayed", String.valueOf(result.replayed()))
        .body(views.view(result.reference()));
  }

  @GetMapping("/{reference}")
  @Operation(summary = "A proposal's current stage, status, open task, land and decisions so far")
  @ApiResponse(responseCode = "404", description = "Unknown reference", content = @Content(
      mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
  ProposalView get(@Parameter(example = "JV-2026-000001") @PathVariable String reference) {
    return views.view(reference);
  }

  @GetMapping("/{reference}/timeline")
  @Operation(summary = "Every step of the proposal, oldest first: process steps (start, end, who), decisions "
      + "(who decided what, why) and changes to the zone record")
  @ApiResponse(responseCode = "404", description = "Unknown reference", content = @Content(
      mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
  List<TimelineEntry> timeline(@Parameter(example = "JV-2026-000001") @PathVariable String reference) {
    return views.timeline(reference);
  }

  @GetMapping
  @Operation(summary = "Proposals, newest first, filtered by zone, stage and status, one page at a time")
  PageView search(
      @Parameter(example = "AIIC") @RequestParam(required = false) String zone,
      @Parameter(description = "A pipeline stage", example = "SCREENING") @RequestParam(required = false) String stage,
      @Parameter(description = "IN_PROGRESS, ZONE_ENTERPRISE, REJECTED, LAPSED or WITHDRAWN")
      @RequestParam(required = false) String status,
      @Parameter(description = "From 0") @RequestParam(defaultValue = "0") String page,
      @Parameter(description = "1 to 100") @RequestParam(defaultValue = "20") String size) {
    List<FieldProblem> problems = new ArrayList<>();
    if (zone != null && zones.list().stream().noneMatch(z -> z.zone().code().equals(zone))) {
      problems.add(new FieldProblem("zone", "unknown zone code '" + zone + "'"));
    }
    PipelineStage stageFilter = parse(PipelineStage.class, "stage", stage, problems);
    ProposalStatus statusFilter = parse(ProposalStatus.class, "status", status, problems);
    int pageNo = integer("page", page, 0, 1_000_000, problems);
    int pageSize = integer("size", size, 1, MAX_PAGE_SIZE, problems);
    if (!problems.isEmpty()) {
      throw new InvalidProposalException(problems);
    }
    ProposalPage result = proposals.search(zone, stageFilter, statusFilter, pageNo, pageSize);
    return new PageView(views.views(result.items()), result.page(), result.size(), result.total());
  }

  @PostMapping(path = "/{reference}/events/{type}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Send an event the proposal waits for",
      description = "clarification-answered {response}; mou-signed {signedOn, venue: ONLINE|IN_PERSON|BOTH, "
          + "signatories, witnesses, draftReference?}; jcc-decision {decision: APPROVE|DEFER|REJECT, minutes, "
          + "nextSessionOn (when deferring)}; withdrawal {reason?}. An event the proposal is not waiting for is 409 "
          + "with the stage it is in; nothing changes.")
  @ApiResponse(responseCode = "200", description = "Taken; the proposal as it is now")
  @ApiResponse(responseCode = "404", description = "Unknown reference or event type", content = @Content(
      mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "409", description = "The proposal does not wait for this event", content = @Content(
      mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
  ProposalView event(
      @Parameter(example = "JV-2026-000001") @PathVariable String reference,
      @Parameter(description = "clarification-answered, mou-signed, jcc-decision or withdrawal", example = "mou-signed")
      @PathVariable String type,
      @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
          name = "mou-signed", value = EXAMPLE_MOU_SIGNED))) @RequestBody Map<String, Object> body) {
    ProposalEventType eventType = ProposalEventType.fromPath(type).orElseThrow(() -> new EventTypeNotFoundException(type));
    List<FieldProblem> problems = new ArrayList<>();
    body.forEach((field, value) -> {
      if (!EVENT_FIELDS.get(eventType).contains(field)) {
        problems.add(new FieldProblem(field, "is not a field of " + type + " (fields: " + EVENT_FIELDS.get(eventType) + ")"));
      } else if (value != null && !(value instanceof String)) {
        problems.add(new FieldProblem(field, "must be a string"));
      }
    });
    if (problems.isEmpty()) {
      problems.addAll(ProposalEvents.problems(eventType, body));
    }
    if (!problems.isEmpty()) {
      throw new InvalidProposalException(problems);
    }
    events.send(reference, eventType, new LinkedHashMap<>(body));
    return views.view(reference);
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String field, String value, List<FieldProblem> problems) {
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException unknown) {
      problems.add(new FieldProblem(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants())));
      return null;
    }
  }

  private static int integer(String field, String value, int min, int max, List<FieldProblem> problems) {
    try {
      int number = Integer.parseInt(value);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException notANumber) {
      // reported below
    }
    problems.add(new FieldProblem(field, "must be a whole number from " + min + " to " + max));
    return min;
  }

  /** An event type the API does not know: there is no such resource. */
  static class EventTypeNotFoundException extends org.sezflow.system.ProblemException {
    EventTypeNotFoundException(String type) {
      super(HttpStatus.NOT_FOUND, "event-type-not-found", "Unknown event type",
          "No event type '" + type + "'; known: " + ProposalEventType.paths(),
          List.of(new FieldProblem("type", "must be one of " + ProposalEventType.paths())));
    }
  }

  /** The OpenAPI page's example submission; the benchmark's REST load sends variations of it. */
  static final String EXAMPLE_REQUEST = """
      {
        "title": "Sino-Pakistan Advanced Imaging Technologies",
        "sector": "medical imaging",
        "smartSezRequested": true,
        "zoneCode": "AIIC",
        "acresRequested": 25,
        "investmentUsd": 45000000,
        "fdiSharePct": 49,
        "jobsPlanned": 650,
        "powerDemandMw": 4.5,
        "waterDemandM3PerDay": 300,
        "sponsorName": "Dynamic Engineering Automation",
        "sponsorEmail": "projects@dea.example.pk",
        "sponsorPhone": "+92 51 1234567",
        "partners": [
          {"name": "Dynamic Engineering Automation (Pvt) Ltd", "country": "PK", "registrationNo": "SECP 0123456", "equityPct": 51},
          {"name": "Neusoft Medical Systems Co., Ltd.", "country": "CN", "registrationNo": "USCC 91210100604608172K", "equityPct": 49}
        ]
      }""";

  static final String EXAMPLE_MOU_SIGNED = """
      {"signedOn": "2026-11-27", "venue": "BOTH",
       "signatories": "Liu Wei, Neusoft Medical Systems\\nAhmed Raza, Dynamic Engineering Automation",
       "witnesses": "Secretary BOI"}""";
}
