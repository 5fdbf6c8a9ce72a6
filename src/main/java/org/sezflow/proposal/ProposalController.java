package org.sezflow.proposal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.util.List;

import org.sezflow.proposal.ProposalJson.PageView;
import org.sezflow.proposal.ProposalJson.ProposalRequest;
import org.sezflow.proposal.ProposalJson.ProposalView;
import org.sezflow.proposal.ProposalJson.TimelineEntry;
import org.sezflow.system.IdempotentRequests;
import org.sezflow.system.ProblemException.FieldProblem;
import org.sezflow.system.RequestFingerprint;
import org.springdoc.core.annotations.ParameterObject;
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
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping(path = "/api/v1/proposals", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Proposals", description = "Submit JV proposals, follow them, and send the events they wait for")
@ApiResponse(responseCode = "400", description = "Invalid input; `errors` names each field and its problem",
    content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
        schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "401", description = "No or wrong credentials", content = @Content(
    mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "403", description = "The caller's groups do not allow this", content = @Content(
    mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
class ProposalController {

  private static final String EVENT_DESCRIPTION = "An event the proposal is not waiting for is 409 with the stage it "
      + "is in; nothing changes. Every field is a string; a field the event does not have is 400.";

  private final ApiSubmissions intake;
  private final ProposalEvents events;
  private final ProposalReads proposals;
  private final ProposalViews views;

  ProposalController(ApiSubmissions intake, ProposalEvents events, ProposalReads proposals, ProposalViews views) {
    this.intake = intake;
    this.events = events;
    this.proposals = proposals;
    this.views = views;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Submit a JV proposal",
      description = "Validates every field, starts the jv-proposal process with the reference as business key and "
          + "answers 201 with the proposal and its Location. Send an Idempotency-Key (or your own `reference`) to "
          + "make retries safe: the same request again gets the same answer; a different body under the same key "
          + "is 409. Bodies over 64 KiB are refused with 413.")
  @ApiResponse(responseCode = "201", description = "Submitted (or the first answer to the same request)")
  @ApiResponse(responseCode = "409", description = "Idempotency-Key or reference already used for a different request",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
          schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "413", description = "Body larger than 64 KiB", content = @Content(
      mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "415", description = "Not application/json", content = @Content(
      mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
  ResponseEntity<ProposalView> submit(
      @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
          name = "Smart SEZ imaging JV", value = ProposalJson.EXAMPLE_REQUEST))) @RequestBody ProposalRequest request,
      @Parameter(
          description = "Any string up to 100 characters that identifies this submission for retries") @RequestHeader(
              name = "Idempotency-Key", required = false) String idempotencyKey,
      Authentication caller) {
    if (idempotencyKey != null && IdempotentRequests.keyProblem(idempotencyKey) != null) {
      throw InvalidProposalException.of(IdempotentRequests.HEADER, IdempotentRequests.keyProblem(idempotencyKey));
    }
    ApiSubmissions.Result result = intake.submit(caller.getName(), idempotencyKey, request.reference(),
        request.toSubmission(), RequestFingerprint.of(request));
    return ResponseEntity.created(URI.create("/api/v1/proposals/" + result.reference()))
        .header("Idempotent-Replayed", String.valueOf(result.replayed()))
        .body(views.view(result.reference()));
  }

  @GetMapping("/{reference}")
  @Operation(summary = "A proposal's current stage, status, open task, land and decisions so far",
      description = "`clocks`: the working days the proposal spent with the government and the days it spent with "
          + "its sponsor (from each clarification request to its answer), and who holds it now (null once closed). "
          + "Each day after the day of submission counts for whoever held the proposal when the day began "
          + "(midnight, Pakistan time).")
  @ApiResponse(responseCode = "404", description = "Unknown reference", content = @Content(
      mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
  ProposalView get(@Parameter(example = "JV-2026-000001") @PathVariable String reference) {
    return views.view(reference);
  }

  @GetMapping("/{reference}/timeline")
  @Operation(summary = "Every step of the proposal, oldest first: process steps (start, end, who), decisions "
      + "(who decided what, why), changes to the zone record and its stretches with the government and with the "
      + "sponsor (source `clock`, with the days each counts)")
  @ApiResponse(responseCode = "404", description = "Unknown reference", content = @Content(
      mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
  List<TimelineEntry> timeline(@Parameter(example = "JV-2026-000001") @PathVariable String reference) {
    return views.timeline(reference);
  }

  @GetMapping
  @Operation(summary = "Proposals, newest first, filtered by zone, stage and status, one page at a time")
  PageView search(@ParameterObject @Valid ProposalQuery query) {
    ProposalPage result = proposals.search(query.getZone(), query.getStage(), query.getStatus(), query.getPage(),
        query.getSize());
    return new PageView(views.views(result.items()), result.page(), result.size(), result.total());
  }

  @PostMapping(path = "/{reference}/events/clarification-answered", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "The sponsor answered the PMU's clarification request", description = EVENT_DESCRIPTION)
  @EventResponses
  ProposalView clarificationAnswered(@Parameter(example = "JV-2026-000001") @PathVariable String reference,
      @RequestBody ProposalEvent.ClarificationAnswered body) {
    return send(reference, body);
  }

  @PostMapping(path = "/{reference}/events/mou-signed", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "The partners signed the MoU", description = EVENT_DESCRIPTION)
  @EventResponses
  ProposalView mouSigned(@Parameter(example = "JV-2026-000001") @PathVariable String reference,
      @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
          name = "mou-signed", value = ProposalJson.EXAMPLE_MOU_SIGNED))) @RequestBody ProposalEvent.MouSigned body) {
    return send(reference, body);
  }

  /**
   * Retired with version 2.0 of the process: the JCC decides in sessions, and its secretariat
   * records a session's decisions on the session ({@code /api/v1/committee-sessions/{id}/decisions}).
   */
  @PostMapping(path = "/{reference}/events/jcc-decision")
  @Operation(summary = "Retired: the JCC's decisions are recorded on its sessions", deprecated = true,
      description = "Always 410. The JCC decides proposals in sessions: its secretariat records a session's "
          + "decisions with POST /api/v1/committee-sessions/{id}/decisions.")
  @ApiResponse(responseCode = "410", description = "Retired", content = @Content(
      mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
  ProposalView jccDecision(@Parameter(example = "JV-2026-000001") @PathVariable String reference) {
    throw new EventRetiredException("jcc-decision", "The JCC decides proposals in its sessions: the JCC "
        + "secretariat records a session's decisions with POST /api/v1/committee-sessions/{id}/decisions");
  }

  @PostMapping(path = "/{reference}/events/withdrawal", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "The sponsor withdrew the proposal", description = EVENT_DESCRIPTION)
  @EventResponses
  ProposalView withdrawal(@Parameter(example = "JV-2026-000001") @PathVariable String reference,
      @RequestBody ProposalEvent.Withdrawal body) {
    return send(reference, body);
  }

  /** Any other event type: there is no such resource. */
  @PostMapping(path = "/{reference}/events/{type}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(hidden = true)
  ProposalView unknownEvent(@PathVariable String reference, @PathVariable String type) {
    throw new EventTypeNotFoundException(type);
  }

  private ProposalView send(String reference, ProposalEvent event) {
    events.send(reference, event);
    return views.view(reference);
  }

  /** The answers every event endpoint gives besides 400, 401 and 403. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @ApiResponse(responseCode = "200", description = "Taken; the proposal as it is now")
  @ApiResponse(responseCode = "404", description = "Unknown reference", content = @Content(
      mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "409", description = "The proposal does not wait for this event", content = @Content(
      mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
  @interface EventResponses {}

  /** An event type the API no longer takes, with what replaced it. */
  static class EventRetiredException extends org.sezflow.system.ProblemException {
    EventRetiredException(String type, String instead) {
      super(HttpStatus.GONE, "event-retired", "Event retired", "The event '" + type + "' is retired. " + instead,
          List.of(new FieldProblem("type", "'" + type + "' is retired")));
    }
  }

  /** An event type the API does not know: there is no such resource. */
  static class EventTypeNotFoundException extends org.sezflow.system.ProblemException {
    EventTypeNotFoundException(String type) {
      super(HttpStatus.NOT_FOUND, "event-type-not-found", "Unknown event type",
          "No event type '" + type + "'; known: " + ProposalEventType.paths(),
          List.of(new FieldProblem("type", "must be one of " + ProposalEventType.paths())));
    }
  }
}
