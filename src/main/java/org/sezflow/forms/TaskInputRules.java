package org.sezflow.forms;

import static org.sezflow.variables.ProcessVariables.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.sezflow.engine.FeelExpressions;
import org.sezflow.engine.SystemAuthentication;
import org.sezflow.engine.TaskInputException;
import org.sezflow.engine.TaskRules;
import org.sezflow.proposal.ProposalReads;
import org.sezflow.proposal.StepRules;
import org.sezflow.system.ProblemException.FieldProblem;
import org.sezflow.variables.EnteringValues;
import org.sezflow.variables.OlderModels;
import org.springframework.stereotype.Component;

/**
 * One set of rules per task, whichever door its values come through: the constraints of the
 * task's deployed Camunda Form (see {@link FormInput}) and the domain's own rules for the step
 * ({@link StepRules}). A task completion is checked before the engine runs it (Tasklist,
 * {@code /engine-rest} complete and submit-form, Java calls); a start when its first step
 * registers the proposal; an event that stands in for a task (the MoU signed by e-signature, the
 * JCC decision from the secretariat's system) when its step stores it. A refusal names each field
 * and leaves everything as it was.
 */
@Component
public class TaskInputRules implements TaskRules {

  // Forms with rules of the domain beyond the form's own.
  static final String CHOOSE_ZONE_OR_AREA = "choose-zone-or-area";
  static final String RECORD_MOU_SIGNING = "record-mou-signing";
  static final String ISSUE_ALLOTMENT_LETTER = "issue-allotment-letter";

  private final ProcessEngine engine;
  private final TaskService tasks;
  private final TaskWorkRights workRights;
  private final DeployedForms forms;
  private final StepRules rules;
  private final ProposalReads proposals;
  private final SessionTaskRules sessionRules;
  private final SystemAuthentication system;

  TaskInputRules(ProcessEngine engine, TaskWorkRights workRights, DeployedForms forms, StepRules rules,
      ProposalReads proposals,
      SessionTaskRules sessionRules, SystemAuthentication system) {
    this.engine = engine;
    this.workRights = workRights;
    this.tasks = engine.getTaskService();
    this.forms = forms;
    this.rules = rules;
    this.proposals = proposals;
    this.sessionRules = sessionRules;
    this.system = system;
  }

  /**
   * The submitted values as the task keeps them, refused when they break the task's rules. A
   * checklist's list of references, as Tasklist submits it (a JSON list in an object value) or a Java
   * caller passes it (a list), becomes one reference per line; the values enter as
   * {@link EnteringValues} says. A caller who may not work on the task is left to the engine, which
   * refuses them as it always does. The task and what its instance stores are read in one go.
   */
  @Override
  public Map<String, Object> checkedCompletion(String taskId, Map<String, Object> submitted) {
    if (taskId == null) {
      return submitted;
    }
    Map<String, Object> values = submitted == null ? Map.of() : submitted;
    TaskAndStored read = system.read(() -> {
      Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
      Optional<Set<String>> keptBy =
          task == null ? Optional.empty() : EnteringValues.keptBy(task.getProcessDefinitionId());
      return new TaskAndStored(task, keptBy.isPresent()
          ? EnteringValues.stored(engine.getRuntimeService(), task.getProcessInstanceId(), keptBy.get(),
              values.keySet())
          : Set.of());
    });
    Task task = read.task();
    if (task == null) {
      // Done already, or never was: a 404, not the engine's 500 for a missing task.
      throw new NotFoundException("No open task has the id " + taskId);
    }
    if (task.getProcessDefinitionId() == null) {
      return submitted;
    }
    Optional<FormSchema> form = forms.of(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
    if (form.isEmpty()) {
      return submitted;
    }
    Map<String, Object> kept = values.keySet().stream().map(name -> typedOrPlain(values, name))
        .noneMatch(ChecklistValues::mayBeAList) ? values : ChecklistValues.asKept(form.get(), values);
    Supplier<Map<String, Object>> current = new CurrentTaskVariables(tasks, system, taskId);
    List<FieldProblem> problems = problems(form.get(), kept, true, current);
    if (!problems.isEmpty() && workRights.mayWorkOn(task)) {
      throw new TaskInputException(task.getName(), problems);
    }
    return EnteringValues.of(task.getProcessDefinitionId(), kept, read.stored());
  }

  private record TaskAndStored(Task task, Set<String> stored) {}

  /** A start's values enter its process as {@link EnteringValues} says. */
  @Override
  public Map<String, Object> startValues(String processDefinitionId, Map<String, Object> submitted) {
    return EnteringValues.of(processDefinitionId, submitted, Set.of());
  }

  private static Object typedOrPlain(Map<String, ?> values, String name) {
    return values instanceof VariableMap variables ? variables.getValueTyped(name) : values.get(name);
  }

  /** Refuses a proposal's start whose variables are not what the start form allows (every door of a start). */
  public void checkStart(DelegateExecution execution) {
    checkStart(execution, "Proposal received");
  }

  /** Refuses a start whose variables are not what its start form allows; {@code what} names the start refused. */
  public void checkStart(DelegateExecution execution, String what) {
    Optional<FormSchema> form = forms.startForm(execution.getProcessDefinitionId());
    if (form.isPresent()) {
      List<FieldProblem> problems = problems(form.get(), execution.getVariablesTyped(), true, Map::of);
      if (!problems.isEmpty()) {
        throw new TaskInputException(what, problems);
      }
    }
  }

  /**
   * Refuses the values an event brought for the task it stands in for ({@code activityId}), by
   * that task's form and rules: the same rules as when an official completes the task.
   */
  public void checkEventFor(DelegateExecution execution, String activityId) {
    Optional<FormSchema> form = forms.of(execution.getProcessDefinitionId(), activityId);
    if (form.isEmpty()) {
      throw new IllegalStateException("Activity " + activityId + " has no form to check the event by");
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (FormSchema.Field field : form.get().editableFields()) {
      if (execution.hasVariable(field.key())) {
        values.put(field.key(), execution.getVariableTyped(field.key()));
      }
    }
    List<FieldProblem> problems = problems(form.get(), values, false, execution::getVariables);
    if (!problems.isEmpty()) {
      throw new TaskInputException(execution.getCurrentActivityName(), problems);
    }
  }

  private List<FieldProblem> problems(FormSchema form, Map<String, ?> submitted, boolean onlyFormKeys,
      Supplier<Map<String, Object>> current) {
    LocalDate today = rules.today();
    Map<String, Object> context = form.editableFields().stream().anyMatch(f -> f.hideWhen() != null)
        ? current.get() : Map.of();
    List<FieldProblem> problems = new ArrayList<>(FormInput.check(form, submitted, context, today, this::hidden));
    if (!onlyFormKeys) {
      problems.removeIf(problem -> !form.fields().containsKey(problem.field()));
    }
    Map<String, Object> values = new HashMap<>(FormInput.plainValues(submitted));
    Set<String> invalid = new HashSet<>();
    problems.forEach(problem -> invalid.add(problem.field()));
    problems.addAll(domainProblems(form.id(), values, invalid, current));
    return problems;
  }

  /** The domain's rules for the step, each on values that met the form's rules. */
  private List<FieldProblem> domainProblems(String formId, Map<String, Object> values, Set<String> invalid,
      Supplier<Map<String, Object>> current) {
    return switch (formId) {
      case CHOOSE_ZONE_OR_AREA -> valid(invalid, ZONE_CODE, ACRES_REQUESTED)
          ? rules.landRequest((String) values.get(ZONE_CODE), new BigDecimal(values.get(ACRES_REQUESTED).toString()))
          : List.of();
      case RECORD_MOU_SIGNING -> valid(invalid, MOU_SIGNED_ON)
          ? rules.mouSigningDate(date(values.get(MOU_SIGNED_ON)),
              proposals.get((String) current.get().get(PROPOSAL_REF)).submittedAt())
          : List.of();
      case OlderModels.DECIDE_AT_JCC_FORM ->
        valid(invalid, JCC_DECISION, OlderModels.JCC_NEXT_SESSION_ON) && "DEFER".equals(values.get(JCC_DECISION))
            ? rules.jccDeferral(date(values.get(OlderModels.JCC_NEXT_SESSION_ON))) : List.of();
      case ISSUE_ALLOTMENT_LETTER -> valid(invalid, ALLOTMENT_LETTER_DATE)
          ? rules.allotmentLetterDate(date(values.get(ALLOTMENT_LETTER_DATE))) : List.of();
      default -> sessionRules.problems(formId, values, invalid, current);
    };
  }

  static boolean valid(Set<String> invalid, String... fields) {
    for (String field : fields) {
      if (invalid.contains(field)) {
        return false;
      }
    }
    return true;
  }

  private boolean hidden(FormInput.HideCondition condition) {
    try {
      return Boolean.TRUE.equals(FeelExpressions.evaluate(engine, condition.expression(),
          FormInput.feelContext(condition.data())));
    } catch (RuntimeException unreadable) {
      // A condition the server cannot read hides nothing: the field is checked in full.
      return false;
    }
  }

  /** Whether the caller may work on the task with this id (false for an unknown task). */
  @Override
  public boolean mayWorkOn(String taskId) {
    Task task = system.read(() -> tasks.createTaskQuery().taskId(taskId).singleResult());
    return task != null && task.getProcessDefinitionId() != null && workRights.mayWorkOn(task);
  }

  private static LocalDate date(Object value) {
    return value == null ? null : LocalDate.parse(value.toString());
  }
}
