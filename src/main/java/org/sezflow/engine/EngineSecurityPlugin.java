package org.sezflow.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * SEZ Flow's security in the engine itself, so it holds through every door: the
 * {@link CommandGuard} in front of every command (and the {@link GuardedManagementService} in front
 * of job execution, which the engine would otherwise count as a failed attempt), the {@link ThrottledIdentityProvider} for every
 * password check, and officials' rights on their tasks limited to working on them (Camunda's
 * TASK_WORK: claim and complete, not reassign, reprioritise or write variables) instead of the
 * default UPDATE, and reading variables as a permission of its own (READ_INSTANCE_VARIABLE), so
 * that an official's Tasklist shows a proposal's data without the right to list instances and jobs;
 * task queries check rights through indexes ({@link TaskQueryAuthorizationManager}).
 */
@Component
class EngineSecurityPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<PasswordChecks> throttle;

  EngineSecurityPlugin(ObjectProvider<PasswordChecks> throttle) {
    this.throttle = throttle;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    CommandGuard guard = new CommandGuard(configuration);
    configuration.setCustomPreCommandInterceptorsTxRequired(prepend(guard,
        configuration.getCustomPreCommandInterceptorsTxRequired()));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(prepend(new CommandGuard(configuration),
        configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
    configuration.setIdentityProviderSessionFactory(sessionFactory(ThrottledIdentityProvider.class,
        () -> new ThrottledIdentityProvider(throttle::getObject)));
    List<SessionFactory> sessionFactories = new ArrayList<>();
    if (configuration.getCustomSessionFactories() != null) {
      sessionFactories.addAll(configuration.getCustomSessionFactories());
    }
    sessionFactories.add(sessionFactory(AuthorizationManager.class, TaskQueryAuthorizationManager::new));
    configuration.setCustomSessionFactories(sessionFactories);
    configuration.setManagementService(new GuardedManagementService(configuration));
    configuration.setDefaultUserPermissionNameForTask(Permissions.TASK_WORK.getName());
    // Reading a proposal's variables is a right of its own, apart from listing instances and jobs.
    configuration.setEnforceSpecificVariablePermission(true);
  }

  /** The engine's sessions of {@code type} (the key it looks them up by) come from {@code open}. */
  private static SessionFactory sessionFactory(Class<?> type, Supplier<Session> open) {
    return new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return type;
      }

      @Override
      public Session openSession() {
        return open.get();
      }
    };
  }

  private static List<CommandInterceptor> prepend(CommandInterceptor first, List<CommandInterceptor> others) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    interceptors.add(first);
    if (others != null) {
      interceptors.addAll(others);
    }
    return interceptors;
  }
}
