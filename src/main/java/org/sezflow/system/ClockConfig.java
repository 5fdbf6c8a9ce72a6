package org.sezflow.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfig {

  /** One clock for every record the app writes; UTC so all nodes agree. */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
