package org.sezflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.sezflow.variables.OlderModels.*;
import static org.sezflow.variables.ProcessVariables.*;
import static org.sezflow.workflow.ProposalFixtures.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sezflow.committee.Committee;
import org.sezflow.committee.CommitteeSessions;
import org.sezflow.committee.SessionDriver;
import org.sezflow.engine.ProcessResourceDeployer;
import org.sezflow.engine.TaskInputException;
import org.sezflow.proposal.Decision;
import org.sezflow.proposal.MouVenue;
import org.sezflow.proposal.Proposal;
import org.sezflow.proposal.ProposalReads;
import org.sezflow.proposal.ProposalStatus;
import org.sezflow.sla.TaskEscalationService;
import org.sezflow.zone.LandAccount;
import org.sezflow.zone.LandAccountService;
import org.sezflow.zone.PipelineStage;
import org.sezflow.zone.ZoneChangeCause;
import org.sezflow.zone.ZoneRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One test per path of the JV lifecycle. Each asserts the tasks reached, the variables, the
 * proposal record, and the zone's land account and event log at the end.
 */
@SpringBootTest
class JvProposalProcessTest {

  static final String PMU = "pmu.officer";
  static final String ZONE = "AIIC";

  @Autowired
  ProcessEngine processEngine;

  @Autowired
  ProposalReads proposals;

  @Autowired
  ZoneRegistry zones;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  TaskEscalationService escalations;

  @Autowired
  LandAccountService landAccounts;

  @Autowired
  CommitteeSessions committeeSessions;

  LandAccount before;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    before = land(ZONE);
  }

  @AfterEach
  void logOut() {
    processEngine.getIdentityService().clearAuthentication();
  }

  // --- paths -------------------------------------------------------------------------------

  @Test
  void happyPathToAllocation() {
    ProcessInstance pi = start(imagingJv(ZONE, 25));
    String ref = pi.getBusinessKey();
    assertThat(ref).matches("JV-\\d{4}-\\d{6}");
    assertThat(pi).isWaitingAt("ScreenProposal").hasVariables(ELIGIBLE, ELIGIBILITY_REASON);
    assertThat(pi).variables().containsEntry(ELIGIBLE, true).containsEntry(PROPOSAL_REF, ref)
        .containsEntry(ELIGIBILITY_REASON, "A Smart SEZ sector in a zone designated a Smart SEZ");
    // The screening form shows the incentives and the zone's free land, read from the records.
    Map<String, Object> shown = formService().getTaskFormVariables(task().getId());
    assertThat((String) shown.get(INCENTIVES)).contains("customs duties", "income tax for 10 years");
    assertThat((Double) shown.get(ZONE_FREE_ACRES)).isEqualTo(zones.zone(ZONE).land().freeAcres().doubleValue());
    assertThat(task()).hasCandidateGroup("boi-pmu").hasDueDate(task().getDueDate());
    assertThat(task().getDueDate()).isNotNull();
    assertThat(proposal(ref).stage()).isEqualTo(PipelineStage.SCREENING);

    screen(pi, "ACCEPT");
    assertThat(pi).isWaitingAt("PrepareMou");
    assertThat(land(ZONE).reservedAcres()).isEqualByComparingTo(before.reservedAcres().add(new BigDecimal("25")));
    assertThat(proposal(ref).stage()).isEqualTo(PipelineStage.MOU);

    complete(task(), mouPrepared());
    assertThat(pi).isWaitingAt("RecordMouSigning");
    complete(task(), mouSigned());
    assertThat(pi).isWaitingAt("ConsultMinistry");
    assertThat(proposal(ref).mou().venue()).isEqualTo(MouVenue.BOTH);
    consultMinistries(pi, "SUPPORT");
    // No task of its own at the committees: the proposal waits for their sessions' decisions.
    assertThat(pi).isWaitingAt("JwgSessionDecided").hasPassed("WaitForJwgSession");
    assertThat(taskQuery().processInstanceId(pi.getId()).count()).isZero();

    long jwgSession = sessions().decide(Committee.JWG, ref, "ENDORSE");
    assertThat(pi).isWaitingAt("JccSessionDecided").hasPassed("RecordJwgDecision", "WaitForJccSession");
    assertThat(proposal(ref).stage()).isEqualTo(PipelineStage.JCC_DECISION);
    assertThat(lastDecision(ref).reason()).startsWith(sessionCitation(jwgSession) + ", minutes Minutes of session "
        + jwgSession);

    sessions().decide(Committee.JCC, ref, "APPROVE");
    assertThat(pi).isWaitingAt("IssueAllotmentLetter").hasPassed("RecordJccDecision");
    assertThat(task()).hasCandidateGroup("sez-authority");
    String plot = (String) formService().getTaskFormVariables(task().getId()).get(PLOT_NUMBER);
    assertThat(plot).isEqualTo(proposal(ref).plotNumber());
    assertThat(plot).matches("AIIC-P\\d{4}");

    complete(task(), allotmentLetter());
    assertThat(pi).isEnded().hasPassed("AllocatePlot", "RecordAllotmentLetter", "NotifyPartners")
        .hasPassed("ZoneEnterpriseEstablished");

    Proposal done = proposal(ref);
    assertThat(done.stage()).isEqualTo(PipelineStage.ZONE_ENTERPRISE);
    assertThat(done.status()).isEqualTo(ProposalStatus.ZONE_ENTERPRISE);
    assertThat(done.plotNumber()).isEqualTo(plot);
    assertThat(done.constructionDeadline()).isEqualTo(today().plusMonths(24));
    assertThat(done.closedAt()).isNotNull();
    assertThat(proposals.notifications(ref)).hasSize(3);
    assertThat(proposals.decisions(ref)).extracting(Decision::step).containsSubsequence(
        "SUBMISSION", "ELIGIBILITY", "SCREENING", "LAND_RESERVATION", "MOU_PREPARATION", "MOU_SIGNING",
        "MINISTRY_CONSULTATION", "JWG_REVIEW", "JCC_DECISION", "ALLOCATION", "ALLOTMENT");
    assertThat(proposals.decisions(ref)).filteredOn(d -> d.step().equals("SCREENING"))
        .extracting(Decision::decidedBy).containsExactly(PMU);

    LandAccount after = land(ZONE);
    assertThat(after.reservedAcres()).isEqualByComparingTo(before.reservedAcres());
    assertThat(after.allocatedAcres()).isEqualByComparingTo(before.allocatedAcres().add(new BigDecimal("25")));
    assertThat(landEvents(ref)).containsExactly("LAND_RESERVED", "LAND_ALLOCATED");

    // Tasklist shows only plain values in forms: no variable may be a serialized Java object.
    assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .disableCustomObjectDeserialization().list())
        .isNotEmpty()
        .allSatisfy(v -> assertThat(v.getTypeName()).as(v.getName()).isIn("string", "boolean", "integer", "long",
            "double", "date", "null"));
  }

  @Test
  void theTablesDeployedWithTheProcessDecideEligibilityAsThePmuStartsIt() {
    // Dhabeji does not list textiles. The PMU, who holds no right on any decision definition,
    // starts it: the business rule tasks evaluate the tables as part of the process.
    ProcessInstance pi = start(textilesJv("DSEZ", 10));
    String ref = pi.getBusinessKey();

    assertThat(pi).isWaitingAt("ScreenProposal").hasPassed("RegisterProposal", "AssessEligibility",
        "DetermineIncentives");
    assertThat(pi).variables().containsEntry(ELIGIBLE, false)
        .containsEntry(ELIGIBILITY_REASON, "The sector is not among the zone's target sectors")
        .doesNotContainKeys(INCENTIVES, ZONE_IS_SMART_SEZ, PAKISTANI_EQUITY_PCT, CHINESE_EQUITY_PCT, ZONE_SECTORS);
    // The table read its inputs from the records (transient: the process keeps none of them).
    Map<String, Object> inputs = new java.util.HashMap<>();
    historyService().createHistoricDecisionInstanceQuery().processInstanceId(pi.getId())
        .decisionDefinitionKey("jv-eligibility").includeInputs().singleResult().getInputs()
        .forEach(input -> inputs.put(input.getClauseName(), input.getValue()));
    assertThat(inputs).containsEntry("Zone is a Smart SEZ", false).containsEntry("Pakistani equity (%)", 51.0)
        .containsEntry("Chinese equity (%)", 49.0).containsEntry("Sector listed by the zone", false);
    Proposal proposal = proposal(ref);
    assertThat(proposal.eligible()).isFalse();
    assertThat(proposal.eligibilityReason()).isEqualTo("The sector is not among the zone's target sectors");
    assertThat(proposal.incentives()).isEqualTo("No incentives: the proposal does not meet the eligibility rules");
    assertThat(proposal.stage()).isEqualTo(PipelineStage.SCREENING);
    assertThat(proposals.decisions(ref)).extracting(Decision::step, Decision::outcome, Decision::decidedBy)
        .contains(tuple("ELIGIBILITY", "NOT_ELIGIBLE", PMU));

    // Each table evaluated is the one of the process version's own deployment (decisionRefBinding).
    String deploymentId = processEngine.getRepositoryService()
        .getProcessDefinition(pi.getProcessDefinitionId()).getDeploymentId();
    List<org.camunda.bpm.engine.history.HistoricDecisionInstance> evaluated = historyService()
        .createHistoricDecisionInstanceQuery().processInstanceId(pi.getId()).list();
    assertThat(evaluated).extracting(d -> d.getDecisionDefinitionKey(), d -> d.getActivityId())
        .containsExactlyInAnyOrder(tuple("jv-eligibility", "AssessEligibility"),
            tuple("jv-incentives", "DetermineIncentives"));
    assertThat(evaluated).allSatisfy(d -> assertThat(processEngine.getRepositoryService()
        .getDecisionDefinition(d.getDecisionDefinitionId()).getDeploymentId()).isEqualTo(deploymentId));
    withdraw(pi);
  }

  @Test
  void pmuRejection() {
    ProcessInstance pi = start(textilesJv(ZONE, 10));
    screen(pi, "REJECT");

    assertThat(pi).isEnded().hasPassed("RejectAtScreening", "RejectedAtScreening");
    assertClosed(pi.getBusinessKey(), PipelineStage.REJECTED);
    assertThat(lastDecision(pi.getBusinessKey()).reason()).startsWith("Rejected by the PMU at screening");
    assertThat(landEvents(pi.getBusinessKey())).isEmpty();
    assertThat(land(ZONE)).isEqualTo(before);
  }

  @Test
  void clarificationAnswered() {
    ProcessInstance pi = start(textilesJv(ZONE, 10));
    screen(pi, "CLARIFY");
    assertThat(pi).isWaitingAt("AwaitClarification").hasVariables(CLARIFICATION_DEADLINE);
    assertThat(proposal(pi.getBusinessKey()).stage()).isEqualTo(PipelineStage.CLARIFICATION);
    assertThat(proposals.notifications(pi.getBusinessKey())).singleElement()
        .satisfies(n -> assertThat(n.subject()).startsWith("Clarification requested"));

    runtimeService().createMessageCorrelation(MESSAGE_CLARIFICATION_ANSWERED)
        .processInstanceBusinessKey(pi.getBusinessKey())
        .setVariable(CLARIFICATION_RESPONSE, "The denim mill will source cotton from Punjab ginners.").correlate();

    assertThat(pi).isWaitingAt("ScreenProposal").hasPassed("RecordClarification");
    assertThat(proposal(pi.getBusinessKey()).stage()).isEqualTo(PipelineStage.SCREENING);
    assertThat(proposals.decisions(pi.getBusinessKey())).extracting(Decision::step, Decision::outcome)
        .contains(tuple("CLARIFICATION", "ANSWERED"));
    screen(pi, "ACCEPT");
    assertThat(pi).isWaitingAt("PrepareMou");
    withdraw(pi);
    assertThat(land(ZONE)).isEqualTo(before);
  }

  @Test
  void clarificationLapses() {
    ProcessInstance pi = start(textilesJv(ZONE, 10));
    screen(pi, "CLARIFY");
    execute(job("ClarificationDeadlinePassed", pi));

    assertThat(pi).isEnded().hasPassed("LapseAfterClarification", "LapsedAtClarification");
    assertClosed(pi.getBusinessKey(), PipelineStage.LAPSED);
    assertThat(lastDecision(pi.getBusinessKey()).reason()).contains("clarification");
    assertThat(land(ZONE)).isEqualTo(before);
  }

  @Test
  void notEnoughLandThenAnotherZone() {
    // Leave only 10 acres free in Bostan, then ask for 20 there.
    String filler = "FILL-" + System.nanoTime();
    LandAccount bostan = land("BSEZ");
    landAccounts().reserve("BSEZ", filler, bostan.freeAcres().subtract(BigDecimal.TEN), fillerCause(filler));
    try {
      LandAccount bostanFull = land("BSEZ");
      ProcessInstance pi = start(textilesJv("BSEZ", 20));
      screen(pi, "ACCEPT");

      assertThat(pi).isWaitingAt("ChooseZoneOrArea").hasPassed("NotEnoughLand");
      assertThat((String) formService().getTaskFormVariables(task().getId()).get(LAND_SHORTFALL))
          .contains("Zone BSEZ has 10.00 acres free");
      assertThat(proposal(pi.getBusinessKey()).stage()).isEqualTo(PipelineStage.LAND_RESERVATION);
      assertThat(land("BSEZ")).isEqualTo(bostanFull);

      complete(task(), Map.of(ZONE_CODE, ZONE, ACRES_REQUESTED, 20L, ZONE_CHOICE_DECISION, "RETRY",
          ZONE_CHOICE_REASON, "Bostan is full; AIIC has room for textiles"));
      assertThat(pi).isWaitingAt("PrepareMou");
      Proposal moved = proposal(pi.getBusinessKey());
      assertThat(moved.zoneCode()).isEqualTo(ZONE);
      assertThat(moved.stage()).isEqualTo(PipelineStage.MOU);
      assertThat(land(ZONE).reservedAcres()).isEqualByComparingTo(before.reservedAcres().add(new BigDecimal("20")));
      assertThat(land("BSEZ")).isEqualTo(bostanFull);
      assertThat(zoneEvents("BSEZ", pi.getBusinessKey())).contains("PIPELINE_CHANGED").doesNotContain("LAND_RESERVED");
      assertThat(zoneEvents(ZONE, pi.getBusinessKey())).contains("LAND_RESERVED");

      withdraw(pi);
      assertThat(land(ZONE)).isEqualTo(before);
    } finally {
      landAccounts().release(filler, fillerCause(filler));
    }
  }

  @Test
  void notEnoughLandThenRejected() {
    String filler = "FILL-" + System.nanoTime();
    LandAccount bostan = land("BSEZ");
    landAccounts().reserve("BSEZ", filler, bostan.freeAcres(), fillerCause(filler));
    try {
      ProcessInstance pi = start(textilesJv("BSEZ", 5));
      screen(pi, "ACCEPT");
      complete(task(), Map.of(ZONE_CODE, "BSEZ", ACRES_REQUESTED, 5L, ZONE_CHOICE_DECISION, "REJECT",
          ZONE_CHOICE_REASON, "No land in Bostan and the sponsor wants no other zone"));

      assertThat(pi).isEnded().hasPassed("RejectAtZoneChoice");
      assertClosed(pi.getBusinessKey(), PipelineStage.REJECTED);
      assertThat(lastDecision(pi.getBusinessKey()).reason())
          .isEqualTo("Rejected by the PMU for lack of land: No land in Bostan and the sponsor wants no other zone");
      assertThat(landEvents(pi.getBusinessKey())).isEmpty();
    } finally {
      landAccounts().release(filler, fillerCause(filler));
    }
  }

  @Test
  void mouSignedByMessage() {
    ProcessInstance pi = toMou();
    runtimeService().createMessageCorrelation(MESSAGE_MOU_SIGNED).processInstanceBusinessKey(pi.getBusinessKey())
        .setVariables(mouSigned()).correlate();

    assertThat(pi).isWaitingAt("ConsultMinistry").hasPassed("MouSignedElectronically", "StoreMouSigning")
        .hasNotPassed("RecordMouSigning", "MouSigningEntered");
    Proposal signed = proposal(pi.getBusinessKey());
    assertThat(signed.mou().signedOn()).isEqualTo(today());
    assertThat(signed.mou().witnesses()).contains("Secretary BOI");
    assertThat(signed.stage()).isEqualTo(PipelineStage.JWG_REVIEW);
    withdraw(pi);
  }

  @Test
  void mouSigningWithBadDataIsRefusedAndChangesNothing() {
    ProcessInstance pi = toMou();
    Map<String, Object> bad = new java.util.HashMap<>(mouSigned());
    bad.put(MOU_VENUE, "ON_THE_MOON");
    bad.put(MOU_SIGNED_ON, today().plusDays(3).toString());

    assertThatThrownBy(() -> runtimeService().createMessageCorrelation(MESSAGE_MOU_SIGNED)
        .processInstanceBusinessKey(pi.getBusinessKey()).setVariables(bad).correlate())
        .hasMessageContaining("mouSignedOn").hasMessageContaining("mouVenue");
    assertThat(pi).isWaitingAt("PrepareMou");
    assertThat(proposal(pi.getBusinessKey()).stage()).isEqualTo(PipelineStage.MOU);
    withdraw(pi);
  }

  @Test
  void mouDeadlineLapses() {
    ProcessInstance pi = toMou();
    execute(job("MouDeadlinePassed", pi));

    assertThat(pi).isEnded().hasPassed("LapseAfterMouDeadline", "LapsedAtMou");
    assertClosed(pi.getBusinessKey(), PipelineStage.LAPSED);
    assertThat(lastDecision(pi.getBusinessKey()).reason()).contains("MoU was not signed");
    assertThat(landEvents(pi.getBusinessKey())).containsExactly("LAND_RESERVED", "LAND_RELEASED");
    assertThat(land(ZONE)).isEqualTo(before);
  }

  @Test
  void jwgSendsBackThenEndorses() {
    ProcessInstance pi = toJwgSession();
    sessions().decide(Committee.JWG, pi.getBusinessKey(), "SEND_BACK");
    assertThat(pi).isWaitingAt("ReviseProposal");
    assertThat(task()).hasCandidateGroup("boi-pmu");

    complete(task(), Map.of(REVISION_NOTES, "Phasing revised: 15 acres now, 10 after three years"));
    assertThat(pi).isWaitingAt("ConsultMinistry");
    consultMinistries(pi, "CONCERNS");
    // Waiting for the JWG again: the next session's agenda takes it, its task shows the ministries' opinions.
    assertThat(pi).isWaitingAt("JwgSessionDecided");
    long session = sessions().frozenWith(Committee.JWG, pi.getBusinessKey());
    assertThat((String) formService().getTaskFormVariables(sessions().recordDecisionTask(session,
        pi.getBusinessKey()).getId()).get(MINISTRY_OPINIONS_SUMMARY)).contains("Ministry of Finance: CONCERNS");
    sessions().record(session, Committee.JWG, Map.of(pi.getBusinessKey(), "ENDORSE"));

    assertThat(pi).isWaitingAt("JccSessionDecided");
    assertThat(proposals.decisions(pi.getBusinessKey())).extracting(Decision::step, Decision::outcome)
        .containsSubsequence(tuple("JWG_REVIEW", "SEND_BACK"),
            tuple("REVISION", "REVISED"),
            tuple("JWG_REVIEW", "ENDORSE"));
    withdraw(pi);
  }

  @Test
  void jwgRejects() {
    ProcessInstance pi = toJwgSession();
    long session = sessions().decide(Committee.JWG, pi.getBusinessKey(), "REJECT");

    assertThat(pi).isEnded().hasPassed("RecordJwgDecision", "RejectAtJwg", "RejectedAtJwg");
    assertClosed(pi.getBusinessKey(), PipelineStage.REJECTED);
    assertThat(lastDecision(pi.getBusinessKey()).reason()).startsWith("Rejected by the " + sessionCitation(session)
        + ", minutes ");
    assertThat(landEvents(pi.getBusinessKey())).containsExactly("LAND_RESERVED", "LAND_RELEASED");
    assertThat(land(ZONE)).isEqualTo(before);
  }

  @Test
  void jccDefersThenTheNextSessionApproves() {
    ProcessInstance pi = toJcc();
    sessions().decide(Committee.JCC, pi.getBusinessKey(), "DEFER");
    // Back to waiting for the JCC: its next session gathers it.
    assertThat(pi).isWaitingAt("JccSessionDecided");
    assertThat(proposal(pi.getBusinessKey()).stage()).isEqualTo(PipelineStage.JCC_DECISION);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM sez_committee_waiting WHERE proposal_ref = ? AND committee = 'JCC'")
        .param(pi.getBusinessKey()).query(Long.class).single()).isEqualTo(1);

    sessions().decide(Committee.JCC, pi.getBusinessKey(), "APPROVE");

    assertThat(pi).isWaitingAt("IssueAllotmentLetter");
    assertThat(proposals.decisions(pi.getBusinessKey())).extracting(Decision::outcome)
        .containsSubsequence("DEFER", "APPROVE", "ALLOCATED");
    withdraw(pi);
    assertThat(land(ZONE)).isEqualTo(before);
  }

  @Test
  void jccRejects() {
    ProcessInstance pi = toJcc();
    long session = sessions().decide(Committee.JCC, pi.getBusinessKey(), "REJECT");

    assertThat(pi).isEnded().hasPassed("RejectAtJcc", "RejectedAtJcc");
    assertClosed(pi.getBusinessKey(), PipelineStage.REJECTED);
    assertThat(lastDecision(pi.getBusinessKey()).reason()).startsWith("Rejected by the " + sessionCitation(session));
    assertThat(land(ZONE)).isEqualTo(before);
  }

  @Test
  void theSweepEscalatesOverdueTasksOnce() {
    awaitNoScheduledSweep();
    ProcessInstance overdue = start(textilesJv(ZONE, 10));
    ProcessInstance onTime = start(textilesJv(ZONE, 10));
    Task screening = task(overdue);
    assertThat(screening.getPriority()).isEqualTo(50);
    // Whole seconds: Camunda's MySQL schema stores due dates without fractions.
    Date pastDue = Date.from(Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS));
    screening.setDueDate(pastDue);
    taskService().saveTask(screening);

    HistoricProcessInstance sweep = runSweep();

    assertThat(sweep.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
    assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(sweep.getId()).list())
        .extracting(HistoricActivityInstance::getActivityId)
        .contains("SweepDue", "EscalateOverdueTasks", "OverdueTasksEscalated");
    assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(sweep.getId())
        .variableName(TASKS_ESCALATED).singleResult().getValue()).isEqualTo(1);
    assertThat(taskQuery().taskId(screening.getId()).singleResult().getPriority()).isEqualTo(100);
    assertThat(task(onTime).getPriority()).isEqualTo(50);
    assertThat(escalations.escalations(overdue.getBusinessKey())).singleElement().satisfies(e -> {
      assertThat(e.taskId()).isEqualTo(screening.getId());
      assertThat(e.taskName()).isEqualTo("Screen proposal");
      assertThat(e.candidateGroup()).isEqualTo("boi-pmu");
      assertThat(e.priorityBefore()).isEqualTo(50);
      assertThat(e.priorityAfter()).isEqualTo(100);
      assertThat(e.dueAt()).isEqualTo(pastDue.toInstant());
    });
    assertThat(escalations.escalations(onTime.getBusinessKey())).isEmpty();

    // Someone lowers the escalated task's priority again: the next sweep leaves it alone.
    taskService().setPriority(screening.getId(), 50);
    HistoricProcessInstance again = runSweep();
    assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(again.getId())
        .variableName(TASKS_ESCALATED).singleResult().getValue()).isEqualTo(0);
    assertThat(escalations.escalations(overdue.getBusinessKey())).as("escalated once").hasSize(1);
    assertThat(taskQuery().taskId(screening.getId()).singleResult().getPriority()).isEqualTo(50);
    assertThat(overdue).isWaitingAt("ScreenProposal");
    withdraw(overdue);
    withdraw(onTime);
  }

  /**
   * Test contexts that run the job executor (and, on MySQL, share this database) fire the sweep
   * at each quarter hour; keep this test's overdue task out of their way.
   */
  private static void awaitNoScheduledSweep() {
    long quarterMillis = 15 * 60 * 1000;
    long sinceQuarter = System.currentTimeMillis() % quarterMillis;
    long untilNextQuarter = quarterMillis - sinceQuarter;
    try {
      if (sinceQuarter < 15_000) {
        Thread.sleep(15_000 - sinceQuarter);
      } else if (untilNextQuarter < 5_000) {
        Thread.sleep(untilNextQuarter + 15_000);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Runs the SLA sweep now, through its timer job, and returns the instance that the timer started. */
  private HistoricProcessInstance runSweep() {
    Job timer = jobQuery().processDefinitionKey(ESCALATION_PROCESS_KEY).singleResult();
    assertThat(timer).as("the sweep's timer is scheduled").isNotNull();
    Set<String> before =
        historyService().createHistoricProcessInstanceQuery().processDefinitionKey(ESCALATION_PROCESS_KEY)
            .list().stream().map(HistoricProcessInstance::getId).collect(Collectors.toSet());
    execute(timer);
    HistoricProcessInstance started = historyService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ESCALATION_PROCESS_KEY).list().stream().filter(h -> !before.contains(h.getId()))
        .collect(Collectors.collectingAndThen(Collectors.toList(), list -> {
          assertThat(list).as("one sweep started by the timer").hasSize(1);
          return list.get(0);
        }));
    assertThat(jobQuery().processDefinitionKey(ESCALATION_PROCESS_KEY).count()).as("the next sweep is scheduled")
        .isEqualTo(1);
    return started;
  }

  @Test
  void anInvalidSubmissionStartsNoProcessAndWritesNothing() {
    Map<String, Object> bad = textilesJv(ZONE, 10);
    bad.put(partnerEquityPct(1), 70.0);
    bad.put(partnerCountry(2), "OTHER");
    long instances = runtimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count();
    long proposalsBefore = jdbc.sql("SELECT COUNT(*) FROM sez_proposal").query(Long.class).single();

    assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(PROCESS_KEY, bad))
        .hasMessageContaining("partners");

    assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count())
        .isEqualTo(instances);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM sez_proposal").query(Long.class).single()).isEqualTo(proposalsBefore);
    assertThat(land(ZONE)).isEqualTo(before);
  }

  // --- instances of version 1.0 finish on it ----------------------------------------------------

  /**
   * Version 1.0 of the model gave each proposal its own "Review at JWG" and "Decide at JCC" tasks;
   * version 2.0 waits for sessions. A user task cannot be migrated to a message catch, so an
   * instance of 1.0 finishes on 1.0 (its forms are in its own deployment), while new proposals
   * start on 2.0. Here an instance of 1.0 goes through both of its committee tasks and a deferral.
   */
  @Test
  void anInstanceOfVersion1FinishesOnItsOwnTasksWhileNewProposalsWaitForSessions() throws Exception {
    String legacyDefinition = deployVersion1();
    ProcessInstance pi;
    try {
      processEngine.getIdentityService().setAuthentication(PMU, List.of("boi-pmu"));
      pi = runtimeService().startProcessInstanceById(legacyDefinition, textilesJv(ZONE, 7));
    } finally {
      processEngine.getIdentityService().clearAuthentication();
      redeployCurrentModel();
    }
    assertThat(processEngine.getRepositoryService().getProcessDefinition(pi.getProcessDefinitionId())
        .getVersionTag()).isEqualTo("1.0");
    assertThat(processEngine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY)
        .latestVersion().singleResult().getVersionTag()).isEqualTo("2.1");

    toConsultation(pi);
    consultMinistries(pi, "SUPPORT");
    assertThat(pi).isWaitingAt("ReviewAtJwg");
    complete(task(pi), Map.of(JWG_DECISION, "ENDORSE", JWG_COMMENTS, "Endorsed at the JWG"));
    assertThat(pi).isWaitingAt("DecideAtJcc");
    assertThat(task(pi)).hasCandidateGroup("jcc-secretariat");
    // Its form's rules still hold: a deferral needs the next session's date.
    assertThatThrownBy(() -> complete(task(pi), Map.of(JCC_DECISION, "DEFER", JCC_MINUTES, "Deferred")))
        .isInstanceOf(TaskInputException.class);
    complete(task(pi), Map.of(JCC_DECISION, "APPROVE", JCC_MINUTES, "Minutes of the JCC, item 7"));
    assertThat(pi).isWaitingAt("IssueAllotmentLetter");
    assertThat(proposal(pi.getBusinessKey()).stage()).isEqualTo(PipelineStage.ALLOCATION);
    assertThat(proposals.decisions(pi.getBusinessKey())).extracting(Decision::step, Decision::outcome)
        .containsSubsequence(tuple("JWG_REVIEW", "ENDORSE"), tuple("JCC_DECISION", "APPROVE"),
            tuple("ALLOCATION", "ALLOCATED"));

    // A proposal started now is on 2.1: no task at the JWG, a wait for its session.
    ProcessInstance current = toJwgSession();
    assertThat(processEngine.getRepositoryService().getProcessDefinition(current.getProcessDefinitionId())
        .getVersionTag()).isEqualTo("2.1");
    withdraw(current);
    withdraw(pi);
    assertThat(land(ZONE)).isEqualTo(before);
  }

  /** Deploys version 1.0 (kept under src/test/resources/legacy) with the forms and tables it binds to; its definition. */
  String deployVersion1() throws Exception {
    var deployment = processEngine.getRepositoryService().createDeployment().name("sez-flow-1.0-test");
    for (var resource : new ProcessResourceDeployer().findResources().entrySet()) {
      if (!resource.getKey().endsWith(".bpmn")) {
        deployment.addInputStream(resource.getKey(), new java.io.ByteArrayInputStream(resource.getValue()));
      }
    }
    for (String legacy : List.of("review-at-jwg.form", "decide-at-jcc.form")) {
      deployment.addClasspathResource("legacy/" + legacy);
    }
    deployment.addClasspathResource("legacy/jv-proposal-1.0.bpmn");
    return deployment.deployWithResult().getDeployedProcessDefinitions().stream()
        .filter(d -> d.getKey().equals(PROCESS_KEY)).findFirst().orElseThrow().getId();
  }

  /** Deploys the current model again, as the application does, so that it is the latest version once more. */
  void redeployCurrentModel() {
    var deployment = processEngine.getRepositoryService().createDeployment()
        .name(ProcessResourceDeployer.DEPLOYMENT_NAME).source(ProcessResourceDeployer.DEPLOYMENT_NAME);
    new ProcessResourceDeployer().findResources().forEach((name, bytes) -> deployment.addInputStream(name,
        new java.io.ByteArrayInputStream(bytes)));
    deployment.deploy();
  }

  // --- withdrawal at every stage --------------------------------------------------------------

  static Stream<String> waitStates() {
    return Stream.of("ScreenProposal", "AwaitClarification", "ChooseZoneOrArea", "PrepareMou", "RecordMouSigning",
        "ConsultMinistry", "JwgSessionDecided", "ReviseProposal", "JccSessionDecided", "IssueAllotmentLetter");
  }

  @ParameterizedTest
  @MethodSource("waitStates")
  void withdrawalAtEachStageReleasesTheLandOnce(String waitState) {
    String filler = "FILL-" + System.nanoTime();
    String zone = waitState.equals("ChooseZoneOrArea") ? "BSEZ" : ZONE;
    if (zone.equals("BSEZ")) {
      landAccounts().reserve("BSEZ", filler, land("BSEZ").freeAcres(), fillerCause(filler));
    }
    try {
      LandAccount zoneBefore = land(zone);
      ProcessInstance pi = driveTo(waitState, zone);
      assertThat(pi).isWaitingAt(waitState);
      boolean heldLand = !landEvents(pi.getBusinessKey()).isEmpty();

      runtimeService().createMessageCorrelation(MESSAGE_PROPOSAL_WITHDRAWN)
          .processInstanceBusinessKey(pi.getBusinessKey())
          .setVariable(WITHDRAWAL_REASON, "The partners dissolved the JV").correlate();

      assertThat(pi).isEnded().hasPassed("WithdrawProposal", "ProposalWithdrawn");
      assertClosed(pi.getBusinessKey(), PipelineStage.WITHDRAWN);
      assertThat(lastDecision(pi.getBusinessKey()).reason())
          .isEqualTo("Withdrawn by the sponsor: The partners dissolved the JV");
      assertThat(land(zone)).isEqualTo(zoneBefore);
      assertThat(landEvents(pi.getBusinessKey()).stream().filter("LAND_RELEASED"::equals).count())
          .isEqualTo(heldLand ? 1 : 0);
      assertThat(taskQuery().processInstanceId(pi.getId()).count()).isZero();
    } finally {
      landAccounts().release(filler, fillerCause(filler));
    }
  }

  // --- driving the process ---------------------------------------------------------------

  ProcessInstance driveTo(String waitState, String zone) {
    ProcessInstance pi = start(textilesJv(zone, 12));
    switch (waitState) {
      case "ScreenProposal" -> {}
      case "AwaitClarification" -> screen(pi, "CLARIFY");
      case "ChooseZoneOrArea" -> screen(pi, "ACCEPT");
      case "PrepareMou" -> screen(pi, "ACCEPT");
      case "RecordMouSigning" -> {
        screen(pi, "ACCEPT");
        complete(task(), mouPrepared());
      }
      case "ConsultMinistry" -> toConsultation(pi);
      case "JwgSessionDecided" -> {
        toConsultation(pi);
        consultMinistries(pi, "SUPPORT");
      }
      case "ReviseProposal" -> {
        toConsultation(pi);
        consultMinistries(pi, "SUPPORT");
        sessions().decide(Committee.JWG, pi.getBusinessKey(), "SEND_BACK");
      }
      case "JccSessionDecided" -> toJccFrom(pi);
      case "IssueAllotmentLetter" -> {
        toJccFrom(pi);
        sessions().decide(Committee.JCC, pi.getBusinessKey(), "APPROVE");
      }
      default -> throw new IllegalArgumentException(waitState);
    }
    return pi;
  }

  ProcessInstance toMou() {
    ProcessInstance pi = start(textilesJv(ZONE, 12));
    screen(pi, "ACCEPT");
    assertThat(pi).isWaitingAt("PrepareMou");
    return pi;
  }

  ProcessInstance toJwgSession() {
    ProcessInstance pi = start(textilesJv(ZONE, 12));
    toConsultation(pi);
    consultMinistries(pi, "SUPPORT");
    assertThat(pi).isWaitingAt("JwgSessionDecided");
    return pi;
  }

  ProcessInstance toJcc() {
    ProcessInstance pi = start(textilesJv(ZONE, 12));
    toJccFrom(pi);
    return pi;
  }

  void toConsultation(ProcessInstance pi) {
    screen(pi, "ACCEPT");
    complete(task(), mouPrepared());
    complete(task(), mouSigned());
  }

  void toJccFrom(ProcessInstance pi) {
    toConsultation(pi);
    consultMinistries(pi, "SUPPORT");
    sessions().decide(Committee.JWG, pi.getBusinessKey(), "ENDORSE");
    assertThat(pi).isWaitingAt("JccSessionDecided");
  }

  SessionDriver sessions() {
    return new SessionDriver(processEngine);
  }

  /** How minutes cite the session: "14th JCC". */
  String sessionCitation(long sessionId) {
    return committeeSessions.agenda(sessionId).session().citation();
  }

  /** Starts a proposal as a PMU official would, under the PMU's authorizations. */
  ProcessInstance start(Map<String, Object> variables) {
    processEngine.getIdentityService().setAuthentication(PMU, List.of("boi-pmu"));
    try {
      return runtimeService().startProcessInstanceByKey(PROCESS_KEY, variables);
    } finally {
      processEngine.getIdentityService().clearAuthentication();
    }
  }

  void screen(ProcessInstance pi, String decision) {
    assertThat(pi).isWaitingAt("ScreenProposal");
    Task screening = task(pi);
    processEngine.getTaskService().claim(screening.getId(), PMU);
    complete(screening, screening(decision, "Screened against the SEZ rules: " + decision));
  }

  void consultMinistries(ProcessInstance pi, String opinion) {
    List<Task> consultations = taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("ConsultMinistry").list();
    assertThat(consultations).hasSize(4);
    consultations.forEach(t -> complete(t, ministryOpinion(opinion)));
  }

  void withdraw(ProcessInstance pi) {
    runtimeService().createMessageCorrelation(MESSAGE_PROPOSAL_WITHDRAWN)
        .processInstanceBusinessKey(pi.getBusinessKey())
        .correlate();
    assertThat(pi).isEnded();
  }

  Task task(ProcessInstance pi) {
    return taskQuery().processInstanceId(pi.getId()).singleResult();
  }

  Task task() {
    return BpmnAwareTests.task();
  }

  // --- reading the records ---------------------------------------------------------------

  Object variable(ProcessInstance pi, String name) {
    return runtimeService().getVariable(pi.getId(), name);
  }

  Proposal proposal(String ref) {
    return proposals.get(ref);
  }

  Decision lastDecision(String ref) {
    List<Decision> decisions = proposals.decisions(ref);
    return decisions.get(decisions.size() - 1);
  }

  void assertClosed(String ref, PipelineStage outcome) {
    Proposal closed = proposal(ref);
    assertThat(closed.stage()).isEqualTo(outcome);
    assertThat(closed.closedAt()).isNotNull();
    assertThat(lastDecision(ref).step()).isEqualTo("CLOSURE");
    assertThat(lastDecision(ref).outcome()).isEqualTo(outcome.name());
  }

  LandAccount land(String zone) {
    return zones.get(zone).zone().land();
  }

  List<String> landEvents(String ref) {
    return jdbc
        .sql("SELECT event_type FROM sez_zone_event WHERE proposal_ref = ? AND event_type LIKE 'LAND_%' ORDER BY id")
        .param(ref).query(String.class).list();
  }

  List<String> zoneEvents(String zone, String ref) {
    return jdbc.sql("SELECT event_type FROM sez_zone_event WHERE zone_code = ? AND proposal_ref = ? ORDER BY id")
        .params(zone, ref).query(String.class).list();
  }

  LandAccountService landAccounts() {
    return landAccounts;
  }

  static ZoneChangeCause fillerCause(String ref) {
    return new ZoneChangeCause(ref, null, "Test filler", "process-test");
  }

  /**
   * The escalation process's run: its service task flags a proposal that has waited for the JWG for
   * 60 days with no session, once, and writes the count beside the tasks escalated. The wait is this
   * test's own and is removed afterwards, so that no session of another test gathers it.
   */
  @Test
  void theSweepsRunFlagsALongWaitWithNoSessionOnceAndCountsIt() {
    String ref = "WAIT-" + java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    // Whole seconds: the mysql profile's database keeps no fractions.
    Instant since = Instant.now().minus(java.time.Duration.ofDays(60))
        .truncatedTo(ChronoUnit.SECONDS);
    jdbc.sql("INSERT INTO sez_committee_waiting (proposal_ref, committee, since) VALUES (?, 'JWG', ?)")
        .params(ref, org.sezflow.system.UtcTimestamps.toColumn(since)).update();
    try {
      // Other waits, of tests that ran before, began a moment ago: this one is the only long one.
      assertThat(sweep()).isEqualTo(1);
      // 60 days hold at least 40 working days, less the year's few holidays.
      assertThat(
          jdbc.sql("SELECT working_days FROM sez_committee_wait_flag WHERE proposal_ref = ? AND committee = 'JWG'")
              .param(ref).query(Integer.class).list())
          .singleElement().satisfies(days -> assertThat(days).isGreaterThan(30));
      assertThat(sweep()).as("flagged once").isZero();
    } finally {
      jdbc.sql("DELETE FROM sez_committee_waiting WHERE proposal_ref = ?").param(ref).update();
      jdbc.sql("DELETE FROM sez_committee_wait_flag WHERE proposal_ref = ?").param(ref).update();
    }
  }

  /** Runs the sweep's service task as its timer does, and returns the waits it flagged. */
  private int sweep() {
    String id = processEngine.getRuntimeService().createProcessInstanceByKey(ESCALATION_PROCESS_KEY)
        .startBeforeActivity("EscalateOverdueTasks").execute().getId();
    org.camunda.bpm.engine.HistoryService history = processEngine.getHistoryService();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(id)
        .variableName(TASKS_ESCALATED).singleResult()).isNotNull();
    return (Integer) history.createHistoricVariableInstanceQuery().processInstanceId(id)
        .variableName(WAITS_FLAGGED).singleResult().getValue();
  }
}
