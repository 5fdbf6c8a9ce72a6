package org.sezflow.enterprise;

import static org.sezflow.enterprise.EnterpriseFields.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sezflow.system.ProblemException.FieldProblem;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What an enterprise's system sends: one body per message, each field a string, checked on its own
 * by {@link #problems()} before it goes to the process, whose step checks it again against the record.
 */
public sealed interface EnterpriseRequests {

  EnterpriseProcess.Message message();

  List<FieldProblem> problems();

  /** The inputs for the process, named as {@link EnterpriseFields} names them; blanks left out. */
  Map<String, Object> inputs();

  @Schema(description = "The enterprise reached a milestone")
  record MilestoneReport(
      @Schema(description = "SUB_LEASE, CONSTRUCTION_START or COMMERCIAL_OPERATIONS: the one worked towards now",
          example = "SUB_LEASE") String milestone,
      @Schema(example = "2027-02-15") String reachedOn,
      @Schema(example = "Sub-lease registered with the Rashakai SEZ developer") String note,
      @Schema(description = "The document that proves it", example = "RSEZ/SL/2027/041") String evidenceRef)
      implements
        EnterpriseRequests {

    @Override
    public EnterpriseProcess.Message message() {
      return EnterpriseProcess.Message.MILESTONE_REPORTED;
    }

    @Override
    public List<FieldProblem> problems() {
      List<FieldProblem> problems = new ArrayList<>();
      checkMilestone(problems, milestone);
      date(problems, REACHED_ON, reachedOn);
      EnterpriseInputs.text(problems, NOTE, note, MAX_NOTE, false);
      EnterpriseInputs.text(problems, EVIDENCE_REF, evidenceRef, MAX_EVIDENCE_REF, true);
      return problems;
    }

    @Override
    public Map<String, Object> inputs() {
      return inputsOf(MILESTONE, milestone, REACHED_ON, reachedOn, NOTE, note, EVIDENCE_REF, evidenceRef);
    }
  }

  @Schema(description = "The enterprise asks to move its current milestone's deadline")
  record ExtensionRequestBody(
      @Schema(example = "CONSTRUCTION_START") String milestone,
      @Schema(example = "2027-12-31") String requestedDueOn,
      @Schema(example = "The zone's power connection is delayed until October") String reason)
      implements
        EnterpriseRequests {

    @Override
    public EnterpriseProcess.Message message() {
      return EnterpriseProcess.Message.EXTENSION_REQUESTED;
    }

    @Override
    public List<FieldProblem> problems() {
      List<FieldProblem> problems = new ArrayList<>();
      checkMilestone(problems, milestone);
      date(problems, REQUESTED_DUE_ON, requestedDueOn);
      EnterpriseInputs.text(problems, "reason", reason, MAX_REASON, true);
      return problems;
    }

    @Override
    public Map<String, Object> inputs() {
      return inputsOf(MILESTONE, milestone, REQUESTED_DUE_ON, requestedDueOn, EXTENSION_REASON, reason);
    }
  }

  @Schema(description = "The enterprise's answer to the show-cause notice")
  record ShowCauseAnswer(
      @Schema(example = "The sub-lease was signed late because the developer's title deed was pending") String answer)
      implements
        EnterpriseRequests {

    @Override
    public EnterpriseProcess.Message message() {
      return EnterpriseProcess.Message.SHOW_CAUSE_ANSWERED;
    }

    @Override
    public List<FieldProblem> problems() {
      List<FieldProblem> problems = new ArrayList<>();
      EnterpriseInputs.text(problems, "answer", answer, MAX_ANSWER, true);
      return problems;
    }

    @Override
    public Map<String, Object> inputs() {
      return inputsOf(SHOW_CAUSE_ANSWER, answer);
    }
  }

  @Schema(description = "A quarter's progress report, sent from the quarter's last day on")
  record ProgressReportBody(
      @Schema(description = "The quarter reported on, the one due now", example = "2027-Q1") String period,
      @Schema(description = "Investment realised to date, USD", example = "12500000") BigDecimal investmentUsd,
      @Schema(description = "Pakistani employees at the quarter's end", example = "140") Integer jobsPakistani,
      @Schema(description = "Foreign employees at the quarter's end", example = "12") Integer jobsForeign,
      @Schema(description = "Exports in the quarter, USD", example = "0") BigDecimal exportsUsd,
      @Schema(description = "Construction progress to date, percent", example = "35") BigDecimal constructionPct)
      implements
        EnterpriseRequests {

    @Override
    public EnterpriseProcess.Message message() {
      return EnterpriseProcess.Message.PROGRESS_REPORT_SUBMITTED;
    }

    @Override
    public List<FieldProblem> problems() {
      List<FieldProblem> problems = new ArrayList<>();
      EnterpriseInputs.text(problems, "period", period, 7, true);
      ReportSteps.figureProblems(figures()).forEach(p -> problems.add(new FieldProblem(apiField(p.field()),
          p.message())));
      return problems;
    }

    ProgressReport.Figures figures() {
      return new ProgressReport.Figures(investmentUsd, jobsPakistani, jobsForeign, exportsUsd, constructionPct);
    }

    @Override
    public Map<String, Object> inputs() {
      Map<String, Object> inputs = inputsOf(REPORT_PERIOD, period);
      // Exact amounts travel as text: Camunda keeps no decimal type.
      inputs.put(REPORT_INVESTMENT_USD, investmentUsd.toPlainString());
      inputs.put(REPORT_JOBS_PAKISTANI, jobsPakistani.longValue());
      inputs.put(REPORT_JOBS_FOREIGN, jobsForeign.longValue());
      inputs.put(REPORT_EXPORTS_USD, exportsUsd.toPlainString());
      inputs.put(REPORT_CONSTRUCTION_PCT, constructionPct.toPlainString());
      return inputs;
    }
  }

  @Schema(description = "The enterprise's answer to the SEZ authority's question on its progress report")
  record ReportQueryAnswer(
      @Schema(example = "The exports start with the second production line in May") String answer)
      implements
        EnterpriseRequests {

    @Override
    public EnterpriseProcess.Message message() {
      return EnterpriseProcess.Message.REPORT_QUERY_ANSWERED;
    }

    @Override
    public List<FieldProblem> problems() {
      List<FieldProblem> problems = new ArrayList<>();
      EnterpriseInputs.text(problems, "answer", answer, MAX_ANSWER, true);
      return problems;
    }

    @Override
    public Map<String, Object> inputs() {
      return inputsOf(REPORT_QUERY_ANSWER, answer);
    }
  }

  /** The API's name of an input's field (the body's), for a refusal by the process's step. */
  static String apiField(String input) {
    return switch (input) {
      case EXTENSION_REASON -> "reason";
      case SHOW_CAUSE_ANSWER, REPORT_QUERY_ANSWER -> "answer";
      case REPORT_PERIOD -> "period";
      case REPORT_INVESTMENT_USD -> "investmentUsd";
      default -> input;
    };
  }

  private static void checkMilestone(List<FieldProblem> problems, String milestone) {
    if (milestone == null || milestone.isBlank()) {
      problems.add(new FieldProblem(MILESTONE, "is required"));
    } else if (Milestone.parse(milestone) == null) {
      problems.add(new FieldProblem(MILESTONE, "must be one of " + List.of(Milestone.values())));
    }
  }

  private static void date(List<FieldProblem> problems, String field, String value) {
    if (value == null || value.isBlank()) {
      problems.add(new FieldProblem(field, "is required"));
      return;
    }
    try {
      LocalDate.parse(value, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT)
          .withChronology(java.time.chrono.IsoChronology.INSTANCE));
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, "must be a date like 2027-02-15"));
    }
  }

  private static Map<String, Object> inputsOf(String... namesAndValues) {
    Map<String, Object> inputs = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      String value = namesAndValues[i + 1];
      if (value != null && !value.isBlank()) {
        inputs.put(namesAndValues[i], value.strip());
      }
    }
    return inputs;
  }
}
