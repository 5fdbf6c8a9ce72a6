package org.sezflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sezflow.variables.ProcessVariables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * What each start does to what an administrator or an earlier version changed: a grant of SEZ
 * Flow's groups edited in Admin is reset to the access policy, and the log says so; the decision
 * grants an earlier version gave the proposals' starters are taken back; a filter an administrator
 * named "All tasks" stays, while the starter's old default of that name is removed.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class StartupSetupTest {

  @Autowired
  IdentitySetup identitySetup;

  @Autowired
  TasklistFilters tasklistFilters;

  @Autowired
  AuthorizationService authorizations;

  @Autowired
  FilterService filters;

  @Test
  void aGrantEditedInAdminIsResetAtTheNextStartAndTheLogSaysSo(CapturedOutput output) {
    Authorization grant = pmuGrantOnTheProcess();
    grant.addPermission(ProcessDefinitionPermissions.UPDATE_INSTANCE);
    authorizations.saveAuthorization(grant);

    identitySetup.setUp();

    Authorization after = pmuGrantOnTheProcess();
    assertThat(after.isPermissionGranted(ProcessDefinitionPermissions.UPDATE_INSTANCE)).isFalse();
    assertThat(after.isPermissionGranted(ProcessDefinitionPermissions.CREATE_INSTANCE)).isTrue();
    assertThat(output.getOut())
        .contains("Grant of boi-pmu on ProcessDefinition jv-proposal reset to the access policy's")
        .contains("UPDATE_INSTANCE");

    // Unchanged grants are left alone and not logged.
    int logged = output.getOut().split("reset to the access policy").length;
    identitySetup.setUp();
    assertThat(output.getOut().split("reset to the access policy").length).isEqualTo(logged);
  }

  @Test
  void theDecisionGrantsAnEarlierVersionGaveTheStartersAreTakenBack(CapturedOutput output) {
    // Versions that evaluated the eligibility tables in Java, as the user starting a proposal,
    // granted the starters CREATE_INSTANCE on both tables. The model's business rule tasks need none.
    for (String starter : List.of(Groups.BOI_PMU, Groups.EXTERNAL_SYSTEMS)) {
      for (String decision : List.of("jv-eligibility", "jv-incentives")) {
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(starter);
        grant.setResource(Resources.DECISION_DEFINITION);
        grant.setResourceId(decision);
        grant.addPermission(Permissions.CREATE_INSTANCE);
        authorizations.saveAuthorization(grant);
      }
    }

    identitySetup.setUp();

    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.DECISION_DEFINITION)
        .groupIdIn(Groups.BOI_PMU, Groups.EXTERNAL_SYSTEMS).count()).isZero();
    assertThat(output.getOut()).contains("Grant of boi-pmu on DecisionDefinition jv-eligibility removed")
        .contains("Grant of external-systems on DecisionDefinition jv-incentives removed");
  }

  @Test
  void anAdministratorsAllTasksFilterStaysWhileTheStartersOldDefaultIsRemoved() {
    Filter starters = filters.newTaskFilter(TasklistFilters.RETIRED_ALL_TASKS);
    filters.saveFilter(starters);
    Filter admins = filters.newTaskFilter(TasklistFilters.RETIRED_ALL_TASKS);
    admins.setOwner("admin");
    admins.setProperties(Map.of("description", "Everything, for the administrator", "priority", 9));
    filters.saveFilter(admins);

    tasklistFilters.setUp();

    assertThat(filters.createFilterQuery().filterName(TasklistFilters.RETIRED_ALL_TASKS).list())
        .extracting(Filter::getId).containsExactly(admins.getId());
    filters.deleteFilter(admins.getId());
  }

  private Authorization pmuGrantOnTheProcess() {
    return authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(Groups.BOI_PMU).resourceType(Resources.PROCESS_DEFINITION).resourceId(ProcessVariables.PROCESS_KEY)
        .singleResult();
  }
}
