package org.sezflow.benchmark;

import static org.sezflow.variables.ProcessVariables.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.sezflow.committee.Committee;
import org.sezflow.committee.SessionFixtures;
import org.sezflow.system.PakistanTime;
import org.sezflow.variables.SessionVariables;

/**
 * Drives whole lifecycles through the engine's Java API as Tasklist would: the PMU starts the
 * process with the submission's variables, then for each user task the official of its candidate
 * group (logged in: the engine checks their authorizations) finds the task of the instance,
 * claims it and completes it with the form's variables. The committees decide in sessions, so
 * lifecycles are driven in batches: the batch's proposals each up to the JWG's wait, then a JWG
 * session (its secretariat starts it, prepares and freezes the agenda, records each item's
 * decision; the close delivers them), then a JCC session likewise, then each allotment letter.
 * The app and the floor are driven alike; only the processes and, at start, the variables differ.
 *
 * <p>Sessions are run one at a time ({@link #COMMITTEES}), and a proposal starts waiting for the
 * JWG (its last consultation) only while no session runs: an app session gathers every proposal
 * waiting for its committee, so one driver's session may decide another's proposals too (the
 * other then finds none of its own waiting and holds no session), and a proposal never starts
 * waiting while an agenda is being frozen. The floor, whose sessions take exactly the batch,
 * is serialized the same way.
 */
final class Lifecycles {

  /** The nine CPEC zones. */
  static final List<String> ZONES = List.of("RSEZ", "DSEZ", "AIIC", "BSEZ", "ICTMIZ", "PSMIP", "MPSEZ", "MMCSEZ",
      "MQSEZ");

  /**
   * The proposal's own user-task completions in one happy-path lifecycle (4 ministries consulted);
   * the sessions add one "Record decision" per committee and one "Prepare agenda" per session.
   */
  static final int USER_TASKS_PER_LIFECYCLE = 8;

  /** Taken by whoever holds a session, or makes a proposal start waiting for the JWG. */
  private static final ReentrantLock COMMITTEES = new ReentrantLock();

  record Official(String userId, String group) {}

  static final Official PMU = new Official("bench.pmu", "boi-pmu");
  static final Official JWG = new Official("bench.jwg", "jwg-secretariat");
  static final Official JCC = new Official("bench.jcc", "jcc-secretariat");
  static final Official SEZA = new Official("bench.sezauthority", "sez-authority");

  /** One user task of the happy path: its key, who completes it, the form's variables, how many. */
  record Step(String taskKey, Official official, Map<String, Object> variables, int count) {}

  /** A batch's lifecycles: each one's process instance and time from its start to its end, in nanoseconds. */
  record Batch(List<String> processInstanceIds, long[] latenciesNanos) {}

  private final RuntimeService runtime;
  private final org.camunda.bpm.engine.RepositoryService repository;
  private final org.camunda.bpm.engine.FormService forms;
  private final TaskService tasks;
  private final java.util.Set<String> floorInstances = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private final IdentityService identity;
  private final double acres;

  Lifecycles(ProcessEngine engine, double acres) {
    this.runtime = engine.getRuntimeService();
    this.repository = engine.getRepositoryService();
    this.forms = engine.getFormService();
    this.tasks = engine.getTaskService();
    this.identity = engine.getIdentityService();
    this.acres = acres;
  }

  /** A batch of jv-proposals from submission to allocation, numbered from {@code firstSequence}. */
  Batch app(long firstSequence, int size, Runnable onUserTask) {
    List<String> instances = new ArrayList<>();
    long[] began = new long[size];
    for (int i = 0; i < size; i++) {
      String zone = ZONES.get((int) ((firstSequence + i) % ZONES.size()));
      began[i] = System.nanoTime();
      SqlCounter.step("start");
      SqlCounter.source(null);
      instances.add(start(zone));
      toCommittees(instances.get(i), onUserTask);
    }
    committee(instances, "JwgSessionDecided", "JwgSession", () -> appSession(Committee.JWG, "ENDORSE",
        onUserTask));
    committee(instances, "JccSessionDecided", "JccSession", () -> appSession(Committee.JCC, "APPROVE",
        onUserTask));
    return new Batch(instances, afterCommittees(instances, began, onUserTask));
  }

  /** A batch of floor lifecycles (same user tasks, the same kept variables, same sessions' shape). */
  Batch floor(long firstSequence, int size, Runnable onUserTask) {
    List<String> instances = new ArrayList<>();
    List<String> references = new ArrayList<>();
    long[] began = new long[size];
    for (int i = 0; i < size; i++) {
      long sequence = firstSequence + i;
      String zone = ZONES.get((int) (sequence % ZONES.size()));
      Map<String, Object> variables = submission(zone, acres);
      // The variables the app's process keeps after its first steps (ProcessVariables.KEPT): the
      // reference, the title and zone, the eligibility; the floor keeps the same and no more.
      String reference = String.format("FLOOR-%d-%08d", today().getYear(), sequence);
      variables.put(PROPOSAL_REF, reference);
      variables.put(ELIGIBLE, true);
      variables.put(ELIGIBILITY_REASON,
          "Sector pharma is listed by zone " + zone + "; investment and equity meet the rules");
      variables.keySet().retainAll(KEPT);
      began[i] = System.nanoTime();
      SqlCounter.step("start");
      SqlCounter.source(null);
      instances.add(
          as(PMU, () -> runtime.startProcessInstanceByKey(FloorProcess.KEY, reference, variables)).getId());
      floorInstances.add(instances.get(i));
      references.add(reference);
      toCommittees(instances.get(i), onUserTask);
    }
    committee(instances, "JwgSessionDecided", "JwgSession", () -> floorSession(JWG, "ENDORSE", references,
        onUserTask));
    committee(instances, "JccSessionDecided", "JccSession", () -> floorSession(JCC, "APPROVE", references,
        onUserTask));
    return new Batch(instances, afterCommittees(instances, began, onUserTask));
  }

  /** One proposal submitted by the PMU for the zone through the start form, as in Tasklist; returns its process instance. */
  String start(String zone) {
    String definition = repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY).latestVersion()
        .singleResult().getId();
    return as(PMU, () -> forms.submitStartForm(definition, submission(zone, acres))).getId();
  }

  /** One step of a proposal's own path (not the last consultation: see {@link #toCommittees(String, Runnable)}). */
  void complete(String processInstanceId, Step step) {
    drive(processInstanceId, step, () -> {});
  }

  /** The proposal's tasks up to the JWG's wait; the last consultation only while no session runs. */
  private void toCommittees(String processInstanceId, Runnable onUserTask) {
    for (Step step : toCommittees(today())) {
      if (step.taskKey().equals("ConsultMinistry")) {
        COMMITTEES.lock();
        try {
          drive(processInstanceId, step, onUserTask);
        } finally {
          COMMITTEES.unlock();
        }
      } else {
        drive(processInstanceId, step, onUserTask);
      }
    }
  }

  /**
   * The committee's session for the batch, unless another driver's session decided all of the
   * batch's proposals already; afterwards none of them waits for the committee.
   */
  private void committee(List<String> instances, String waitActivity, String stepName, Runnable session) {
    SqlCounter.step(stepName);
    SqlCounter.source(null);
    COMMITTEES.lock();
    try {
      if (waiting(instances, waitActivity) > 0) {
        session.run();
      }
      long left = waiting(instances, waitActivity);
      if (left > 0) {
        throw new IllegalStateException(left + " proposals of the batch still wait at " + waitActivity
            + " after the session");
      }
    } finally {
      COMMITTEES.unlock();
    }
  }

  private long waiting(List<String> instances, String activityId) {
    return runtime.createProcessInstanceQuery().processInstanceIds(new HashSet<>(instances)).activityIdIn(activityId)
        .count();
  }

  /** The allotment letters; returns each lifecycle's time from its start. */
  private long[] afterCommittees(List<String> instances, long[] began, Runnable onUserTask) {
    long[] latencies = new long[instances.size()];
    Step letter = allotmentLetter(today());
    for (int i = 0; i < instances.size(); i++) {
      drive(instances.get(i), letter, onUserTask);
      latencies[i] = System.nanoTime() - began[i];
    }
    SqlCounter.step(null);
    SqlCounter.source(null);
    return latencies;
  }

  /**
   * A committee-session as its secretariat holds it in Tasklist: scheduled for today (it gathers
   * every proposal waiting for the committee), the agenda frozen as gathered, each item decided.
   */
  private void appSession(Committee committee, String decision, Runnable onUserTask) {
    Official secretariat = committee == Committee.JWG ? JWG : JCC;
    String instance = as(secretariat, () -> runtime.startProcessInstanceByKey(SessionVariables.PROCESS_KEY,
        SessionFixtures.start(committee, 0, 0))).getId();
    completeSessionTask(instance, "PrepareAgenda", secretariat, Map.of(SessionVariables.FREEZE_AGENDA, true),
        onUserTask);
    Map<String, Object> decided = new HashMap<>();
    decided.put(SessionVariables.decisionField(committee), decision);
    decided.put(SessionVariables.MINUTES_REF, committee + " minutes, item on the benchmark's proposal");
    completeSessionTask(instance, "RecordDecision", secretariat, decided, onUserTask);
  }

  /** The floor's session: the same tasks, its agenda exactly the batch. */
  private void floorSession(Official secretariat, String decision, List<String> references,
      Runnable onUserTask) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(FloorProcess.COMMITTEE, secretariat == JWG ? "JWG" : "JCC");
    variables.put(FloorProcess.DECISION, decision);
    variables.put(FloorProcess.AGENDA, String.join(",", references));
    variables.put(FloorProcess.SECRETARIAT, secretariat.group());
    String instance = as(secretariat, () -> runtime.startProcessInstanceByKey(FloorProcess.SESSION_KEY, variables))
        .getId();
    completeSessionTask(instance, "PrepareAgenda", secretariat, Map.of(SessionVariables.FREEZE_AGENDA, true),
        onUserTask);
    Map<String, Object> decided = new HashMap<>();
    decided.put(secretariat == JWG ? SessionVariables.JWG_ITEM_DECISION : SessionVariables.JCC_ITEM_DECISION,
        decision);
    decided.put(SessionVariables.MINUTES_REF, secretariat.group() + " minutes, item on the benchmark's proposal");
    completeSessionTask(instance, "RecordDecision", secretariat, decided, onUserTask);
  }

  /** Claims and completes every open task of this key of the session, one after the other. */
  private void completeSessionTask(String instance, String taskKey, Official secretariat,
      Map<String, Object> variables, Runnable onUserTask) {
    as(secretariat, () -> {
      List<Task> open = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).list();
      if (open.isEmpty()) {
        throw new IllegalStateException("Session " + instance + " has no open " + taskKey + " task");
      }
      for (Task task : open) {
        tasks.claim(task.getId(), secretariat.userId());
        tasks.complete(task.getId(), variables);
        onUserTask.run();
      }
      return null;
    });
  }

  private void drive(String processInstanceId, Step step, Runnable onUserTask) {
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
        // A floor instance keeps what the app's process keeps of a completion: the decisions.
        tasks.complete(task.getId(), floorInstances.contains(processInstanceId) ? kept(step.variables())
            : step.variables());
        onUserTask.run();
      }
      return null;
    });
  }

  private static Map<String, Object> kept(Map<String, Object> values) {
    Map<String, Object> kept = new java.util.HashMap<>(values);
    kept.keySet().retainAll(KEPT);
    return kept;
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

  /** The proposal's own steps up to the JWG's wait, with today's dates (in Pakistan): a run may cross midnight there. */
  static List<Step> toCommittees(LocalDate today) {
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
            MINISTRY_COMMENTS, "No objection from the ministry's side"), 4));
  }

  /** The proposal's last step, after the JCC's approval. */
  static Step allotmentLetter(LocalDate today) {
    return new Step("IssueAllotmentLetter", SEZA, Map.of(ALLOTMENT_LETTER_NO, "SEZA/ALT/2026/0042",
        ALLOTMENT_LETTER_DATE, today.toString()), 1);
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
