package org.sezflow.workflow;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotEmpty;

/**
 * The ministries the JWG consults in parallel on each proposal ({@code sezflow.jwg} in the
 * configuration). The BPMN's multi-instance reads {@code ${jwgConsultation.ministries}}.
 */
@Component("jwgConsultation")
@ConfigurationProperties("sezflow.jwg")
@Validated
public class JwgConsultation {

  @NotEmpty
  private List<String> consultedMinistries = List.of();

  public List<String> getConsultedMinistries() {
    return consultedMinistries;
  }

  public void setConsultedMinistries(List<String> consultedMinistries) {
    this.consultedMinistries = consultedMinistries;
  }

  public List<String> ministries() {
    return List.copyOf(consultedMinistries);
  }
}
