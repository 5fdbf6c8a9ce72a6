package org.sezflow.system;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Camunda's REST API answers a refused step (a form or message whose data breaks a rule) with
 * the rule's status (400, 404, 409) instead of a 500, in Camunda's own error shape
 * ({@code type}, {@code message}), plus the offending fields. Tasklist shows the message.
 */
@Component
class EngineRestProblemMapper implements ResourceConfigCustomizer {

  @Override
  public void customize(org.glassfish.jersey.server.ResourceConfig config) {
    config.register(new Mapper());
  }

  static class Mapper implements ExceptionMapper<ProblemException> {

    @Override
    public Response toResponse(ProblemException problem) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", problem.getClass().getSimpleName());
      body.put("message", problem.getMessage());
      body.put("errors", problem.getErrors());
      return Response.status(problem.getStatusCode().value()).type(MediaType.APPLICATION_JSON).entity(body).build();
    }
  }
}
