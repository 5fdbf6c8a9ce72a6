package org.sezflow.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;

import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * How Camunda's REST APIs ({@code /engine-rest} and the web apps' {@code /camunda/api/engine})
 * answer what SEZ Flow refuses: in Camunda's own error shape ({@code type}, {@code message}) plus
 * {@code errors} naming each field. A refused step is its rule's status (400, 404, 409) even when
 * the engine wrapped it (a task listener's exception becomes ENGINE-03051); a concurrent change is
 * 409 with a hint to retry; a database failure is 500 without the SQL. Registered in every Jersey
 * application of the node through Jersey's auto-discovery (META-INF/services), since the web apps'
 * API is a Jersey application the Spring configuration cannot reach.
 */
public class EngineRestErrors implements ForcedAutoDiscoverable {

  /** Ahead of Camunda's own mappers for the same exception types (Jersey's default is 5000). */
  static final int PRIORITY = 1;

  @Override
  public void configure(FeatureContext context) {
    if (!context.getConfiguration().isRegistered(ProblemMapper.class)) {
      context.register(ProblemMapper.class, PRIORITY);
      context.register(EngineExceptionMapper.class, PRIORITY);
      context.register(WrappedExceptionMapper.class, PRIORITY);
      context.register(ConcurrencyMapper.class, PRIORITY);
    }
  }

  /** A domain refusal thrown by a step (a delegate's exception reaches Jersey as it is). */
  public static class ProblemMapper implements ExceptionMapper<ProblemException> {
    @Override
    public Response toResponse(ProblemException problem) {
      return problemResponse(problem);
    }
  }

  /** A step's own database work lost a lock wait or a deadlock to a concurrent request. */
  public static class ConcurrencyMapper implements ExceptionMapper<ConcurrencyFailureException> {
    @Override
    public Response toResponse(ConcurrencyFailureException exception) {
      return concurrentChange();
    }
  }

  static final String CONCURRENT_CHANGE =
      "Another request changed the same proposal at the same time; reload it and retry if it still applies";

  /** The engine's exceptions SEZ Flow answers differently from Camunda's default 500. */
  public static class EngineExceptionMapper implements ExtendedExceptionMapper<ProcessEngineException> {

    private static final Logger log = LoggerFactory.getLogger(EngineExceptionMapper.class);

    @Override
    public boolean isMappable(ProcessEngineException exception) {
      return exception instanceof OptimisticLockingException || concurrency(exception)
          || fieldProblems(exception) != null
          || refusal(exception) != null || persistence(exception) || javaSerialization(exception) != null;
    }

    @Override
    public Response toResponse(ProcessEngineException exception) {
      List<ProblemException.FieldProblem> problems = fieldProblems(exception);
      if (problems != null) {
        return response(400, "TaskInputException", rootMessage(exception), problems);
      }
      ProblemException refusal = refusal(exception);
      if (refusal != null) {
        return problemResponse(refusal);
      }
      String serialized = javaSerialization(exception);
      if (serialized != null) {
        return response(400, "ProcessEngineException", "Variable " + serialized + " is a serialized Java object, "
            + "which SEZ Flow does not accept",
            List.of(new ProblemException.FieldProblem(serialized,
                "must be a plain value, not a serialized Java object")));
      }
      if (exception instanceof OptimisticLockingException || concurrency(exception)) {
        return concurrentChange();
      }
      log.error("Database failure in Camunda's REST API", exception);
      return response(500, "ProcessEnginePersistenceException",
          "The database refused the change; the error is logged on the server", List.of());
    }
  }

  /**
   * Camunda's REST resources wrap what the engine threw into their own RestException (completing a
   * task turns any engine exception into a 500): look at what it wraps.
   */
  public static class WrappedExceptionMapper implements ExtendedExceptionMapper<RestException> {

    private final EngineExceptionMapper engine = new EngineExceptionMapper();

    @Override
    public boolean isMappable(RestException exception) {
      return exception.getCause() instanceof AuthorizationException || exception.getCause() instanceof NotFoundException
          || exception.getCause() instanceof ProcessEngineException cause && engine.isMappable(cause);
    }

    @Override
    public Response toResponse(RestException exception) {
      if (exception.getCause() instanceof AuthorizationException refused) {
        // Some resources turn every engine exception into a 400 "Not enough parameters submitted".
        return response(403, "AuthorizationException", refused.getMessage(), List.of());
      }
      if (exception.getCause() instanceof NotFoundException unknown) {
        // Completing a task that is gone is a 404, where Camunda's resource answers 500.
        return response(404, "NotFoundException", unknown.getMessage(), List.of());
      }
      return engine.toResponse((ProcessEngineException) exception.getCause());
    }
  }

  /** The fields of a task input refusal anywhere in the cause chain. */
  static List<ProblemException.FieldProblem> fieldProblems(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof FieldProblems problems) {
        return problems.fieldProblems();
      }
    }
    return null;
  }

  private static ProblemException refusal(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof ProblemException problem) {
        return problem;
      }
    }
    return null;
  }

  /** ENGINE-17007, the engine refusing a Java-serialized variable: the variable's name, or null. */
  private static String javaSerialization(ProcessEngineException exception) {
    String message = exception.getMessage();
    if (message == null || !message.startsWith(JAVA_SERIALIZATION_PROHIBITED)) {
      return null;
    }
    Matcher name = VARIABLE_NAME.matcher(message);
    return name.find() ? name.group(1) : "variables";
  }

  private static final String JAVA_SERIALIZATION_PROHIBITED = "ENGINE-17007";
  private static final Pattern VARIABLE_NAME = Pattern.compile("with name (\\S+?)\\. ");

  private static boolean concurrency(Throwable exception) {
    return ConcurrencyFailures.isConcurrencyFailure(exception);
  }

  private static boolean persistence(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof ProcessEnginePersistenceException || cause instanceof java.sql.SQLException) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof FieldProblems) {
        return cause.getMessage();
      }
    }
    return exception.getMessage();
  }

  /** A domain refusal in Camunda's error shape, with its hint to retry if it is a lost race. */
  static Response problemResponse(ProblemException problem) {
    Response response = response(problem.getStatusCode().value(), problem.getClass().getSimpleName(),
        problem.getMessage(), problem.getErrors());
    return problem.isRetryable() ? Response.fromResponse(response)
        .header("Retry-After", ConcurrencyFailures.RETRY_AFTER_SECONDS).build() : response;
  }

  /** 409 with a hint to retry: the loser of a race may simply send its request again. */
  static Response concurrentChange() {
    return Response.fromResponse(response(409, "OptimisticLockingException", CONCURRENT_CHANGE, List.of()))
        .header("Retry-After", ConcurrencyFailures.RETRY_AFTER_SECONDS).build();
  }

  static Response response(int status, String type, String message, List<ProblemException.FieldProblem> errors) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    body.put("code", null);
    body.put("errors", errors);
    return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body).build();
  }

  /** An exception that names the offending fields (the task input refusal of the workflow package). */
  public interface FieldProblems {
    List<ProblemException.FieldProblem> fieldProblems();
  }
}
