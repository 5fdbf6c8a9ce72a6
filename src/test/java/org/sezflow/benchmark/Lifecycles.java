package org.sezflow.benchmark;

import static org.sezflow.workflow.ProcessVariables.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.sezflow.system.PakistanTime;

/**
 * Drives whole lifecycles through the engine's Java API as Tasklist would: the PMU starts the
 * process with the submission's variables, then for each user task the official of its candidate
 * group (logged in: the engine checks their authorizations) finds the task of the instance,
 * claims it and completes it with the form's variables. The app and the floor are driven alike;
 * only the process and, at start, the variables differ.
 */
final class Lifecycles {

  /** The nine CPEC zones. */
  static final List<String> ZONES = List.of("RSEZ", "DSEZ", "AIIC", "BSEZ", "ICTMIZ", "PSMIP", "MPSEZ", "MMCSEZ",
      "MQSEZ");

  /** User-task completions in one happy-path lifecycle (4 ministries consulted). */
  static final int USER_TASKS_PER_LIFECYCLE = 10;

  record Official(String userId, String group) {}

  static final Official PMU = new Official("bench.pmu", "boi-pmu");
  static final Official JWG = new Official("bench.jwg", "jwg-secretariat");
  static final Official JCC = new Official("bench.jcc", "jcc-secretariat");
  static final Official SEZA = new Official("bench.sezauthority", "sez-authority");

  /** One user task of the happy path: its key, who completes it, the form's variables, how many. */
  record Step(String taskKey, Official official, Map<String, Object> variables, int count) {}

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final IdentityService identity;
  private final double acres;

  Lifecycles(ProcessEngine engine, double acres) {
    this.runtime = engine.getRuntimeService();
    this.tasks = engine.getTaskService();
    this.identity = engine.getIdentityService();
    this.acres = acres;
  }

  /** One jv-proposal from submission to allocation; returns the process instance id. */
  String app(long sequence, Runnable onUserTask) {
    String zone = ZONES.get((int) (sequence % ZONES.size()));
    SqlCounter.step("start");
    SqlCounter.source(null);
    ProcessInstance pi = as(PMU, () -> runtime.startProcessInstanceByKey(PROCESS_KEY, submission(zone, acres)));
    drive(pi.getId(), onUserTask);
    return pi.getId();
  }

  /** One floor lifecycle (same user tasks, same variables); returns the process instance id. */
  String floor(long sequence, Runnable onUserTask) {
    String zone = ZONES.get((int) (sequence % ZONES.size()));
    Map<String, Object> variables = submission(zone, acres);
    // What the app's first delegates add (reference, partners, eligibility, incentives, free land).
    String reference = String.format("FLOOR-%d-%08d", today().getYear(), sequence);
    variables.put(PROPOSAL_REF, reference);
    variables.put(PARTNERS_SUMMARY, "Dynamic Engineering Automation (Pvt) Ltd (PK, 51%)\n"
        + "Neusoft Medical Systems Co., Ltd. 东软医疗 (CN, 49%)");
    variables.put(ELIGIBLE, true);
    variables.put(ELIGIBILITY_REASON,
        "Sector pharma is listed by zone " + zone + "; investment and equity meet the rules");
    variables.put(INCENTIVES, "Exemption from customs duties on capital goods; exemption from income tax for 10 years");
    variables.put(ZONE_FREE_ACRES, 100.0);
    SqlCounter.step("start");
    SqlCounter.source(null);
    ProcessInstance pi = as(PMU, () -> runtime.startProcessInstanceByKey(FloorProcess.KEY, reference, variables));
    drive(pi.getId(), onUserTask);
    return pi.getId();
  }

  private void drive(String processInstanceId, Runnable onUserTask) {
    for (Step step : steps(today())) {
      SqlCounter.step(step.taskKey());
      SqlCounter.source(null);
      as(step.official(), () -> {
        List<Task> open = tasks.createTaskQuery().processInstanceId(processInstanceId)
            .taskDefinitionKey(step.taskKey()).list();
        if (open.size() != step.count()) {
          throw new IllegalStateException("Instance " + processInstanceId + " has " + open.size() + " open "
              + step.taskKey() + " tasks, expected " + step.count());
        }
        for (Task task : open) {
          tasks.claim(task.getId(), step.official().userId());
          tasks.complete(task.getId(), step.variables());
          onUserTask.run();
        }
        return null;
      });
    }
    SqlCounter.step(null);
    SqlCounter.source(null);
  }

  private <T> T as(Official official, java.util.function.Supplier<T> action) {
    identity.setAuthentication(official.userId(), List.of(official.group()));
    try {
      return action.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  // --- the happy path's variables, as Tasklist's forms submit them ---------------------------

  /** The steps with today's dates (in Pakistan): a run may cross midnight there. */
  static List<Step> steps(LocalDate today) {
    return List.of(
        new Step("ScreenProposal", PMU, Map.of(SCREENING_DECISION, "ACCEPT",
            SCREENING_REASON, "Screened against the SEZ rules: ACCEPT"), 1),
        new Step("PrepareMou", PMU, Map.of(MOU_DRAFT_REFERENCE, "BOI/MOU/2026/17",
            MOU_PLANNED_ON, today.plusDays(10).toString()), 1),
        new Step("RecordMouSigning", PMU, Map.of(
            MOU_SIGNED_ON, today.toString(),
            MOU_VENUE, "BOTH",
            MOU_SIGNATORIES,
            "Liu Wei, Vice President, Neusoft Medical Systems\nAhmed Raza, CEO, Dynamic Engineering Automation",
            MOU_WITNESSES, "Secretary BOI\nCounsellor, Embassy of the PRC"), 1),
        new Step("ConsultMinistry", JWG, Map.of(MINISTRY_OPINION, "SUPPORT",
            MINISTRY_COMMENTS, "No objection from the ministry's side"), 4),
        new Step("ReviewAtJwg", JWG, Map.of(JWG_DECISION, "ENDORSE",
            JWG_COMMENTS, "Discussed at the JWG on Industrial Cooperation"), 1),
        new Step("DecideAtJcc", JCC, Map.of(JCC_DECISION, "APPROVE",
            JCC_MINUTES, "Minutes of the JCC session, item 7: APPROVE"), 1),
        new Step("IssueAllotmentLetter", SEZA, Map.of(ALLOTMENT_LETTER_NO, "SEZA/ALT/2026/0042",
            ALLOTMENT_LETTER_DATE, today.toString()), 1));
  }

  /** The submission (21 variables): the test fixtures' JV, as a pharma JV asking for a small area of the zone. */
  static Map<String, Object> submission(String zoneCode, double acres) {
    Map<String, Object> v = org.sezflow.workflow.ProposalFixturesAccess.submission(zoneCode, acres);
    v.put(PROPOSAL_TITLE, "Sino-Pakistan Pharmaceutical Formulations");
    v.put(SECTOR, "pharma");
    v.put(SMART_SEZ_REQUESTED, false);
    return v;
  }

  static LocalDate today() {
    return LocalDate.now(PakistanTime.ZONE);
  }
}
