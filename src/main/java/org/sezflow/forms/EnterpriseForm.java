package org.sezflow.forms;

import static org.sezflow.variables.EnterpriseVariables.*;

import java.util.Collection;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.sezflow.engine.CurrentFormValues;
import org.sezflow.engine.SystemAuthentication;
import org.sezflow.enterprise.EnterpriseFileText;
import org.sezflow.enterprise.ZoneEnterprises;
import org.sezflow.variables.EnterpriseVariables;
import org.springframework.stereotype.Component;

/**
 * What every task form of a zone enterprise shows of it ({@link EnterpriseVariables#ENTERPRISE_FILE}):
 * its record in words, read each time the form loads, so that an official deciding on a report, an
 * extension or a default reads the record as it is, with every reason given before.
 */
@Component
class EnterpriseForm implements CurrentFormValues {

  private final ZoneEnterprises enterprises;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final SystemAuthentication system;

  EnterpriseForm(ZoneEnterprises enterprises, ProcessEngine engine, SystemAuthentication system) {
    this.enterprises = enterprises;
    this.tasks = engine.getTaskService();
    this.runtime = engine.getRuntimeService();
    this.system = system;
  }

  @Override
  public VariableMap withCurrentValues(String taskId, VariableMap variables, Collection<String> names) {
    if (names != null && !names.contains(ENTERPRISE_FILE)) {
      return variables;
    }
    String reference = system.read(() -> {
      Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
      if (task == null || task.getProcessDefinitionId() == null
          || !task.getProcessDefinitionId().startsWith(PROCESS_KEY + ":")) {
        return null;
      }
      ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
          .singleResult();
      return instance == null ? null : instance.getBusinessKey();
    });
    if (reference != null) {
      variables.putValueTyped(ENTERPRISE_FILE,
          Variables.stringValue(EnterpriseFileText.of(enterprises.file(reference))));
    }
    return variables;
  }
}
