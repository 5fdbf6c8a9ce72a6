package org.sezflow.committee;

import java.net.URI;
import java.util.List;

import org.sezflow.committee.SessionJson.AgendaRequest;
import org.sezflow.committee.SessionJson.CloseRequest;
import org.sezflow.committee.SessionJson.DecisionsRequest;
import org.sezflow.committee.SessionJson.ScheduleRequest;
import org.sezflow.committee.SessionJson.SessionSummary;
import org.sezflow.committee.SessionJson.SessionView;
import org.sezflow.system.ProblemException.FieldProblem;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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

/**
 * The committees' sessions over HTTP: read them, schedule one, record its decisions. A secretariat
 * acts for its own committee only (administrators for both); the input is checked before the
 * session's process is started or its tasks completed, and a refusal changes nothing.
 */
@RestController
@RequestMapping(path = "/api/v1/committee-sessions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Committee sessions", description = "The JWG's and the JCC's sessions: agendas of the proposals waiting "
    + "for the committee, and the session's decisions with the minutes' reference")
@ApiResponse(responseCode = "400", description = "Invalid input; `errors` names each field and its problem",
    content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
        schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "401", description = "No or wrong credentials", content = @Content(
    mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "403", description = "The caller's groups do not allow this (a secretariat acts for its "
    + "own committee only)",
    content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
        schema = @Schema(implementation = ProblemDetail.class)))
class CommitteeSessionController {

  private final SessionViews views;
  private final SessionAgendas agendas;
  private final SessionChecks checks;
  private final SessionProcess process;
  private final CommitteeWaits waits;

  CommitteeSessionController(SessionViews views, SessionAgendas agendas, SessionChecks checks,
      SessionProcess process, CommitteeWaits waits) {
    this.views = views;
    this.agendas = agendas;
    this.checks = checks;
    this.process = process;
    this.waits = waits;
  }

  @GetMapping
  @Operation(summary = "The committee's sessions with their status, newest number first (both committees' "
      + "without `committee`)")
  List<SessionSummary> list(@Parameter(description = "JWG or JCC", example = "JCC",
      schema = @Schema(allowableValues = {"JWG", "JCC"})) @RequestParam(required = false) String committee) {
    return views.list(SessionJson.committee(committee));
  }

  @GetMapping("/waiting")
  @Operation(summary = "The proposals waiting for the committee's decision, longest first",
      description = "Each with the working days it has waited, the open session that has it on its agenda (none: "
          + "no session has taken it up yet), and whether the SLA sweep flagged the wait for lasting more than "
          + "`sezflow.sla.committee-wait-working-days` working days with no session.")
  List<WaitingProposal> waiting(@Parameter(description = "JWG or JCC", example = "JCC", required = true,
      schema = @Schema(allowableValues = {"JWG", "JCC"})) @RequestParam(required = false) String committee) {
    // Required, but checked here so that a missing one is named as a wrong one is.
    if (committee == null) {
      throw new SessionProblems.Invalid(List.of(new FieldProblem("committee", "is required")));
    }
    return waits.waiting(SessionJson.committee(committee));
  }

  @GetMapping("/{id}")
  @Operation(summary = "A session and its agenda: each item's proposal, how it came on the agenda, and its decision")
  @ApiResponse(responseCode = "404", description = "Unknown session", content = @Content(
      mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
  SessionView get(@Parameter(example = "1") @PathVariable long id) {
    return views.view(id);
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Schedule a session",
      description = "Starts the committee-session process, as Tasklist's start form does: the session is numbered "
          + "(the committee's next without `number`), its agenda gathers the proposals waiting for the committee, "
          + "and the secretariat's \"Prepare agenda\" task opens. Answers 201 with the session and its Location.")
  @ApiResponse(responseCode = "201", description = "Scheduled")
  @ApiResponse(responseCode = "409", description = "The committee already has a session with this number",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
          schema = @Schema(implementation = ProblemDetail.class)))
  ResponseEntity<SessionView> schedule(@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
      examples = @ExampleObject(name = "The 14th JCC",
          value = SessionJson.EXAMPLE_SCHEDULE))) @RequestBody ScheduleRequest request) {
    Committee committee = request.parsedCommittee();
    if (committee != null && !process.mayActFor(committee)) {
      throw new SessionProblems.Forbidden(committee);
    }
    checks.schedule(committee, request.number(), request.date(), request.venue(), request.agendaCutOff());
    long id = process.schedule(committee, request.number(), request.date(), request.venue(), request.agendaCutOff());
    return ResponseEntity.created(URI.create("/api/v1/committee-sessions/" + id)).body(views.view(id));
  }

  @PostMapping(path = "/{id}/agenda", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Change a scheduled session's agenda, or freeze it",
      description = "Completes the session's \"Prepare agenda\" task as Tasklist's form does: takes one item off "
          + "and adds one waiting proposal, each with a reason, then freezes the agenda if `freeze` is true. A "
          + "proposal not on the agenda, or not waiting for the committee, is 400; a frozen agenda 409.")
  @ApiResponse(responseCode = "200", description = "Changed; the session as it is now")
  @ApiResponse(responseCode = "404", description = "Unknown session", content = @Content(
      mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "409", description = "The agenda is frozen", content = @Content(
      mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
  SessionView changeAgenda(@Parameter(example = "1") @PathVariable long id, @RequestBody AgendaRequest request) {
    CommitteeSession session = agendas.session(id);
    if (!process.mayActFor(session.committee())) {
      throw new SessionProblems.Forbidden(session.committee());
    }
    AgendaChange change = request.change();
    SessionProblems.Invalid.throwIfAny(checks.agendaChange(id, change));
    if (change.isEmpty() && !request.freezing()) {
      throw new SessionProblems.Invalid(List.of(new FieldProblem("freeze",
          "must be true when no proposal is removed or added: there is nothing to change")));
    }
    process.changeAgenda(session, change, request.freezing());
    return views.view(id);
  }

  @PostMapping(path = "/{id}/close", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Close a session that cannot close by itself (administrators)",
      description = "The way out for a stuck session: it closes with the administrator's name and the reason. Its "
          + "decisions already taken go to their proposals; each item not yet decided is taken off with the reason "
          + "and waits for the committee's next session; the session's process ends. Starts the process \"Close a "
          + "committee session\", as Tasklist's start form does, so the close shows in Cockpit. No other session or "
          + "proposal is touched. Only administrators (403 for anyone else); a closed session is 409.")
  @ApiResponse(responseCode = "200", description = "Closed; the session as it is now")
  @ApiResponse(responseCode = "404", description = "Unknown session", content = @Content(
      mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "409", description = "The session is closed already", content = @Content(
      mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
  SessionView closeByAdministrator(@Parameter(example = "1") @PathVariable long id,
      @RequestBody CloseRequest request) {
    CommitteeSession session = agendas.session(id);
    if (!process.isAdministrator()) {
      throw new SessionProblems.Forbidden("Only administrators close a session that cannot close by itself");
    }
    SessionProblems.Invalid.throwIfAny(SessionRules.reason(request.reason()));
    if (session.status() == SessionStatus.CLOSED) {
      throw new SessionProblems.Conflict("status", "Session " + session.citation() + " is closed already");
    }
    process.closeByAdministrator(session, request.reason());
    return views.view(id);
  }

  @PostMapping(path = "/{id}/decisions", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Record the session's decisions, all or none",
      description = "Each names an item of this session's frozen agenda, a decision the committee takes (JWG: "
          + "ENDORSE, SEND_BACK, REJECT; JCC: APPROVE, DEFER, REJECT) and the minutes' reference. Completes the "
          + "items' \"Record decision\" tasks in one transaction; the last decision closes the session. An item not "
          + "on the agenda or a decision the committee cannot take is 400, an item decided already (or taken off, "
          + "or withdrawn) 409, and nothing is recorded.")
  @ApiResponse(responseCode = "200", description = "Recorded; the session as it is now")
  @ApiResponse(responseCode = "404", description = "Unknown session", content = @Content(
      mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "409", description = "An item decided already, or the agenda not frozen",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
          schema = @Schema(implementation = ProblemDetail.class)))
  SessionView decide(@Parameter(example = "1") @PathVariable long id,
      @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
          name = "Two items", value = SessionJson.EXAMPLE_DECISIONS))) @RequestBody DecisionsRequest request) {
    CommitteeSession session = agendas.session(id);
    if (!process.mayActFor(session.committee())) {
      throw new SessionProblems.Forbidden(session.committee());
    }
    List<SessionDecision> decisions = request.toDecisions();
    checks.decisions(id, decisions);
    process.recordDecisions(session, decisions);
    return views.view(id);
  }
}
