package org.sezflow.committee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.sezflow.system.ProblemException.FieldProblem;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/** The JSON shapes of the committee sessions' API. */
final class SessionJson {

  private SessionJson() {}

  @JsonIgnoreProperties(ignoreUnknown = false)
  @Schema(description = "A session to schedule; its agenda gathers the proposals waiting for the committee")
  record ScheduleRequest(
      @Schema(description = "JWG or JCC", example = "JCC",
          requiredMode = Schema.RequiredMode.REQUIRED) String committee,
      @Schema(description = "The session's number (1 to 9999); empty: the committee's next",
          example = "14") Integer number,
      @Schema(description = "Today or later", example = "2026-12-10",
          requiredMode = Schema.RequiredMode.REQUIRED) LocalDate date,
      @Schema(example = "Islamabad", requiredMode = Schema.RequiredMode.REQUIRED) String venue,
      @Schema(description = "Today or later, not after the session's date: proposals waiting by then are gathered",
          example = "2026-11-30", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate agendaCutOff) {

    /** The committee named, or null if none; an unknown one is 400 naming the field. */
    Committee parsedCommittee() {
      return SessionJson.committee(committee);
    }
  }

  /**
   * The committee a body or a query names, exactly ("JCC", not "jcc", "" or "JCC" and a control
   * character); null when none is named. Anything else is 400 naming the field.
   */
  static Committee committee(String value) {
    if (value == null) {
      return null;
    }
    return Arrays.stream(Committee.values()).filter(c -> c.name().equals(value)).findFirst()
        .orElseThrow(() -> new SessionProblems.Invalid(List.of(new FieldProblem("committee",
            "must be one of " + Arrays.toString(Committee.values())))));
  }

  @JsonIgnoreProperties(ignoreUnknown = false)
  @Schema(description = "The session's decisions, recorded all or none")
  record DecisionsRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<DecisionRequest> decisions) {

    /** The decisions; an item without its id is 400 naming it. */
    List<SessionDecision> toDecisions() {
      if (decisions == null) {
        return null;
      }
      List<FieldProblem> problems = new ArrayList<>();
      List<SessionDecision> parsed = new ArrayList<>();
      for (int i = 0; i < decisions.size(); i++) {
        DecisionRequest d = decisions.get(i);
        if (d != null && d.itemId() == null) {
          problems.add(new FieldProblem("decisions[" + i + "].itemId", "is required"));
        }
        parsed.add(d == null || d.itemId() == null ? null : new SessionDecision(d.itemId(), d.decision(),
            d.minutesRef(), d.reason()));
      }
      SessionProblems.Invalid.throwIfAny(problems);
      return parsed;
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = false)
  @Schema(description = "A change to a scheduled session's agenda, as the \"Prepare agenda\" form makes it: "
      + "proposals taken off (with a reason) and waiting proposals added (with a reason); then, or alone, the freeze")
  record AgendaRequest(
      @ArraySchema(schema = @Schema(example = "JV-2026-000031"),
          maxItems = AgendaChange.MAX_PROPOSALS) List<String> removeProposalRefs,
      @Schema(example = "The ministries asked for more time") String removeReason,
      @ArraySchema(schema = @Schema(example = "JV-2026-000044"),
          maxItems = AgendaChange.MAX_PROPOSALS) List<String> addProposalRefs,
      @Schema(example = "The investor's deadline") String addReason,
      @Schema(description = "Deprecated: one proposal to take off; use removeProposalRefs",
          deprecated = true) String removeProposalRef,
      @Schema(description = "Deprecated: one proposal to add; use addProposalRefs",
          deprecated = true) String addProposalRef,
      @Schema(description = "Freeze the agenda after the change: no item is added or removed any more, and "
          + "the session's decisions may be recorded", example = "true") Boolean freeze) {

    /** The change; the deprecated single references count as lists of one, after the lists' own. */
    AgendaChange change() {
      return new AgendaChange(withOne(removeProposalRefs, removeProposalRef), removeReason,
          withOne(addProposalRefs, addProposalRef), addReason);
    }

    boolean freezing() {
      return Boolean.TRUE.equals(freeze);
    }

    private static List<String> withOne(List<String> references, String one) {
      List<String> all = new ArrayList<>(references == null ? List.of() : references);
      if (one != null) {
        all.add(one);
      }
      return all;
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = false)
  @Schema(description = "Why an administrator closes a session that cannot close by itself")
  record CloseRequest(@Schema(description = "Up to 1000 characters", example = "The session's process was lost in a "
      + "restore; its decisions are recorded in the minutes",
      requiredMode = Schema.RequiredMode.REQUIRED) String reason) {}

  @JsonIgnoreProperties(ignoreUnknown = false)
  record DecisionRequest(
      @Schema(description = "An item of this session's agenda", example = "41",
          requiredMode = Schema.RequiredMode.REQUIRED) Long itemId,
      @Schema(description = "JWG: ENDORSE, SEND_BACK or REJECT; JCC: APPROVE, DEFER or REJECT", example = "APPROVE",
          requiredMode = Schema.RequiredMode.REQUIRED) String decision,
      @Schema(description = "Where the minutes record it", example = "14th JCC minutes, item 3",
          requiredMode = Schema.RequiredMode.REQUIRED) String minutesRef,
      @Schema(description = "The committee's reasons, up to 1000 characters: required to SEND_BACK, DEFER or "
          + "REJECT (the PMU, the sponsor and the next session read them), optional otherwise",
          example = "The ministries asked for the water demand to be confirmed") String reason) {}

  @Schema(description = "A session: SCHEDULED (its agenda gathers proposals), AGENDA_FROZEN, HELD (every item "
      + "decided) or CLOSED (the decisions handed to the proposals)")
  record SessionSummary(long id,
      @Schema(example = "JCC-14") String reference,
      @Schema(example = "14th JCC") String citation,
      Committee committee, int number, LocalDate date, String venue, LocalDate agendaCutOff, SessionStatus status,
      String scheduledBy, Instant scheduledAt, Instant agendaFrozenAt, Instant heldAt, Instant closedAt,
      @Schema(description = "The administrator who closed a session that could not close by itself (null: it "
          + "closed with its last decision)") String closedBy,
      @Schema(description = "Why the administrator closed it") String closeReason) {

    static SessionSummary of(CommitteeSession s) {
      return new SessionSummary(s.id(), s.reference(), s.citation(), s.committee(), s.sessionNumber(),
          s.sessionDate(), s.venue(), s.agendaCutOff(), s.status(), s.scheduledBy(), s.scheduledAt(),
          s.agendaFrozenAt(), s.heldAt(), s.closedAt(), s.closedBy(), s.closeReason());
    }
  }

  @Schema(description = "A session with its agenda: every item, on the agenda or taken off, and its decision")
  record SessionView(SessionSummary session, List<ItemView> items) {}

  @Schema(description = "An agenda item: its proposal, how it came on the agenda, whether it is still on it, and "
      + "the session's decision with the minutes' reference")
  record ItemView(long id, String proposalRef, String title, String zoneCode,
      @Schema(description = "GATHERED (it waited for the committee) or ADDED by the secretariat") ItemOrigin origin,
      String addedReason, String addedBy, Instant addedAt, boolean onAgenda, String removedReason, String removedBy,
      Instant removedAt, Instant withdrawnAt, String decision, String minutesRef,
      @Schema(description = "The committee's reasons for its decision") String decisionReason, String decidedBy,
      Instant decidedAt, Instant deliveredAt) {}

  static final String EXAMPLE_SCHEDULE = """
      {"committee": "JCC", "date": "2026-12-10", "venue": "Islamabad", "agendaCutOff": "2026-11-30"}""";

  static final String EXAMPLE_DECISIONS = """
      {"decisions": [
        {"itemId": 41, "decision": "APPROVE", "minutesRef": "14th JCC minutes, item 3"},
        {"itemId": 42, "decision": "DEFER", "minutesRef": "14th JCC minutes, item 4",
         "reason": "The partners' financing plan is awaited"}
      ]}""";
}
