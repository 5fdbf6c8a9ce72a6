package org.sezflow.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.sezflow.variables.ProcessVariables;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The benchmark's additions to the application context, and only the benchmark's: the class is
 * given to the SpringApplicationBuilder's sources and, since it sits below the application's
 * package, would be found by component scanning in every other test context too; the property
 * {@code sezflow.benchmark.instrumentation=true}, which only the benchmark sets, keeps it out
 * of those.
 *
 * <ul>
 *   <li>the counting {@link DataSource} wrapper ({@link SqlCounter});
 *   <li>a process engine plugin whose parse listener labels the statements that the
 *       application's delegates and task listeners run (service task start to end; a user
 *       task's complete listeners), so the report can tell application code from the engine;
 *   <li>the floor process's no-op delegate, the lists its multi-instances run over, and the
 *       floor session's close, which delivers its decisions.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = BenchmarkInstrumentation.ENABLED, havingValue = "true")
public class BenchmarkInstrumentation {

  static final String ENABLED = "sezflow.benchmark.instrumentation";

  /** The floor's ministries: as many as the app consults (sezflow.jwg.consulted-ministries). */
  public static final List<String> FLOOR_MINISTRIES = List.of("Ministry A", "Ministry B", "Ministry C", "Ministry D");

  @Bean
  static BeanPostProcessor benchmarkCountingDataSource() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !SqlCounter.isWrapped(bean)) {
          return SqlCounter.wrap(dataSource);
        }
        return bean;
      }
    };
  }

  @Bean
  static AbstractProcessEnginePlugin benchmarkAttributionPlugin() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
            ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new AttributionParseListener());
        configuration.setCustomPostBPMNParseListeners(listeners);
      }
    };
  }

  /** The floor's service tasks: a delegate that does nothing. */
  @Bean
  JavaDelegate benchmarkNoOpDelegate() {
    return execution -> {};
  }

  /** {@code ${benchmarkFloor.ministries()}}: the floor's multi-instance collection. */
  @Bean
  FloorMinistries benchmarkFloor() {
    return new FloorMinistries();
  }

  public static class FloorMinistries {
    public List<String> ministries() {
      return FLOOR_MINISTRIES;
    }

    /** {@code ${benchmarkFloor.items(agenda)}}: the floor session's items, from its comma-separated agenda. */
    public List<String> items(String agenda) {
      return List.of(agenda.split(","));
    }
  }

  /**
   * "Close session" of the floor session: delivers the session's decision to each proposal on its
   * agenda by message correlation (business key = reference), with the four variables the app's
   * close delivers, in the close's transaction and without the caller's authorization checks, as
   * the app's close (CorrelatedSessionDecisions) does.
   */
  @Bean
  JavaDelegate benchmarkFloorCloseSession() {
    return execution -> {
      boolean jwg = "JWG".equals(execution.getVariable(FloorProcess.COMMITTEE));
      String message = jwg ? FloorProcess.JWG_MESSAGE : FloorProcess.JCC_MESSAGE;
      List<String> items = List.of(((String) execution.getVariable(FloorProcess.AGENDA)).split(","));
      CommandContext context = Context.getCommandContext();
      boolean checking = context.isAuthorizationCheckEnabled();
      context.disableAuthorizationCheck();
      try {
        for (int i = 0; i < items.size(); i++) {
          Map<String, Object> delivered = new HashMap<>();
          delivered.put(jwg ? ProcessVariables.JWG_DECISION : ProcessVariables.JCC_DECISION,
              execution.getVariable(FloorProcess.DECISION));
          delivered.put(ProcessVariables.DECIDING_SESSION, "Floor session " + execution.getProcessInstanceId());
          delivered.put(ProcessVariables.AGENDA_ITEM_ID, (long) i + 1);
          delivered.put(ProcessVariables.MINUTES_REF, "Floor minutes, item " + (i + 1));
          execution.getProcessEngineServices().getRuntimeService().createMessageCorrelation(message)
              .processInstanceBusinessKey(items.get(i)).setVariables(delivered).correlateWithResult();
        }
      } finally {
        if (checking) {
          context.enableAuthorizationCheck();
        }
      }
    };
  }

  /** Labels application code: each service task from its start to its end, each user task's complete listeners. */
  static final class AttributionParseListener extends AbstractBpmnParseListener {

    private static final ExecutionListener END_DELEGATE = execution -> SqlCounter.source(null);
    private static final TaskListener END_LISTENERS = task -> SqlCounter.source(null);

    @Override
    public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      String label = "delegate " + activity.getId();
      activity.addListener(ExecutionListener.EVENTNAME_START,
          (ExecutionListener) (DelegateExecution e) -> SqlCounter.source(label));
      activity.addListener(ExecutionListener.EVENTNAME_END, END_DELEGATE);
    }

    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
        String label = "listeners " + activity.getId();
        // Built-in listeners run before the BPMN's own, then this one after them.
        userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE,
            task -> SqlCounter.source(label));
        userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_COMPLETE, END_LISTENERS);
      }
    }
  }
}
