package org.sezflow.benchmark;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The floor: a process of the same shape as jv-proposal's happy path, built by the benchmark and
 * deployed only by it. The same eight user tasks (with the same candidate groups, hence the same
 * task authorizations the engine writes, and the four parallel ministry consultations with the
 * same element variable), the same variables the app's process keeps ({@code ProcessVariables.KEPT}:
 * at the start and of each completion), the same service tasks in the same order,
 * each a no-op delegate, and at each committee the same wait: "Wait for ... session", a message
 * catch, "Record ... decision". The committees decide in a floor session of the same shape as
 * committee-session's happy path ({@link #SESSION_KEY}): "Prepare agenda", then one "Record
 * decision" per item (parallel), then "Close session", which delivers each item's decision by
 * message correlation with the same four variables, in its own transaction, as the app's close
 * does. The same history level (the engine's). No DMN, no gateways, no SLA timers, no message
 * boundary events or event sub-process, no task listeners, no application code: what is left is
 * the engine's own cost of carrying such a lifecycle.
 */
final class FloorProcess {

  static final String KEY = "benchmark-floor";
  static final String SESSION_KEY = "benchmark-floor-session";
  static final String END = "ZoneEnterpriseEstablished";
  static final String JWG_MESSAGE = "FloorJwgSessionDecision";
  static final String JCC_MESSAGE = "FloorJccSessionDecision";
  /** The floor session's variables: its committee (JWG, JCC), the decision on every item, the items' references. */
  static final String COMMITTEE = "committee";
  static final String DECISION = "decision";
  static final String AGENDA = "agenda";
  static final String SECRETARIAT = "secretariat";
  private static final String NO_OP = "${benchmarkNoOpDelegate}";

  private FloorProcess() {}

  static BpmnModelInstance model() {
    return Bpmn.createExecutableProcess(KEY)
        .name("Benchmark floor")
        .camundaHistoryTimeToLiveString("P3650D")
        .startEvent("ProposalReceived")
        .serviceTask("RegisterProposal").camundaDelegateExpression(NO_OP)
        .serviceTask("AssessEligibility").camundaDelegateExpression(NO_OP)
        .userTask("ScreenProposal").camundaCandidateGroups("boi-pmu")
        .serviceTask("ReserveLand").camundaDelegateExpression(NO_OP)
        .userTask("PrepareMou").camundaCandidateGroups("boi-pmu")
        .userTask("RecordMouSigning").camundaCandidateGroups("boi-pmu")
        .serviceTask("StoreMouSigning").camundaDelegateExpression(NO_OP)
        .userTask("ConsultMinistry").camundaCandidateGroups("jwg-secretariat")
        .multiInstance().parallel()
        .camundaCollection("${benchmarkFloor.ministries()}")
        .camundaElementVariable("ministry")
        .multiInstanceDone()
        .serviceTask("WaitForJwgSession").camundaDelegateExpression(NO_OP)
        .intermediateCatchEvent("JwgSessionDecided").message(JWG_MESSAGE)
        .serviceTask("RecordJwgDecision").camundaDelegateExpression(NO_OP)
        .serviceTask("WaitForJccSession").camundaDelegateExpression(NO_OP)
        .intermediateCatchEvent("JccSessionDecided").message(JCC_MESSAGE)
        .serviceTask("RecordJccDecision").camundaDelegateExpression(NO_OP)
        .serviceTask("AllocatePlot").camundaDelegateExpression(NO_OP)
        .userTask("IssueAllotmentLetter").camundaCandidateGroups("sez-authority")
        .serviceTask("RecordAllotmentLetter").camundaDelegateExpression(NO_OP)
        .serviceTask("NotifyPartners").camundaDelegateExpression(NO_OP)
        .endEvent(END)
        .done();
  }

  /**
   * The floor's committee session: schedule, prepare the agenda (one task), freeze, record each
   * item's decision (one task per reference in {@link #AGENDA}, a comma-separated text), close.
   */
  static BpmnModelInstance sessionModel() {
    return Bpmn.createExecutableProcess(SESSION_KEY)
        .name("Benchmark floor session")
        .camundaHistoryTimeToLiveString("P3650D")
        .startEvent("SessionRequested")
        .serviceTask("ScheduleSession").camundaDelegateExpression(NO_OP)
        .userTask("PrepareAgenda").camundaCandidateGroups("${" + SECRETARIAT + "}")
        .serviceTask("FreezeAgenda").camundaDelegateExpression(NO_OP)
        .userTask("RecordDecision").camundaCandidateGroups("${" + SECRETARIAT + "}")
        .multiInstance().parallel()
        .camundaCollection("${benchmarkFloor.items(" + AGENDA + ")}")
        .camundaElementVariable("proposalRef")
        .multiInstanceDone()
        .serviceTask("CloseSession").camundaDelegateExpression("${benchmarkFloorCloseSession}")
        .endEvent("SessionClosed")
        .done();
  }

  /**
   * Deploys the floor and gives the official groups the same rights on it as on jv-proposal
   * (AccessPolicy): the PMU starts it, every official reads its instances and history.
   */
  static void deploy(ProcessEngine engine) {
    BpmnModelInstance model = model();
    Bpmn.validateModel(model);
    BpmnModelInstance session = sessionModel();
    Bpmn.validateModel(session);
    engine.getRepositoryService().createDeployment()
        .name(KEY)
        .addModelInstance(KEY + ".bpmn", model)
        .addModelInstance(SESSION_KEY + ".bpmn", session)
        .deploy();
    AuthorizationService authorizations = engine.getAuthorizationService();
    List<Permission> read = List.of(Permissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_HISTORY);
    for (String group : List.of("jwg-secretariat", "jcc-secretariat", "sez-authority")) {
      grant(authorizations, group, KEY, read);
    }
    grant(authorizations, "boi-pmu", KEY, List.of(Permissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.CREATE_INSTANCE));
    // The secretariats start their committee's sessions, as they start committee-session.
    for (String group : List.of("jwg-secretariat", "jcc-secretariat")) {
      grant(authorizations, group, SESSION_KEY, List.of(Permissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.CREATE_INSTANCE));
    }
  }

  private static void grant(AuthorizationService authorizations, String group, String key,
      List<Permission> permissions) {
    Authorization authorization = authorizations.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(group)
        .resourceType(Resources.PROCESS_DEFINITION).resourceId(key).singleResult();
    if (authorization == null) {
      authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(group);
      authorization.setResource(Resources.PROCESS_DEFINITION);
      authorization.setResourceId(key);
    }
    authorization.setPermissions(permissions.toArray(Permission[]::new));
    authorizations.saveAuthorization(authorization);
  }
}
