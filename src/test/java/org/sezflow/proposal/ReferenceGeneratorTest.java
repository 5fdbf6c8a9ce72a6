package org.sezflow.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first references of a year drawn at once, each in a transaction of its own as the API and
 * Tasklist starts draw them: all succeed, with the numbers 1 to n. (On MySQL the first draws of a
 * year used to deadlock on the counter row they all tried to create.)
 */
@SpringBootTest
class ReferenceGeneratorTest {

  static final int DRAWS = 8;
  /** A year far from today's, so no other test's counter is touched. */
  final int year = 2400 + ThreadLocalRandom.current().nextInt(500);

  @Autowired
  JdbcClient jdbc;

  @Autowired
  PlatformTransactionManager transactions;

  @AfterEach
  void removeCounter() {
    jdbc.sql("DELETE FROM sez_reference_sequence WHERE ref_year = ?").param(year).update();
  }

  @Test
  void concurrentFirstDrawsOfAYearAllSucceedWithConsecutiveNumbers() throws Exception {
    ReferenceGenerator generator = new ReferenceGenerator(jdbc, transactions,
        Clock.fixed(Instant.parse(year + "-01-01T00:00:01Z"), ZoneOffset.UTC));
    TransactionTemplate transaction = new TransactionTemplate(transactions);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(DRAWS);
    List<Future<String>> draws = new ArrayList<>();
    for (int i = 0; i < DRAWS; i++) {
      draws.add(pool.submit(() -> {
        start.await();
        return transaction.execute(status -> generator.next());
      }));
    }
    start.countDown();
    List<String> references = new ArrayList<>();
    for (Future<String> draw : draws) {
      references.add(draw.get());
    }
    pool.shutdown();

    List<String> expected = new ArrayList<>();
    for (int i = 1; i <= DRAWS; i++) {
      expected.add(String.format("JV-%d-%06d", year, i));
    }
    assertThat(references).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(generator.next()).isEqualTo(String.format("JV-%d-%06d", year, DRAWS + 1));
  }
}
