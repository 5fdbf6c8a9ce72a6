package org.sezflow.workflow;

import static org.sezflow.variables.EnterpriseVariables.*;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.sezflow.engine.ApplicationAuthority;
import org.sezflow.engine.SystemAuthentication;
import org.sezflow.engine.TaskInputException;
import org.sezflow.enterprise.EnterpriseConflictException;
import org.sezflow.enterprise.EnterpriseProcess;
import org.sezflow.enterprise.InvalidEnterpriseRequestException;
import org.sezflow.proposal.InvalidProposalException;
import org.springframework.stereotype.Component;

/** The zone enterprise's process on Camunda: started and signalled as the application, on the caller's behalf. */
@Component
class CamundaEnterpriseProcess implements EnterpriseProcess {

  private static final Map<Message, String> MESSAGES = Map.of(
      Message.MILESTONE_REPORTED, MESSAGE_MILESTONE_REPORTED,
      Message.EXTENSION_REQUESTED, MESSAGE_EXTENSION_REQUESTED,
      Message.SHOW_CAUSE_ANSWERED, MESSAGE_SHOW_CAUSE_ANSWERED,
      Message.PROGRESS_REPORT_SUBMITTED, MESSAGE_PROGRESS_REPORT_SUBMITTED,
      Message.REPORT_QUERY_ANSWERED, MESSAGE_REPORT_QUERY_ANSWERED);

  private final RuntimeService runtime;
  private final ApplicationAuthority authority;
  private final SystemAuthentication system;
  private final MessageTargets targets;

  CamundaEnterpriseProcess(ProcessEngine engine, ApplicationAuthority authority, SystemAuthentication system,
      MessageTargets targets) {
    this.targets = targets;
    this.runtime = engine.getRuntimeService();
    this.authority = authority;
    this.system = system;
  }

  @Override
  public String start(String reference) {
    return authority.run(() -> runtime.createProcessInstanceByKey(PROCESS_KEY).businessKey(reference)
        .setVariable(PROPOSAL_REF, reference).execute().getId());
  }

  @Override
  public boolean awaits(String reference, Message message) {
    return awaited(reference).contains(message);
  }

  @Override
  public List<Message> awaited(String reference) {
    return system.read(() -> {
      ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
          .processInstanceBusinessKey(reference).singleResult();
      if (instance == null) {
        return List.<Message>of();
      }
      Set<String> names = runtime.createEventSubscriptionQuery().processInstanceId(instance.getId())
          .eventType("message").list().stream().map(EventSubscription::getEventName).collect(Collectors.toSet());
      return Arrays.stream(Message.values()).filter(message -> names.contains(MESSAGES.get(message))).toList();
    });
  }

  @Override
  public void signal(String reference, Message message, Map<String, Object> inputs) {
    try {
      authority.run(() -> targets.correlation(MESSAGES.get(message), reference, inputs).correlateWithResult());
    } catch (MismatchingMessageCorrelationException meanwhile) {
      throw new EnterpriseConflictException("reference", "Zone enterprise " + reference + " no longer waits for "
          + message + ": another request changed it at the same time");
    } catch (TaskInputException refused) {
      throw new InvalidEnterpriseRequestException(refused.getErrors());
    } catch (InvalidProposalException unreadable) {
      throw new InvalidEnterpriseRequestException(unreadable.getErrors());
    }
  }
}
