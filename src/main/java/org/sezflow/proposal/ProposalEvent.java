package org.sezflow.proposal;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sezflow.system.ProblemException.FieldProblem;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An event an external system sends about a proposal: one body type per event, each field a
 * string, checked on its own by {@link #problems()} before it goes to the process (whose step
 * checks it again against the proposal).
 */
public sealed interface ProposalEvent {

  ProposalEventType type();

  /** The event's own mistakes: missing, too long or control characters. */
  List<FieldProblem> problems();

  /** The event's fields by name, as the API spells them (nulls left out). */
  default Map<String, Object> fields() {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (RecordComponent component : getClass().getRecordComponents()) {
      try {
        Object value = component.getAccessor().invoke(this);
        if (value != null) {
          fields.put(component.getName(), value);
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("Cannot read " + component.getName(), e);
      }
    }
    return fields;
  }

  @Schema(description = "The sponsor answered the PMU's clarification request")
  record ClarificationAnswered(@Schema(example = "The plant draws 4.5 MW at full load") String response)
      implements
        ProposalEvent {

    @Override
    public ProposalEventType type() {
      return ProposalEventType.CLARIFICATION_ANSWERED;
    }

    @Override
    public List<FieldProblem> problems() {
      return text(new ArrayList<>(), "response", response, StepRules.MAX_CLARIFICATION, true);
    }
  }

  @Schema(description = "The partners signed the MoU (from the e-signature system)")
  record MouSigned(
      @Schema(example = "2026-11-27") String signedOn,
      @Schema(description = "ONLINE, IN_PERSON or BOTH", example = "BOTH") String venue,
      @Schema(example = "Liu Wei, Neusoft Medical Systems") String signatories,
      @Schema(example = "Secretary BOI") String witnesses,
      @Schema(description = "Optional: the MoU draft's reference") String draftReference) implements ProposalEvent {

    @Override
    public ProposalEventType type() {
      return ProposalEventType.MOU_SIGNED;
    }

    @Override
    public List<FieldProblem> problems() {
      List<FieldProblem> problems = new ArrayList<>();
      text(problems, "signedOn", signedOn, 10, true);
      text(problems, "venue", venue, 16, true);
      text(problems, "signatories", signatories, 2000, true);
      text(problems, "witnesses", witnesses, 2000, true);
      return text(problems, "draftReference", draftReference, 60, false);
    }
  }

  @Schema(description = "The sponsor withdrew the proposal")
  record Withdrawal(@Schema(example = "The Chinese partner left the venture") String reason)
      implements
        ProposalEvent {

    @Override
    public ProposalEventType type() {
      return ProposalEventType.WITHDRAWAL;
    }

    @Override
    public List<FieldProblem> problems() {
      return text(new ArrayList<>(), "reason", reason, StepRules.MAX_WITHDRAWAL_REASON, false);
    }
  }

  private static List<FieldProblem> text(List<FieldProblem> problems, String field, String value, int max,
      boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        problems.add(new FieldProblem(field, "is required"));
      }
    } else if (value.length() > max) {
      problems.add(new FieldProblem(field, "must have at most " + max + " characters"));
    } else if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
      problems.add(new FieldProblem(field, "must not contain control characters"));
    }
    return problems;
  }
}
