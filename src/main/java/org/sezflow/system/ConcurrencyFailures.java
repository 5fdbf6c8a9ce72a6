package org.sezflow.system;

import java.sql.SQLException;
import java.util.Set;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * Whether an error is another request's concurrent change, which the loser may simply retry: the
 * engine's optimistic lock, or the database's lock wait or deadlock, whether Spring translated it
 * (the application's own statements) or the engine wrapped it (its flush of a command). Both doors
 * answer it with 409 and {@code Retry-After}.
 */
public final class ConcurrencyFailures {

  /** How soon, in seconds, a loser may try again ({@code Retry-After}). */
  public static final int RETRY_AFTER_SECONDS = 1;

  /** Deadlock or serialization failure (SQL standard, MySQL 1213, H2 40001). */
  private static final Set<String> ROLLBACK_STATES = Set.of("40001", "40P01");

  /** MySQL's lock wait timeout (1205) and deadlock (1213); H2's lock timeout (50200) and deadlock (40001). */
  private static final Set<Integer> LOCK_ERROR_CODES = Set.of(1205, 1213, 50200, 40001);

  private ConcurrencyFailures() {}

  public static boolean isConcurrencyFailure(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof ConcurrencyFailureException || cause instanceof OptimisticLockingException) {
        return true;
      }
      if (cause instanceof SQLException sql && (sql.getSQLState() != null && ROLLBACK_STATES.contains(sql.getSQLState())
          || LOCK_ERROR_CODES.contains(sql.getErrorCode()))) {
        return true;
      }
    }
    return false;
  }
}
