package org.sezflow.workflow;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.sezflow.variables.EnteringValues;
import org.sezflow.variables.ProcessVariables;
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
  Optional<String> waiting(String businessKey, String message) {
    for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .list()) {
      if (runtime.createEventSubscriptionQuery().processInstanceId(instance.getId()).eventType("message")
          .eventName(message).count() > 0) {
        return Optional.of(instance.getId());
      }
    }
    return Optional.empty();
  }

  /**
   * A correlation of the message to the instance with this business key that waits for it, or, if
   * none does, to the key itself (the engine then refuses it as it always does).
   */
  MessageCorrelationBuilder correlation(String message, String businessKey) {
    return correlation(message, businessKey, waiting(businessKey, message));
  }

  /**
   * The same, carrying a proposal's values as they enter its process ({@link EnteringValues}): the
   * waiting instance is looked up once, for both.
   */
  MessageCorrelationBuilder correlation(String message, String businessKey, Map<String, Object> values) {
    Optional<String> instance = waiting(businessKey, message);
    Set<String> stored = instance.map(id -> EnteringValues.stored(runtime, id, ProcessVariables.KEPT, values.keySet()))
        .orElse(Set.of());
    return correlation(message, businessKey, instance).setVariables(EnteringValues.of(values, stored));
  }

  private MessageCorrelationBuilder correlation(String message, String businessKey, Optional<String> instance) {
    MessageCorrelationBuilder correlation = runtime.createMessageCorrelation(message);
    return instance.map(correlation::processInstanceId)
        .orElseGet(() -> correlation.processInstanceBusinessKey(businessKey));
  }
}
