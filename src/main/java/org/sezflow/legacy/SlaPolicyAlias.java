package org.sezflow.legacy;

import org.sezflow.sla.SlaPolicy;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The name the SLA bean had before it was {@value SlaPolicy#BEAN_NAME}: instances of those versions
 * still evaluate {@code ${sla.taskDue(...)}} and {@code ${sla.mouSigningDeadline()}} when they create a
 * task or enter the MoU stage, so it stays an alias of the bean.
 */
@Configuration(proxyBeanMethods = false)
class SlaPolicyAlias {

  static final String OLDER_MODELS_BEAN_NAME = "sla";

  @Bean
  static BeanFactoryPostProcessor slaPolicyAliasForOlderModels() {
    return beanFactory -> beanFactory.registerAlias(SlaPolicy.BEAN_NAME, OLDER_MODELS_BEAN_NAME);
  }
}
