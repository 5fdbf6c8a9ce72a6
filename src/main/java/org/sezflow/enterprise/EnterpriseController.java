package org.sezflow.enterprise;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.sezflow.enterprise.ZoneEnterprises.EnterpriseFile;
import org.sezflow.system.IdempotentRequests;
import org.sezflow.system.ProblemException.FieldProblem;
import org.sezflow.system.RequestFingerprint;
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
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping(path = "/api/v1/enterprises", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Zone enterprises", description = "After the allotment letter: milestones and their deadlines, "
    + "extensions, show-cause notices after a default, up to graduation or cancellation")
@ApiResponse(responseCode = "400", description = "Invalid input; `errors` names each field and its problem",
    content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
        schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "401", description = "No or wrong credentials", content = @Content(
    mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "403", description = "The caller's groups do not allow this", content = @Content(
    mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "404", description = "Unknown reference", content = @Content(
    mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
class EnterpriseController {

  private static final String POST_DESCRIPTION = "Checked on its own (400 naming the field), then against the "
      + "enterprise: a request its process does not wait for now is 409 naming its status, and nothing changes. "
      + "Send an Idempotency-Key to make retries safe: the same request again is answered 200 with "
      + "Idempotent-Replayed: true; a different request under the key is 409.";
  private static final int MAX_PAGE_SIZE = 100;

  /** An enterprise as the API shows it: its record, the proposal's facts it refers to, and what its process waits for. */
  record EnterpriseView(String reference, String title, String sector, String zoneCode, String plotNumber,
      String allotmentLetterNo, EnterpriseStatus status, LocalDate allottedOn, LocalDate operatingSince,
      LocalDate monitoringEndsOn, List<EnterpriseMilestone> milestones, List<ExtensionRequest> extensions,
      List<ShowCauseNotice> notices, List<ProgressReport> reports, EnterpriseClocks clocks,
      List<EnterpriseProcess.Message> waitsFor) {}

  record EnterpriseSummary(String reference, EnterpriseStatus status, LocalDate allottedOn, LocalDate operatingSince) {}

  record PageView(List<EnterpriseSummary> items, int page, int size, long total) {}

  private final ZoneEnterprises enterprises;
  private final EnterpriseEvents events;
  private final EnterpriseProcess process;

  EnterpriseController(ZoneEnterprises enterprises, EnterpriseEvents events, EnterpriseProcess process) {
    this.enterprises = enterprises;
    this.events = events;
    this.process = process;
  }

  @GetMapping
  @Operation(summary = "Zone enterprises, newest first, by status, one page at a time")
  PageView list(@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") String page,
      @RequestParam(defaultValue = "20") String size) {
    EnterpriseStatus wanted = status == null ? null : Arrays.stream(EnterpriseStatus.values())
        .filter(s -> s.name().equals(status)).findFirst()
        .orElseThrow(() -> new InvalidEnterpriseRequestException(List.of(new FieldProblem("status",
            "must be one of " + List.of(EnterpriseStatus.values())))));
    int pageNo = number("page", page, 0, 100_000);
    int pageSize = number("size", size, 1, MAX_PAGE_SIZE);
    ZoneEnterprises.EnterprisePage result = enterprises.page(wanted, pageNo, pageSize);
    return new PageView(result.items().stream().map(e -> new EnterpriseSummary(e.proposalRef(), e.status(),
        e.allottedOn(), e.operatingSince())).toList(), pageNo, pageSize, result.total());
  }

  @GetMapping("/{reference}")
  @Operation(summary = "A zone enterprise: milestones with their deadlines (as moved by extensions and "
      + "restorations), reports and verifications, extension requests and their decisions, show-cause notices "
      + "with answers and decisions, quarterly reports, both clocks (the days decisions on it waited for the SEZ "
      + "authority or the JCC, and the days answers waited for the enterprise), and what its process waits for now")
  EnterpriseView get(@Parameter(example = "JV-2026-000001") @PathVariable String reference) {
    return view(reference);
  }

  @GetMapping("/{reference}/timeline")
  @Operation(summary = "Everything that happened to the enterprise, oldest first, with who did it and why")
  List<EnterpriseEvent> timeline(@Parameter(example = "JV-2026-000001") @PathVariable String reference) {
    return enterprises.file(reference).events();
  }

  @PostMapping(path = "/{reference}/milestone-reports", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Report the milestone the enterprise reached (the SEZ authority verifies it)",
      description = POST_DESCRIPTION)
  @ApiResponse(responseCode = "409", description = "Not waiting for it, or the Idempotency-Key was used otherwise",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
          schema = @Schema(implementation = ProblemDetail.class)))
  ResponseEntity<EnterpriseView> reportMilestone(@PathVariable String reference,
      @RequestBody EnterpriseRequests.MilestoneReport body, @RequestHeader(name = "Idempotency-Key",
          required = false) String idempotencyKey,
      Authentication caller) {
    return send(reference, body, idempotencyKey, caller);
  }

  @PostMapping(path = "/{reference}/extension-requests", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Ask to move the current milestone's deadline (the SEZ authority decides)",
      description = POST_DESCRIPTION)
  @ApiResponse(responseCode = "409", description = "Not waiting for it, a request already pending, or the milestone "
      + "extended as often as the SEZ authority may",
      content = @Content(
          mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
  ResponseEntity<EnterpriseView> requestExtension(@PathVariable String reference,
      @RequestBody EnterpriseRequests.ExtensionRequestBody body, @RequestHeader(name = "Idempotency-Key",
          required = false) String idempotencyKey,
      Authentication caller) {
    return send(reference, body, idempotencyKey, caller);
  }

  @PostMapping(path = "/{reference}/show-cause-answers", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Answer the show-cause notice, within its reply window", description = POST_DESCRIPTION)
  @ApiResponse(responseCode = "409", description = "No notice open, answered already, or the window closed",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
          schema = @Schema(implementation = ProblemDetail.class)))
  ResponseEntity<EnterpriseView> answerShowCause(@PathVariable String reference,
      @RequestBody EnterpriseRequests.ShowCauseAnswer body, @RequestHeader(name = "Idempotency-Key",
          required = false) String idempotencyKey,
      Authentication caller) {
    return send(reference, body, idempotencyKey, caller);
  }

  @PostMapping(path = "/{reference}/progress-reports", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Send the quarter's progress report (the SEZ authority accepts or queries it)",
      description = POST_DESCRIPTION + " A quarter's report may be sent from the quarter's last day on; missing 15 "
          + "days later the enterprise is reminded, 30 days later the SEZ authority follows it up.")
  @ApiResponse(responseCode = "409", description = "No report due now, another quarter's due, or too early",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
          schema = @Schema(implementation = ProblemDetail.class)))
  ResponseEntity<EnterpriseView> submitReport(@PathVariable String reference,
      @RequestBody EnterpriseRequests.ProgressReportBody body, @RequestHeader(name = "Idempotency-Key",
          required = false) String idempotencyKey,
      Authentication caller) {
    return send(reference, body, idempotencyKey, caller);
  }

  @PostMapping(path = "/{reference}/report-query-answers", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Answer the SEZ authority's question on the progress report", description = POST_DESCRIPTION)
  @ApiResponse(responseCode = "409", description = "No question waits for an answer", content = @Content(
      mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
  ResponseEntity<EnterpriseView> answerReportQuery(@PathVariable String reference,
      @RequestBody EnterpriseRequests.ReportQueryAnswer body, @RequestHeader(name = "Idempotency-Key",
          required = false) String idempotencyKey,
      Authentication caller) {
    return send(reference, body, idempotencyKey, caller);
  }

  private ResponseEntity<EnterpriseView> send(String reference, EnterpriseRequests body, String idempotencyKey,
      Authentication caller) {
    if (idempotencyKey != null && IdempotentRequests.keyProblem(idempotencyKey) != null) {
      throw new InvalidEnterpriseRequestException(List.of(new FieldProblem(IdempotentRequests.HEADER,
          IdempotentRequests.keyProblem(idempotencyKey))));
    }
    boolean replayed = events.send(reference, body, caller.getName(), idempotencyKey,
        RequestFingerprint.of(List.of(reference, body.message().name(), body)));
    return ResponseEntity.ok().header("Idempotent-Replayed", String.valueOf(replayed)).body(view(reference));
  }

  private EnterpriseView view(String reference) {
    EnterpriseFile file = enterprises.file(reference);
    ZoneEnterprise e = file.enterprise();
    List<EnterpriseProcess.Message> waits = e.status().isEnded() ? List.of() : process.awaited(reference);
    return new EnterpriseView(reference, file.proposal().submission().title(), file.proposal().submission().sector(),
        file.proposal().zoneCode(), file.proposal().plotNumber(), file.proposal().allotmentLetterNo(), e.status(),
        e.allottedOn(), e.operatingSince(), e.monitoringEndsOn(), file.milestones(), file.extensions(), file.notices(),
        file.reports(), enterprises.clocks(file), waits);
  }

  private static int number(String field, String value, int min, int max) {
    try {
      int n = Integer.parseInt(value);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // named below
    }
    throw new InvalidEnterpriseRequestException(List.of(new FieldProblem(field, "must be a whole number from "
        + min + " to " + max)));
  }
}
