package org.sezflow.engine;

import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.RuntimeServiceImpl;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * Camunda's runtime service whose starts let their values enter the process as
 * {@link TaskRules#startValues} says, whoever starts it: the API, a Java caller, or
 * {@code /engine-rest}'s {@code /process-definition/…/start}, which stored every variable as given.
 * The engine's other ways to start ({@code startProcessInstanceByKey} and the like) come through
 * these two builders.
 */
class GuardedRuntimeService extends RuntimeServiceImpl {

  private final Supplier<TaskRules> rules;

  GuardedRuntimeService(Supplier<TaskRules> rules) {
    this.rules = rules;
  }

  @Override
  public ProcessInstantiationBuilder createProcessInstanceById(String processDefinitionId) {
    return new RuledInstantiation(this, processDefinitionId, null);
  }

  @Override
  public ProcessInstantiationBuilder createProcessInstanceByKey(String processDefinitionKey) {
    return new RuledInstantiation(this, null, processDefinitionKey);
  }

  private static final class RuledInstantiation extends ProcessInstantiationBuilderImpl {

    private final GuardedRuntimeService service;

    RuledInstantiation(GuardedRuntimeService service, String processDefinitionId, String processDefinitionKey) {
      super(service.getCommandExecutor());
      this.service = service;
      this.processDefinitionId = processDefinitionId;
      this.processDefinitionKey = processDefinitionKey;
    }

    /** Every execute of the builder ends here. */
    @Override
    public ProcessInstanceWithVariables executeWithVariablesInReturn(boolean skipCustomListeners,
        boolean skipIoMappings) {
      VariableMap variables = modificationBuilder.getProcessVariables();
      if (!variables.isEmpty()) {
        Map<String, Object> entering = service.rules.get()
            .startValues(processDefinitionId != null ? processDefinitionId : processDefinitionKey, variables);
        if (entering != variables) { // a new map: the values as they enter
          variables.clear();
          variables.putAll(entering);
        }
      }
      return super.executeWithVariablesInReturn(skipCustomListeners, skipIoMappings);
    }
  }
}
