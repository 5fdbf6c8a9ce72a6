package org.sezflow.forms;

import static org.sezflow.variables.EnterpriseVariables.*;

import java.util.Collection;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.sezflow.engine.CurrentFormValues;
import org.sezflow.enterprise.EnterpriseFileText;
import org.sezflow.enterprise.EnterpriseMilestone;
import org.sezflow.enterprise.ZoneEnterprises;
import org.sezflow.variables.EnterpriseVariables;
import org.springframework.stereotype.Component;

/**
 * What every task form of a zone enterprise shows of it ({@link EnterpriseVariables#ENTERPRISE_FILE}):
 * its record in words, read each time the form loads, so that an official deciding on a report, an
 * extension or a default reads the record as it is, with every reason given before; and the name of
 * the milestone it works towards now ({@link EnterpriseVariables#MILESTONE_LABEL}).
 */
@Component
class EnterpriseForm implements CurrentFormValues {

  private final ZoneEnterprises enterprises;
  private final TaskReferences references;

  EnterpriseForm(ZoneEnterprises enterprises, TaskReferences references) {
    this.enterprises = enterprises;
    this.references = references;
  }

  @Override
  public VariableMap withCurrentValues(String taskId, VariableMap variables, Collection<String> names) {
    boolean file = names == null || names.contains(ENTERPRISE_FILE);
    boolean milestone = names == null || names.contains(MILESTONE_LABEL);
    String reference = file || milestone ? references.of(taskId, PROCESS_KEY) : null;
    if (reference == null) {
      return variables;
    }
    if (file) {
      variables.putValueTyped(ENTERPRISE_FILE,
          Variables.stringValue(EnterpriseFileText.of(enterprises.file(reference))));
    }
    if (milestone) {
      EnterpriseMilestone current = enterprises.currentMilestone(reference);
      variables.putValueTyped(MILESTONE_LABEL, Variables.stringValue(current == null ? null
          : current.milestone().label()));
    }
    return variables;
  }
}
