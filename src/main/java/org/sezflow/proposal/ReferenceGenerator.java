package org.sezflow.proposal;

import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sezflow.system.PakistanTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Proposal references JV-2026-000123: numbered per year (Pakistan's) in the database, so every node of a
 * cluster draws from one sequence. The counter row stays locked until the transaction that took
 * the number ends. The REST API takes its number before its own transaction, in a short one of
 * its own, so concurrent submissions do not queue behind the counter while their processes start
 * (a submission that then fails leaves a gap in the numbers). A proposal started in Tasklist
 * takes its number inside the engine's transaction, which gives the number back if it fails.
 */
@Component
class ReferenceGenerator {

  private static final Pattern GENERATED = Pattern.compile("^JV-(\\d{4})-(\\d{6,10})$");

  private final JdbcClient jdbc;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;

  ReferenceGenerator(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  @Transactional
  String next() {
    int year = PakistanTime.today(clock).getYear();
    ensureCounter(year);
    if (increment(year) != 1) {
      throw new IllegalStateException("No reference counter for " + year);
    }
    int value = jdbc.sql("SELECT last_value FROM sez_reference_sequence WHERE ref_year = ?").param(year)
        .query(Integer.class).single();
    return format(year, value);
  }

  /**
   * Creates the year's counter, at 0, in a transaction of its own. Not in the drawing transaction:
   * on MySQL, concurrent first draws of a year that each updated the missing row (a gap lock) and
   * then inserted it deadlocked, and one of them failed.
   */
  private void ensureCounter(int year) {
    boolean exists = jdbc.sql("SELECT COUNT(*) FROM sez_reference_sequence WHERE ref_year = ?").param(year)
        .query(Integer.class).single() > 0;
    if (!exists) {
      ownTransaction.executeWithoutResult(status -> {
        try {
          jdbc.sql("INSERT INTO sez_reference_sequence (ref_year, last_value) VALUES (?, 0)").param(year).update();
        } catch (DuplicateKeyException createdConcurrently) {
          status.setRollbackOnly();
        }
      });
    }
  }

  /**
   * Whether a requested reference is free of the sequence: not of the form JV-year-number, or a
   * number already given out (a gap left by a failed submission may be filled).
   */
  boolean isDrawnOrOwn(String reference) {
    Matcher generated = GENERATED.matcher(reference);
    if (!generated.matches()) {
      return true;
    }
    int year = Integer.parseInt(generated.group(1));
    long number = Long.parseLong(generated.group(2));
    Long drawn = jdbc.sql("SELECT last_value FROM sez_reference_sequence WHERE ref_year = ?").param(year)
        .query(Long.class).optional().orElse(0L);
    return number <= drawn;
  }

  private int increment(int year) {
    return jdbc.sql("UPDATE sez_reference_sequence SET last_value = last_value + 1 WHERE ref_year = ?")
        .param(year).update();
  }

  private static String format(int year, int value) {
    return String.format("JV-%d-%06d", year, value);
  }
}
