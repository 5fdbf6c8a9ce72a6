package org.sezflow.committee;

import static org.sezflow.variables.SessionVariables.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.Task;
import org.sezflow.SezFlowApplication;
import org.sezflow.proposal.ProposalEvent;
import org.sezflow.proposal.ProposalEvents;
import org.sezflow.system.ConcurrencyFailures;
import org.sezflow.system.PakistanTime;
import org.sezflow.system.ProblemException;
import org.sezflow.variables.ProcessVariables;
import org.sezflow.workflow.ProposalFixturesAccess;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Randomised interleavings of the committees' sessions on two nodes sharing one database (issue
 * 21): each round two changes, chosen at random from what the world allows (a consultation or a
 * revision completed, so that a proposal starts waiting; a session scheduled, its agenda changed or
 * frozen; an item decided; a proposal withdrawn), run at the same moment, one on each node. A change
 * may be refused (its target moved meanwhile: 4xx, a lost race), never fail otherwise. Then every
 * open session is frozen and decided, and the invariants are checked: every session closes; each
 * decision reaches its proposal exactly once; no proposal waits while a session that was gathering
 * when it started waiting closed without it; at most one open agenda item per proposal and
 * committee; the zone's land account replays from its event log. The seed is printed, so that a
 * failing run can be played again.
 */
public final class SessionInterleaving {

  /** A node: its name, its own engine on the shared database, and its door for the sponsors' events. */
  public record Node(String name, ProcessEngine engine, ProposalEvents events) {}

  /** What a run came to: rounds, time taken, each change's outcomes by kind, and what broke. */
  public record Outcome(long seed, int rounds, long millis, Map<String, Integer> outcomes, List<String> failures) {}

  static final String ZONE = "AIIC";
  static final double ACRES = 0.25;
  private static final String PROPOSAL_KEY = ProcessVariables.PROCESS_KEY;

  private final List<Node> nodes;
  private final JdbcClient jdbc;
  private final long seed;
  private final Random random;
  private final List<String> proposals = Collections.synchronizedList(new ArrayList<>());
  private final List<Long> sessions = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, Integer> outcomes = Collections.synchronizedMap(new TreeMap<>());
  private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

  public SessionInterleaving(List<Node> nodes, JdbcClient jdbc, long seed) {
    this.nodes = nodes;
    this.jdbc = jdbc;
    this.seed = seed;
    this.random = new Random(seed);
  }

  /** Runs the rounds, closes every session and checks the invariants. */
  public Outcome run(int rounds) {
    long started = System.nanoTime();
    for (int round = 0; round < rounds && failures.isEmpty(); round++) {
      if (openProposals().size() < 6 || random.nextInt(4) == 0) {
        newProposal();
      }
      List<Change> changes = List.of(pick(), pick());
      race(round, changes);
    }
    drain();
    checkInvariants();
    return new Outcome(seed, rounds, (System.nanoTime() - started) / 1_000_000, new TreeMap<>(outcomes),
        List.copyOf(failures));
  }

  /**
   * A node of the application of its own on the database of {@code dataDir} (H2; the mysql profile's
   * database when it is active): its engine named apart and no web apps, since Camunda registers
   * engines and web apps JVM-wide by name (see OverviewAcrossNodesTest).
   */
  public static ConfigurableApplicationContext node(String dataDir, String engineName, boolean jobExecutor) {
    return new SpringApplicationBuilder(SezFlowApplication.class).run("--sezflow.data-dir=" + dataDir,
        "--server.port=0", "--camunda.bpm.process-engine-name=" + engineName, "--camunda.bpm.webapp.enabled=false",
        "--camunda.bpm.job-execution.enabled=" + jobExecutor);
  }

  /** Withdraws the run's proposals still running and ends its sessions, so later tests find none of them. */
  public void cleanUp() {
    ProcessEngine engine = engine(0);
    for (String reference : proposals()) {
      if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference).count() > 0) {
        try {
          engine.getRuntimeService().createMessageCorrelation(ProcessVariables.MESSAGE_PROPOSAL_WITHDRAWN)
              .processInstanceBusinessKey(reference).correlate();
        } catch (RuntimeException refused) {
          System.err.println("Could not withdraw " + reference + " after the interleavings: " + refused);
        }
      }
    }
    SessionFixtures.end(engine, jdbc, sessions());
  }

  /** The proposals and sessions the run made, for the test's clean-up. */
  public List<String> proposals() {
    return List.copyOf(proposals);
  }

  public List<Long> sessions() {
    return List.copyOf(sessions);
  }

  // --- the changes -----------------------------------------------------------------------------

  /** One change, chosen against the world as it was read before the round. */
  record Change(String kind, String target, NodeWork work) {}

  @FunctionalInterface
  interface NodeWork {
    void on(ProcessEngine engine);
  }

  private Change pick() {
    List<Change> candidates = new ArrayList<>();
    List<String> running = openProposals();
    List<Task> proposalTasks = engine(0).getTaskService().createTaskQuery().processDefinitionKey(PROPOSAL_KEY)
        .taskDefinitionKeyIn("ConsultMinistry", "ReviseProposal").list().stream()
        .filter(t -> proposals.contains(businessKey(t))).toList();
    if (!proposalTasks.isEmpty()) {
      Task task = proposalTasks.get(random.nextInt(proposalTasks.size()));
      Change advance = new Change("advance", task.getTaskDefinitionKey(), engine -> engine.getTaskService().complete(
          task.getId(), task.getTaskDefinitionKey().equals("ReviseProposal")
              ? Map.of(ProcessVariables.REVISION_NOTES, "Revised as the JWG asked")
              : ProposalFixturesAccess.ministryOpinion("SUPPORT")));
      addWeighted(candidates, advance, 3);
    }
    for (Committee committee : Committee.values()) {
      List<Long> open = openSessions(committee);
      // At most one session of a committee gathering at a time, and two open: most rounds then decide.
      if (open.size() < 2 && open.stream().noneMatch(id -> status(id).equals("SCHEDULED"))) {
        addWeighted(candidates, new Change("schedule", committee.name(), engine -> sessions.add(SessionFixtures
            .sessionOf(engine, engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY,
                SessionFixtures.start(committee, 0, 0)).getId()))),
            1);
      }
    }
    for (long session : openSessions(null)) {
      String status = status(session);
      Task prepare = task(session, "PrepareAgenda");
      if (status.equals("SCHEDULED") && prepare != null) {
        addWeighted(candidates, new Change("freeze", "session " + session, engine -> engine.getTaskService()
            .complete(prepare.getId(), Map.of(FREEZE_AGENDA, true))), 1);
        Change change = agendaChange(session, prepare);
        if (change != null) {
          candidates.add(change);
        }
      }
      for (Task decision : tasks(session, "RecordDecision")) {
        addWeighted(candidates, decide(session, decision, false), 2);
      }
    }
    if (!running.isEmpty()) {
      String reference = running.get(random.nextInt(running.size()));
      // Through the door the investor portal uses (POST .../events/withdrawal): the proposal's row first.
      candidates.add(new Change("withdraw", reference, engine -> events(engine).send(reference,
          new ProposalEvent.Withdrawal("Withdrawn in the interleaving test"))));
    }
    return candidates.isEmpty() ? new Change("nothing", "", engine -> {}) : candidates.get(random.nextInt(
        candidates.size()));
  }

  /** Takes one item off the scheduled agenda, or adds one proposal waiting for the committee on no agenda. */
  private Change agendaChange(long session, Task prepare) {
    Committee committee = Committee.valueOf(jdbc.sql("SELECT committee FROM sez_committee_session WHERE id = ?")
        .param(session).query(String.class).single());
    List<String> on = jdbc.sql("SELECT proposal_ref FROM sez_agenda_item WHERE session_id = ? AND open_key IS NOT NULL "
        + "AND removed_at IS NULL AND withdrawn_at IS NULL").param(session).query(String.class).list();
    List<String> waiting = jdbc.sql("SELECT w.proposal_ref FROM sez_committee_waiting w WHERE w.committee = ? AND NOT "
        + "EXISTS (SELECT 1 FROM sez_agenda_item i WHERE i.open_key = CONCAT(w.committee, ':', w.proposal_ref))")
        .param(committee.name()).query(String.class).list().stream().filter(proposals::contains).toList();
    Map<String, Object> change = new HashMap<>();
    if (!on.isEmpty() && (waiting.isEmpty() || random.nextBoolean())) {
      change.put(REMOVE_PROPOSAL_REFS, on.get(random.nextInt(on.size())));
      change.put(REMOVE_REASON, "Taken off in the interleaving test");
    } else if (!waiting.isEmpty()) {
      change.put(ADD_PROPOSAL_REFS, waiting.get(random.nextInt(waiting.size())));
      change.put(ADD_REASON, "Added in the interleaving test");
    } else {
      return null;
    }
    return new Change("change agenda", "session " + session, engine -> engine.getTaskService()
        .complete(prepare.getId(), change));
  }

  /** Records a decision on the item of a "Record decision" task; in the drain, one that moves the proposal on. */
  private Change decide(long session, Task task, boolean forward) {
    Committee committee = Committee.valueOf(jdbc.sql("SELECT committee FROM sez_committee_session WHERE id = ?")
        .param(session).query(String.class).single());
    List<String> choices = committee.decisions();
    String decision = forward ? choices.get(0) : weighted(committee);
    Map<String, Object> values = new HashMap<>();
    values.put(decisionField(committee), decision);
    values.put(MINUTES_REF, "Minutes of session " + session + ", task " + task.getId());
    if (org.sezflow.committee.SessionDecision.REASONED.contains(decision)) {
      values.put(DECISION_REASON, "The committee's reasons in the interleaving test");
    }
    return new Change("decide " + decision, "session " + session, engine -> engine.getTaskService()
        .complete(task.getId(), values));
  }

  private String weighted(Committee committee) {
    int roll = random.nextInt(10);
    return switch (committee) {
      case JWG -> roll < 6 ? "ENDORSE" : roll < 8 ? "SEND_BACK" : "REJECT";
      case JCC -> roll < 5 ? "APPROVE" : roll < 8 ? "DEFER" : "REJECT";
    };
  }

  /** The two changes at the same moment, one on each node; a refusal is counted, any other failure recorded. */
  private void race(int round, List<Change> changes) {
    CountDownLatch go = new CountDownLatch(1);
    List<CompletableFuture<Void>> done = new ArrayList<>();
    for (int i = 0; i < changes.size(); i++) {
      Change change = changes.get(i);
      Node node = nodes.get(i % nodes.size());
      done.add(CompletableFuture.runAsync(() -> {
        await(go);
        outcome(round, node, change, () -> change.work().on(node.engine()));
      }));
    }
    go.countDown();
    done.forEach(f -> f.orTimeout(120, TimeUnit.SECONDS).join());
  }

  private void outcome(int round, Node node, Change change, Runnable work) {
    try {
      work.run();
      count(change.kind() + ": done");
    } catch (RuntimeException refused) {
      String expected = expectedRefusal(refused);
      if (expected != null) {
        count(change.kind() + ": " + expected);
      } else {
        failures.add("seed " + seed + ", round " + round + ", " + node.name() + ": " + change.kind() + " "
            + change.target() + " failed: " + describe(refused));
      }
    }
  }

  /**
   * What kind of refusal the error is, if it is one a client is told as a 4xx: the rule refused it
   * (its target moved meanwhile), the task was done by the other node, or the race was lost (409).
   */
  static String expectedRefusal(Throwable error) {
    if (ConcurrencyFailures.isConcurrencyFailure(error)) {
      return "lost race";
    }
    for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof ProblemException problem && problem.getStatusCode().is4xxClientError()) {
        return "refused " + problem.getStatusCode().value();
      }
      if (cause instanceof org.sezflow.system.EngineRestErrors.FieldProblems) {
        return "refused 400";
      }
      if (cause instanceof NotFoundException || cause instanceof NullValueException
          || cause instanceof MismatchingMessageCorrelationException || cause instanceof OptimisticLockingException) {
        return "gone meanwhile";
      }
    }
    return null;
  }

  // --- the drain and the invariants --------------------------------------------------------------

  /** Freezes every open session and decides every item, forward, until all are closed (or one is stuck). */
  private void drain() {
    for (int pass = 0; pass < 30 && !openSessions(null).isEmpty(); pass++) {
      for (long session : openSessions(null)) {
        Task prepare = task(session, "PrepareAgenda");
        if (prepare != null) {
          outcome(-1, nodes.get(0), new Change("drain freeze", "session " + session, engine -> {}),
              () -> engine(0).getTaskService().complete(prepare.getId(), Map.of(FREEZE_AGENDA, true)));
        }
        for (Task decision : tasks(session, "RecordDecision")) {
          Change change = decide(session, decision, true);
          outcome(-1, nodes.get(0), change, () -> change.work().on(engine(0)));
        }
      }
    }
    for (long session : openSessions(null)) {
      failures.add("seed " + seed + ": session " + session + " never closed: " + status(session) + ", tasks "
          + engine(0).getTaskService().createTaskQuery().processInstanceId(instance(session)).list().stream()
              .map(Task::getTaskDefinitionKey).toList()
          + ", items " + jdbc.sql("SELECT proposal_ref, decision, "
              + "withdrawn_at, removed_at FROM sez_agenda_item WHERE session_id = ?").param(session).query()
              .listOfRows());
    }
  }

  private void checkInvariants() {
    decisionsReachTheirProposalsOnce();
    noWaitSkippedBySessionGatheringWhenItBegan();
    atMostOneOpenItem();
    landReplaysFromTheEventLog();
  }

  /** Each decided item of a closed session is in its proposal's decision log once, unless it was closed before. */
  private void decisionsReachTheirProposalsOnce() {
    for (Map<String, Object> item : jdbc.sql("""
        SELECT i.proposal_ref, i.decision, i.minutes_ref, i.delivered_at, s.committee, s.session_number
        FROM sez_agenda_item i JOIN sez_committee_session s ON s.id = i.session_id
        WHERE i.decision IS NOT NULL AND i.withdrawn_at IS NULL AND i.removed_at IS NULL""").query().listOfRows()) {
      String reference = (String) item.get("proposal_ref");
      if (!proposals.contains(reference)) {
        continue;
      }
      Committee committee = Committee.valueOf((String) item.get("committee"));
      CommitteeSession cited = new CommitteeSession(0, committee, ((Number) item.get("session_number")).intValue(),
          null, null, null, null, null, null, null, null, null, null, null, null);
      String grounds = cited.citation() + ", minutes " + item.get("minutes_ref");
      long logged = jdbc.sql("SELECT COUNT(*) FROM sez_proposal_decision WHERE proposal_ref = ? AND step = ? AND "
          + "outcome = ? AND reason LIKE ?").params(reference, committee.step().name(), item.get("decision"),
              grounds + "%")
          .query(Long.class).single();
      Object delivered = item.get("delivered_at"); // Timestamp on H2, LocalDateTime on MySQL: passed back as read
      long closedBefore = delivered == null ? 0 : jdbc.sql("SELECT COUNT(*) FROM sez_proposal_decision WHERE "
          + "proposal_ref = ? AND step = 'CLOSURE' AND decided_at <= ?").params(reference, delivered)
          .query(Long.class).single();
      if (logged > 1 || delivered != null && closedBefore == 0 && logged != 1) {
        failures.add("seed " + seed + ": " + grounds + " (" + item.get("decision") + ") reached " + reference + " "
            + logged + " times");
      }
    }
  }

  /**
   * A proposal that waits now, on no agenda, began waiting when no session of its committee was
   * gathering (scheduled before, not frozen yet, its cut-off not passed), or such a session had
   * it: then some session has an item of it placed since.
   */
  private void noWaitSkippedBySessionGatheringWhenItBegan() {
    LocalDate today = PakistanTime.today(java.time.Clock.systemUTC());
    if (sessions().isEmpty()) {
      return;
    }
    for (Map<String, Object> wait : jdbc.sql("""
        SELECT w.proposal_ref, w.committee, w.since FROM sez_committee_waiting w
        WHERE NOT EXISTS (SELECT 1 FROM sez_agenda_item i WHERE i.open_key = CONCAT(w.committee, ':', w.proposal_ref))
        """).query().listOfRows()) {
      String reference = (String) wait.get("proposal_ref");
      if (!proposals.contains(reference)) {
        continue;
      }
      Object since = wait.get("since"); // passed back to the queries as read
      // This run's sessions only: on MySQL the database holds other tests' sessions, ended by their clean-up.
      long gathering = jdbc
          .sql("SELECT COUNT(*) FROM sez_committee_session WHERE id IN (:ids) AND committee = :committee"
              + " AND scheduled_at < :since AND (agenda_frozen_at IS NULL OR agenda_frozen_at > :since)"
              + " AND (closed_at IS NULL OR closed_at > :since) AND agenda_cut_off >= :today")
          .param("ids", sessions()).param("committee", wait.get("committee")).param("since", since)
          .param("today", today).query(Long.class).single();
      long placedSince = jdbc.sql("SELECT COUNT(*) FROM sez_agenda_item i JOIN sez_committee_session s ON s.id = "
          + "i.session_id WHERE i.proposal_ref = ? AND s.committee = ? AND i.added_at >= ?")
          .params(reference, wait.get("committee"), since).query(Long.class).single();
      if (gathering > 0 && placedSince == 0) {
        failures.add("seed " + seed + ": " + reference + " waits for the " + wait.get("committee") + " since " + since
            + " on no agenda, although " + gathering + " session(s) were gathering then");
      }
    }
  }

  private void atMostOneOpenItem() {
    List<Map<String, Object>> doubles = jdbc.sql("""
        SELECT i.proposal_ref, s.committee, COUNT(*) AS items FROM sez_agenda_item i
        JOIN sez_committee_session s ON s.id = i.session_id
        WHERE s.status <> 'CLOSED' AND i.removed_at IS NULL AND i.withdrawn_at IS NULL
        GROUP BY i.proposal_ref, s.committee HAVING COUNT(*) > 1""").query().listOfRows();
    if (!doubles.isEmpty()) {
      failures.add("seed " + seed + ": proposals on two open agendas of a committee: " + doubles);
    }
    long openOnClosed = jdbc.sql("SELECT COUNT(*) FROM sez_agenda_item i JOIN sez_committee_session s ON s.id = "
        + "i.session_id WHERE s.status = 'CLOSED' AND i.open_key IS NOT NULL").query(Long.class).single();
    if (openOnClosed > 0) {
      failures.add("seed " + seed + ": " + openOnClosed + " items still open on closed sessions");
    }
  }

  /**
   * The zone's land account is what its event log adds up to: each reservation, allocation and
   * release moves the account by its acres from the figures the event before left, never below
   * zero, and the last figures are the zone's.
   */
  private void landReplaysFromTheEventLog() {
    BigDecimal reserved = BigDecimal.ZERO;
    BigDecimal allocated = BigDecimal.ZERO;
    for (Map<String, Object> event : jdbc.sql("SELECT id, event_type, acres, reserved_after, allocated_after FROM "
        + "sez_zone_event WHERE zone_code = ? AND event_type IN ('LAND_RESERVED', 'LAND_ALLOCATED', 'LAND_RELEASED') "
        + "ORDER BY id").param(ZONE).query().listOfRows()) {
      BigDecimal acres = (BigDecimal) event.get("acres");
      BigDecimal reservedAfter = (BigDecimal) event.get("reserved_after");
      BigDecimal allocatedAfter = (BigDecimal) event.get("allocated_after");
      boolean consistent = switch ((String) event.get("event_type")) {
        case "LAND_RESERVED" -> same(reservedAfter, reserved.add(acres)) && same(allocatedAfter, allocated);
        case "LAND_ALLOCATED" -> same(reservedAfter, reserved.subtract(acres))
            && same(allocatedAfter, allocated.add(acres));
        default -> same(reservedAfter, reserved.subtract(acres)) && same(allocatedAfter, allocated)
            || same(reservedAfter, reserved) && same(allocatedAfter, allocated.subtract(acres));
      };
      if (!consistent || reservedAfter.signum() < 0 || allocatedAfter.signum() < 0) {
        failures.add("seed " + seed + ": zone event " + event + " does not follow from reserved " + reserved
            + ", allocated " + allocated);
        return;
      }
      reserved = reservedAfter;
      allocated = allocatedAfter;
    }
    Map<String, Object> zone = jdbc.sql("SELECT reserved_acres, allocated_acres FROM sez_zone WHERE code = ?")
        .param(ZONE).query().singleRow();
    if (!same((BigDecimal) zone.get("reserved_acres"), reserved)
        || !same((BigDecimal) zone.get("allocated_acres"), allocated)) {
      failures.add("seed " + seed + ": zone " + ZONE + " holds " + zone + ", its log adds up to reserved " + reserved
          + ", allocated " + allocated);
    }
  }

  // --- the world -------------------------------------------------------------------------------

  /**
   * A new proposal, driven to its last consultation: completing it (a change of a later round) makes
   * the proposal wait for the JWG.
   */
  private void newProposal() {
    ProcessEngine engine = engine(0);
    String reference = engine.getRuntimeService().startProcessInstanceByKey(PROPOSAL_KEY,
        ProposalFixturesAccess.textilesJv(ZONE, ACRES)).getBusinessKey();
    proposals.add(reference);
    complete(engine, reference, "ScreenProposal", ProposalFixturesAccess.screening("ACCEPT", "Accepted for the test"));
    complete(engine, reference, "PrepareMou", ProposalFixturesAccess.mouPrepared());
    complete(engine, reference, "RecordMouSigning", ProposalFixturesAccess.mouSigned());
    List<Task> consultations = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference)
        .taskDefinitionKey("ConsultMinistry").list();
    for (Task consultation : consultations.subList(1, consultations.size())) {
      engine.getTaskService().complete(consultation.getId(), ProposalFixturesAccess.ministryOpinion("SUPPORT"));
    }
  }

  private static void complete(ProcessEngine engine, String reference, String taskKey, Map<String, Object> values) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference)
        .taskDefinitionKey(taskKey).singleResult();
    engine.getTaskService().complete(task.getId(), values);
  }

  private List<String> openProposals() {
    return engine(0).getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROPOSAL_KEY).list()
        .stream().map(pi -> pi.getBusinessKey()).filter(proposals::contains).toList();
  }

  private List<Long> openSessions(Committee committee) {
    List<Long> ids = new ArrayList<>(sessions);
    return ids.stream().filter(id -> !status(id).equals("CLOSED"))
        .filter(id -> committee == null || committee.name().equals(jdbc.sql(
            "SELECT committee FROM sez_committee_session WHERE id = ?").param(id).query(String.class).single()))
        .toList();
  }

  private String status(long session) {
    return jdbc.sql("SELECT status FROM sez_committee_session WHERE id = ?").param(session).query(String.class)
        .single();
  }

  private String instance(long session) {
    return jdbc.sql("SELECT process_instance_id FROM sez_committee_session WHERE id = ?").param(session)
        .query(String.class).single();
  }

  private Task task(long session, String key) {
    List<Task> found = tasks(session, key);
    return found.isEmpty() ? null : found.get(0);
  }

  private List<Task> tasks(long session, String key) {
    return engine(0).getTaskService().createTaskQuery().processInstanceId(instance(session)).taskDefinitionKey(key)
        .list();
  }

  private String businessKey(Task task) {
    org.camunda.bpm.engine.runtime.ProcessInstance instance = engine(0).getRuntimeService()
        .createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
    return instance == null ? null : instance.getBusinessKey();
  }

  private ProcessEngine engine(int node) {
    return nodes.get(node).engine();
  }

  private ProposalEvents events(ProcessEngine engine) {
    return nodes.stream().filter(node -> node.engine() == engine).findFirst().orElseThrow().events();
  }

  private void count(String outcome) {
    outcomes.merge(outcome, 1, Integer::sum);
  }

  private static void addWeighted(List<Change> candidates, Change change, int weight) {
    for (int i = 0; i < weight; i++) {
      candidates.add(change);
    }
  }

  private static boolean same(BigDecimal a, BigDecimal b) {
    return a != null && b != null && a.compareTo(b) == 0;
  }

  private static String describe(Throwable error) {
    StringBuilder text = new StringBuilder(error.toString());
    for (Throwable cause = error.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
      text.append(" <- ").append(cause);
    }
    StackTraceElement[] trace = error.getStackTrace();
    for (int i = 0; i < Math.min(6, trace.length); i++) {
      text.append("\n    at ").append(trace[i]);
    }
    return text.toString();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
