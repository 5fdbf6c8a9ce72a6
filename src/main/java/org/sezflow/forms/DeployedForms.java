package org.sezflow.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.sezflow.engine.SystemAuthentication;
import org.springframework.stereotype.Component;

/**
 * The Camunda Forms deployed with each process definition, as {@link FormSchema}s: the form of a
 * user task or a start event, as its {@code formRef} (binding "deployment") names it. Deployments
 * never change once made, so what is read is kept for the life of the node and cannot go stale.
 */
@Component
class DeployedForms {

  private final RepositoryService repository;
  private final SystemAuthentication system;
  private final Map<String, Map<String, FormSchema>> formsByDeployment = new ConcurrentHashMap<>();
  private final Map<String, Optional<FormSchema>> formsByActivity = new ConcurrentHashMap<>();

  DeployedForms(RepositoryService repository, SystemAuthentication system) {
    this.repository = repository;
    this.system = system;
  }

  /** The form of this user task or start event of the process definition, if it has one. */
  Optional<FormSchema> of(String processDefinitionId, String activityId) {
    return formsByActivity.computeIfAbsent(processDefinitionId + "#" + activityId,
        key -> system.read(() -> find(processDefinitionId, activityId)));
  }

  /** The form of the process definition's start event. */
  Optional<FormSchema> startForm(String processDefinitionId) {
    return formsByActivity.computeIfAbsent(processDefinitionId + "#start",
        key -> system.read(() -> {
          BpmnModelInstance model = repository.getBpmnModelInstance(processDefinitionId);
          return model.getModelElementsByType(StartEvent.class).stream()
              .filter(start -> start.getCamundaFormRef() != null)
              .findFirst()
              .flatMap(start -> find(processDefinitionId, start.getId()));
        }));
  }

  private Optional<FormSchema> find(String processDefinitionId, String activityId) {
    ModelElementInstance element = repository.getBpmnModelInstance(processDefinitionId).getModelElementById(activityId);
    String formRef = element instanceof UserTask task ? task.getCamundaFormRef()
        : element instanceof StartEvent start ? start.getCamundaFormRef() : null;
    if (formRef == null) {
      return Optional.empty();
    }
    String deploymentId = repository.getProcessDefinition(processDefinitionId).getDeploymentId();
    FormSchema form = formsByDeployment.computeIfAbsent(deploymentId, this::load).get(formRef);
    if (form == null) {
      throw new IllegalStateException(
          "Form " + formRef + " of " + activityId + " is not in deployment " + deploymentId);
    }
    return Optional.of(form);
  }

  private Map<String, FormSchema> load(String deploymentId) {
    Map<String, FormSchema> forms = new HashMap<>();
    for (String name : repository.getDeploymentResourceNames(deploymentId)) {
      if (name.endsWith(".form")) {
        try (InputStream in = repository.getResourceAsStream(deploymentId, name)) {
          FormSchema form = FormSchema.parse(in);
          forms.put(form.id(), form);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return Map.copyOf(forms);
  }
}
