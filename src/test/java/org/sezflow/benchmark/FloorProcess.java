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
 * deployed only by it. The same ten user tasks (with the same candidate groups, hence the same
 * task authorizations the engine writes, and the four parallel ministry consultations with the
 * same element variable and local input variables) and the same seven service tasks in the same
 * order, each a no-op delegate; the same history level (the engine's). No DMN, no gateways, no
 * SLA timers, no message boundary events or event sub-process, no task listeners, no
 * application code: what is left is the engine's own cost of carrying such a lifecycle.
 */
final class FloorProcess {

  static final String KEY = "benchmark-floor";
  static final String END = "ZoneEnterpriseEstablished";
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
        .camundaInputParameter("ministryOpinion", "")
        .camundaInputParameter("ministryComments", "")
        .multiInstance().parallel()
        .camundaCollection("${benchmarkFloor.ministries()}")
        .camundaElementVariable("ministry")
        .multiInstanceDone()
        .userTask("ReviewAtJwg").camundaCandidateGroups("jwg-secretariat")
        .userTask("DecideAtJcc").camundaCandidateGroups("jcc-secretariat")
        .serviceTask("AllocatePlot").camundaDelegateExpression(NO_OP)
        .userTask("IssueAllotmentLetter").camundaCandidateGroups("sez-authority")
        .serviceTask("RecordAllotmentLetter").camundaDelegateExpression(NO_OP)
        .serviceTask("NotifyPartners").camundaDelegateExpression(NO_OP)
        .endEvent(END)
        .done();
  }

  /**
   * Deploys the floor and gives the official groups the same rights on it as on jv-proposal
   * (AccessPolicy): the PMU starts it, every official reads its instances and history.
   */
  static void deploy(ProcessEngine engine) {
    BpmnModelInstance model = model();
    Bpmn.validateModel(model);
    engine.getRepositoryService().createDeployment()
        .name(KEY)
        .addModelInstance(KEY + ".bpmn", model)
        .deploy();
    AuthorizationService authorizations = engine.getAuthorizationService();
    List<Permission> read = List.of(Permissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_HISTORY);
    for (String group : List.of("jwg-secretariat", "jcc-secretariat", "sez-authority")) {
      grant(authorizations, group, read);
    }
    grant(authorizations, "boi-pmu", List.of(Permissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.CREATE_INSTANCE));
  }

  private static void grant(AuthorizationService authorizations, String group, List<Permission> permissions) {
    Authorization authorization = authorizations.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(group)
        .resourceType(Resources.PROCESS_DEFINITION).resourceId(KEY).singleResult();
    if (authorization == null) {
      authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(group);
      authorization.setResource(Resources.PROCESS_DEFINITION);
      authorization.setResourceId(KEY);
    }
    authorization.setPermissions(permissions.toArray(Permission[]::new));
    authorizations.saveAuthorization(authorization);
  }
}
