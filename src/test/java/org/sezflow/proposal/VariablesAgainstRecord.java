package org.sezflow.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.sezflow.enterprise.EnterpriseMilestone;
import org.sezflow.enterprise.ZoneEnterprises;
import org.sezflow.variables.EnterpriseVariables;
import org.sezflow.variables.ProcessVariables;
import org.sezflow.variables.SessionVariables;

/**
 * No process variable of a proposal can disagree with its record: the process holds only the names
 * of {@link ProcessVariables#KEPT} (and the engine's own multi-instance counters), now and in its
 * history, and those that copy a column equal it.
 */
final class VariablesAgainstRecord {

  /** The engine's own variables of a multi-instance activity (the ministries' consultations). */
  static final Set<String> ENGINE_OWN = Set.of("nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances",
      "loopCounter");

  private VariablesAgainstRecord() {}

  static void check(ProcessEngine engine, ProposalReads proposals, String reference) {
    Proposal proposal = proposals.get(reference);
    List<VariableInstance> variables = engine.getRuntimeService().createVariableInstanceQuery()
        .processInstanceIdIn(proposal.processInstanceId()).list();
    Set<String> names = new TreeSet<>();
    Map<String, Object> processLevel = new HashMap<>();
    for (VariableInstance variable : variables) {
      names.add(variable.getName());
      if (variable.getExecutionId().equals(proposal.processInstanceId())) {
        processLevel.put(variable.getName(), variable.getValue());
      }
    }
    assertThat(names).as("the variables %s keeps", reference).isSubsetOf(allowed());
    if (!processLevel.isEmpty()) { // while it runs
      assertThat(processLevel.get(ProcessVariables.PROPOSAL_REF)).isEqualTo(reference);
      assertThat(processLevel.get(ProcessVariables.PROPOSAL_TITLE)).isEqualTo(proposal.submission().title());
      assertThat(processLevel.get(ProcessVariables.ZONE_CODE)).as("the zone on the task cards")
          .isEqualTo(proposal.zoneCode());
      assertThat(processLevel.get(ProcessVariables.ELIGIBLE)).isEqualTo(proposal.eligible());
      assertThat(processLevel.get(ProcessVariables.ELIGIBILITY_REASON)).isEqualTo(proposal.eligibilityReason());
    }
    List<HistoricVariableInstance> history = engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(proposal.processInstanceId()).list();
    assertThat(history).extracting(HistoricVariableInstance::getName).as("the variables %s ever held", reference)
        .isSubsetOf(allowed());
  }

  /**
   * The same for a zone enterprise's process: only {@link EnterpriseVariables#KEPT} (and the committee
   * its wait for the JCC declares), now and in its history, with the milestone as the record has it.
   */
  static void checkEnterprise(ProcessEngine engine, ZoneEnterprises enterprises, String reference) {
    String instance = enterprises.get(reference).processInstanceId();
    Set<String> allowed = new TreeSet<>(EnterpriseVariables.KEPT);
    allowed.add(SessionVariables.COMMITTEE);
    Map<String, Object> processLevel = new HashMap<>();
    for (VariableInstance variable : engine.getRuntimeService().createVariableInstanceQuery()
        .processInstanceIdIn(instance).list()) {
      assertThat(variable.getName()).as("a variable enterprise %s keeps", reference).isIn(allowed);
      if (variable.getExecutionId().equals(instance)) {
        processLevel.put(variable.getName(), variable.getValue());
      }
    }
    if (!processLevel.isEmpty()) { // while it runs
      EnterpriseMilestone current = enterprises.currentMilestone(reference);
      assertThat(processLevel.get(EnterpriseVariables.PROPOSAL_REF)).isEqualTo(reference);
      assertThat(processLevel.get(EnterpriseVariables.MILESTONE)).as("the milestone worked towards")
          .isEqualTo(current == null ? null : current.milestone().name());
    }
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance).list())
        .extracting(HistoricVariableInstance::getName).as("the variables enterprise %s ever held", reference)
        .isSubsetOf(allowed);
  }

  private static Set<String> allowed() {
    Set<String> allowed = new TreeSet<>(ProcessVariables.KEPT);
    allowed.addAll(ENGINE_OWN);
    return allowed;
  }
}
