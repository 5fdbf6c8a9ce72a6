package org.sezflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sezflow.variables.ProcessVariables.*;
import static org.sezflow.workflow.ProposalFixtures.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.sezflow.zone.LandAccount;
import org.sezflow.zone.ZoneRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Ten proposals on one zone ask for more land than it has free; the PMU accepts all ten at the
 * same moment. The zone's row lock lets exactly as many reserve as fit; the rest go to "Choose
 * another zone or area". On H2 and, in CI, on MySQL.
 */
@SpringBootTest
class ConcurrentLandDecisionTest {

  static final String ZONE = "ICTMIZ";

  @Autowired
  RuntimeService runtime;

  @Autowired
  TaskService tasks;

  @Autowired
  ZoneRegistry zones;

  @Autowired
  JdbcClient jdbc;

  @Test
  void tenConcurrentAcceptancesNeverOverAllocate() throws Exception {
    LandAccount before = zones.get(ZONE).zone().land();
    // Each asks for a seventh of the free land: seven fit, ten do not.
    BigDecimal each = before.freeAcres().divide(new BigDecimal(7), 2, RoundingMode.DOWN);
    int fitting = before.freeAcres().divide(each, 0, RoundingMode.DOWN).intValue();
    assertThat(fitting).isLessThan(10);

    List<ProcessInstance> instances = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      Map<String, Object> variables = textilesJv(ZONE, each.doubleValue());
      variables.put(SECTOR, "pharma");
      instances.add(runtime.startProcessInstanceByKey(PROCESS_KEY, variables));
    }
    List<Task> screenings = instances.stream()
        .map(pi -> tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("ScreenProposal")
            .singleResult())
        .toList();

    ExecutorService pool = Executors.newFixedThreadPool(10);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    for (Task screening : screenings) {
      done.add(pool.submit(() -> {
        go.await();
        tasks.complete(screening.getId(), screening("ACCEPT", "Accepted for land reservation"));
        return null;
      }));
    }
    go.countDown();
    for (Future<?> f : done) {
      f.get(120, TimeUnit.SECONDS);
    }
    pool.shutdown();

    long reserved = instances.stream().filter(pi -> waitingAt(pi, "PrepareMou")).count();
    long shortOfLand = instances.stream().filter(pi -> waitingAt(pi, "ChooseZoneOrArea")).count();
    assertThat(reserved).isEqualTo(fitting);
    assertThat(shortOfLand).isEqualTo(10 - fitting);

    LandAccount after = zones.get(ZONE).zone().land();
    assertThat(after.reservedAcres())
        .isEqualByComparingTo(before.reservedAcres().add(each.multiply(new BigDecimal(fitting))));
    assertThat(after.allocatedAcres()).isEqualByComparingTo(before.allocatedAcres());
    assertThat(after.freeAcres()).isNotNegative();
    List<String> refs = instances.stream().map(ProcessInstance::getBusinessKey).toList();
    assertThat(landReservedEvents(refs)).isEqualTo(fitting);

    // Withdraw all ten: the zone is as it was.
    for (String ref : refs) {
      runtime.createMessageCorrelation(MESSAGE_PROPOSAL_WITHDRAWN).processInstanceBusinessKey(ref).correlate();
    }
    assertThat(zones.get(ZONE).zone().land()).isEqualTo(before);
  }

  private boolean waitingAt(ProcessInstance pi, String activityId) {
    return runtime.getActiveActivityIds(pi.getId()).contains(activityId);
  }

  private long landReservedEvents(List<String> refs) {
    return refs.stream()
        .mapToLong(ref -> jdbc
            .sql("SELECT COUNT(*) FROM sez_zone_event WHERE proposal_ref = ? AND event_type = 'LAND_RESERVED'")
            .param(ref).query(Long.class).single())
        .sum();
  }
}
