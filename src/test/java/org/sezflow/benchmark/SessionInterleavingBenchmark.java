package org.sezflow.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.sezflow.committee.SessionInterleaving;
import org.sezflow.proposal.ProposalEvents;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The committees' sessions under thousands of random interleavings on two nodes (issue 21): runs
 * of {@code sezflow.interleaving.rounds} rounds (default 200), each with a seed of its own, until
 * {@code sezflow.interleaving.total} rounds (default 2,000) have run; prints the rounds per second
 * and every seed whose run broke an invariant, to be played again in SessionInterleavingTest with
 * {@code -Dsezflow.interleaving.seed}. {@code ./mvnw -Pbenchmark test -Dtest=SessionInterleavingBenchmark}
 * (the mysql profile's environment for MySQL).
 */
class SessionInterleavingBenchmark {

  @Test
  void thousandsOfInterleavings() {
    int perRun = Integer.getInteger("sezflow.interleaving.rounds", 200);
    int total = Integer.getInteger("sezflow.interleaving.total", 2000);
    String dataDir = "./target/benchmark-db/interleaving-" + UUID.randomUUID();
    ConfigurableApplicationContext first = SessionInterleaving.node(dataDir, "interleaving-bench-1", false);
    ConfigurableApplicationContext second = SessionInterleaving.node(dataDir, "interleaving-bench-2", false);
    List<Long> failedSeeds = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    long rounds = 0;
    long millis = 0;
    try {
      JdbcClient jdbc = first.getBean(JdbcClient.class);
      List<SessionInterleaving.Node> nodes = List.of(
          new SessionInterleaving.Node("node-1", first.getBean(ProcessEngine.class),
              first.getBean(ProposalEvents.class)),
          new SessionInterleaving.Node("node-2", second.getBean(ProcessEngine.class),
              second.getBean(ProposalEvents.class)));
      while (rounds < total) {
        long seed = System.nanoTime();
        SessionInterleaving run = new SessionInterleaving(nodes, jdbc, seed);
        SessionInterleaving.Outcome outcome;
        try {
          outcome = run.run(perRun);
        } finally {
          run.cleanUp();
        }
        rounds += outcome.rounds();
        millis += outcome.millis();
        if (!outcome.failures().isEmpty()) {
          failedSeeds.add(seed);
          failures.addAll(outcome.failures());
        }
        System.out.printf("SessionInterleavingBenchmark: seed %d, %d rounds in %d ms (%.1f rounds/s), %d failures; "
            + "outcomes %s%n", seed, outcome.rounds(), outcome.millis(), outcome.rounds() * 1000.0 / outcome.millis(),
            outcome.failures().size(), outcome.outcomes());
      }
    } finally {
      second.close();
      first.close();
    }
    System.out.printf("SessionInterleavingBenchmark: %d rounds in %.1f s, %.1f rounds/s; failed seeds: %s%n", rounds,
        millis / 1000.0, rounds * 1000.0 / millis, failedSeeds);
    failures.forEach(failure -> System.out.println("  " + failure));
  }
}
