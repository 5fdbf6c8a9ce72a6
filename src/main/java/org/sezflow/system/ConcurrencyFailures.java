package org.sezflow.system;

import java.sql.SQLException;
import java.util.Set;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * Whether an error is another request's concurrent change, which the loser may simply retry: the
 * engine's optimistic lock, or the database's lock wait or deadlock, whether Spring translated it
 * (the application's own statements) or the engine wrapped it (its flush of a command); and a
 * foreign key that the engine's flush found missing. The engine writes no row that refers to one it
 * has not written, so a missing one was deleted by another node's change of the same process at the
 * same moment (seen on MySQL: a withdrawal ending a proposal while its last consultation started a
 * wait, which the engine itself took for an optimistic locking failure only when the missing row is
 * the one it looks up). Both doors answer it with 409 and {@code Retry-After}.
 */
public final class ConcurrencyFailures {

  /** How soon, in seconds, a loser may try again ({@code Retry-After}). */
  public static final int RETRY_AFTER_SECONDS = 1;

  /** Deadlock or serialization failure (SQL standard, MySQL 1213, H2 40001). */
  private static final Set<String> ROLLBACK_STATES = Set.of("40001", "40P01");

  /** MySQL's lock wait timeout (1205) and deadlock (1213); H2's lock timeout (50200) and deadlock (40001). */
  private static final Set<Integer> LOCK_ERROR_CODES = Set.of(1205, 1213, 50200, 40001);

  /** A missing parent row: MySQL's 1452, H2's 23506 (referential integrity). */
  private static final Set<Integer> MISSING_PARENT_CODES = Set.of(1452, 23506);

  private ConcurrencyFailures() {}

  public static boolean isConcurrencyFailure(Throwable error) {
    boolean enginesFlush = false;
    for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      enginesFlush |= cause instanceof ProcessEnginePersistenceException;
      if (enginesFlush && cause instanceof SQLException sql && MISSING_PARENT_CODES.contains(sql.getErrorCode())) {
        return true;
      }
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
