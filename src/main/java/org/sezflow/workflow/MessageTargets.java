package org.sezflow.workflow;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.sezflow.variables.EnteringValues;
import org.springframework.stereotype.Component;

/**
 * Finds the process instance a message for a business key is meant for, and correlates it there
 * by the instance's id. Camunda's own correlation by business key searches every execution for the
 * key's instance; with ten thousand zone enterprises monitored, that made each session's close slow
 * on H2 (EnterpriseBenchmark). The instances with the key are found by the key's index instead, and
 * only their subscriptions are read.
 */
@Component
class MessageTargets {

  private final RuntimeService runtime;

  MessageTargets(ProcessEngine engine) {
    this.runtime = engine.getRuntimeService();
  }

  /** The running instance with this business key that waits for the message now, if any. */
  Optional<ProcessInstance> waiting(String businessKey, String message) {
    for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .list()) {
      if (runtime.createEventSubscriptionQuery().processInstanceId(instance.getId()).eventType("message")
          .eventName(message).count() > 0) {
        return Optional.of(instance);
      }
    }
    return Optional.empty();
  }

  /**
   * A correlation of the message, carrying these values, to the instance with this business key that
   * waits for it, or, if none does, to the key itself (the engine then refuses it as it always does).
   * The waiting instance is looked up once, for both.
   */
  MessageCorrelationBuilder correlation(String message, String businessKey, Map<String, Object> values) {
    Optional<ProcessInstance> instance = waiting(businessKey, message);
    return instance.isPresent() ? correlation(message, instance.get(), values)
        : runtime.createMessageCorrelation(message).processInstanceBusinessKey(businessKey).setVariables(values);
  }

  /** The same for an instance found waiting already, the values entering it as {@link EnteringValues} says. */
  MessageCorrelationBuilder correlation(String message, ProcessInstance instance, Map<String, Object> values) {
    String definition = instance.getProcessDefinitionId();
    Set<String> stored = EnteringValues.keptBy(definition)
        .map(kept -> EnteringValues.stored(runtime, instance.getId(), kept, values.keySet())).orElse(Set.of());
    return runtime.createMessageCorrelation(message).processInstanceId(instance.getId())
        .setVariables(EnteringValues.of(definition, values, stored));
  }
}
