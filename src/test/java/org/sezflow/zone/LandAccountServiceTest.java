package org.sezflow.zone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The land-account service against the real database (H2 or, in CI, MySQL). Tests share the
 * seeded zones, so each works with its own proposal references and compares before and after.
 */
@SpringBootTest
class LandAccountServiceTest {

  @Autowired
  LandAccountService landAccounts;

  @Autowired
  ZoneRegistry registry;

  @Autowired
  JdbcClient jdbc;

  private static String newRef() {
    return "TEST-" + UUID.randomUUID().toString().substring(0, 18);
  }

  private static ZoneChangeCause cause(String ref, String step) {
    return new ZoneChangeCause(ref, null, step, "land-test");
  }

  private LandAccount account(String zone) {
    return registry.get(zone).zone().land();
  }

  private long eventCount(String zone) {
    return jdbc.sql("SELECT COUNT(*) FROM sez_zone_event WHERE zone_code = ?").param(zone).query(Long.class).single();
  }

  private List<ZoneEventType> eventsOf(String ref) {
    return jdbc.sql("SELECT event_type FROM sez_zone_event WHERE proposal_ref = ? ORDER BY id")
        .param(ref).query(String.class).list().stream().map(ZoneEventType::valueOf).toList();
  }

  @Test
  void reserveAllocateMovesLandAndLogsEachStep() {
    String ref = newRef();
    LandAccount before = account("AIIC");

    LandAccount reserved = landAccounts.reserve("AIIC", ref, new BigDecimal("12.50"), cause(ref, "Reserve land"));
    assertThat(reserved.reservedAcres()).isEqualByComparingTo(before.reservedAcres().add(new BigDecimal("12.50")));
    assertThat(reserved.freeAcres()).isEqualByComparingTo(before.freeAcres().subtract(new BigDecimal("12.50")));
    assertThat(landAccounts.holding(ref)).get().extracting(LandHolding::status).isEqualTo(LandHoldingStatus.RESERVED);

    LandHolding plot = landAccounts.allocate(ref, cause(ref, "Allocate plot"));
    assertThat(plot.status()).isEqualTo(LandHoldingStatus.ALLOCATED);
    assertThat(plot.plotNumber()).matches("AIIC-P\\d{4}");
    LandAccount allocated = account("AIIC");
    assertThat(allocated.reservedAcres()).isEqualByComparingTo(before.reservedAcres());
    assertThat(allocated.allocatedAcres()).isEqualByComparingTo(before.allocatedAcres().add(new BigDecimal("12.50")));
    assertThat(eventsOf(ref)).containsExactly(ZoneEventType.LAND_RESERVED, ZoneEventType.LAND_ALLOCATED);

    ZoneEvent last = registry.get("AIIC").latestEvents().stream()
        .filter(e -> ref.equals(e.proposalRef())).findFirst().orElseThrow();
    assertThat(last.type()).isEqualTo(ZoneEventType.LAND_ALLOCATED);
    assertThat(last.step()).isEqualTo("Allocate plot");
    assertThat(last.detail()).isEqualTo("plot " + plot.plotNumber());
    assertThat(last.actor()).isEqualTo("land-test");
    assertThat(last.freeAfter()).isEqualByComparingTo(allocated.freeAcres());
    assertThat(last.occurredAt()).isNotNull();
  }

  @Test
  void releaseGivesReservedLandBackExactlyOnce() {
    String ref = newRef();
    LandAccount before = account("DSEZ");
    landAccounts.reserve("DSEZ", ref, new BigDecimal("40"), cause(ref, "Reserve land"));

    assertThat(landAccounts.release(ref, cause(ref, "Proposal rejected"))).get()
        .extracting(LandHolding::acres).satisfies(a -> assertThat(a).isEqualByComparingTo("40"));
    assertThat(landAccounts.release(ref, cause(ref, "Proposal rejected"))).isEmpty();

    assertThat(account("DSEZ")).isEqualTo(before);
    assertThat(eventsOf(ref)).containsExactly(ZoneEventType.LAND_RESERVED, ZoneEventType.LAND_RELEASED);
    assertThat(landAccounts.holding(ref)).get().extracting(LandHolding::status).isEqualTo(LandHoldingStatus.RELEASED);
  }

  @Test
  void aReleasedProposalMayReserveAgainElsewhere() {
    String ref = newRef();
    landAccounts.reserve("DSEZ", ref, new BigDecimal("5"), cause(ref, "Reserve land"));
    landAccounts.release(ref, cause(ref, "Choose another zone"));

    landAccounts.reserve("RSEZ", ref, new BigDecimal("3"), cause(ref, "Reserve land"));

    assertThat(landAccounts.holding(ref)).get().satisfies(h -> {
      assertThat(h.zoneCode()).isEqualTo("RSEZ");
      assertThat(h.acres()).isEqualByComparingTo("3");
      assertThat(h.status()).isEqualTo(LandHoldingStatus.RESERVED);
    });
  }

  @Test
  void requestBeyondFreeLandIsRefusedAndChangesNothing() {
    String ref = newRef();
    LandAccount before = account("BSEZ");
    long events = eventCount("BSEZ");

    assertThatThrownBy(() -> landAccounts.reserve("BSEZ", ref, before.freeAcres().add(new BigDecimal("0.01")),
        cause(ref, "Reserve land")))
        .isInstanceOf(InsufficientLandException.class)
        .hasMessageContaining("Zone BSEZ has " + before.freeAcres().toPlainString() + " acres free");

    assertThat(account("BSEZ")).isEqualTo(before);
    assertThat(eventCount("BSEZ")).isEqualTo(events);
    assertThat(landAccounts.holding(ref)).isEmpty();
  }

  @Test
  void invalidRequestsAreRefusedWithTheFieldNamed() {
    String ref = newRef();
    LandAccount before = account("RSEZ");

    assertThatThrownBy(() -> landAccounts.reserve("RSEZ", ref, new BigDecimal("-1"), cause(ref, "Reserve land")))
        .isInstanceOf(InvalidLandRequestException.class)
        .satisfies(e -> assertThat(((InvalidLandRequestException) e).getErrors().get(0).field()).isEqualTo("acres"));
    assertThatThrownBy(() -> landAccounts.reserve("RSEZ", " ", BigDecimal.ONE, cause(ref, "Reserve land")))
        .isInstanceOf(InvalidLandRequestException.class)
        .satisfies(
            e -> assertThat(((InvalidLandRequestException) e).getErrors().get(0).field()).isEqualTo("proposalRef"));
    assertThatThrownBy(() -> landAccounts.reserve("NOPE", ref, BigDecimal.ONE, cause(ref, "Reserve land")))
        .isInstanceOf(ZoneNotFoundException.class);

    assertThat(account("RSEZ")).isEqualTo(before);
    assertThat(landAccounts.holding(ref)).isEmpty();
  }

  @Test
  void landIsNeverHeldTwiceOrAllocatedWithoutReservation() {
    String ref = newRef();
    landAccounts.reserve("RSEZ", ref, new BigDecimal("2"), cause(ref, "Reserve land"));
    LandAccount afterReserve = account("RSEZ");

    assertThatThrownBy(() -> landAccounts.reserve("RSEZ", ref, new BigDecimal("2"), cause(ref, "Reserve land")))
        .isInstanceOf(LandHoldingConflictException.class).hasMessageContaining("already holds 2.00 acres");
    landAccounts.allocate(ref, cause(ref, "Allocate plot"));
    assertThatThrownBy(() -> landAccounts.allocate(ref, cause(ref, "Allocate plot")))
        .isInstanceOf(LandHoldingConflictException.class).hasMessageContaining("no reservation to allocate");
    assertThatThrownBy(() -> landAccounts.allocate(newRef(), cause(ref, "Allocate plot")))
        .isInstanceOf(LandHoldingConflictException.class).hasMessageContaining("holds no land");

    LandAccount end = account("RSEZ");
    assertThat(end.reservedAcres()).isEqualByComparingTo(afterReserve.reservedAcres().subtract(new BigDecimal("2")));
    assertThat(end.allocatedAcres()).isEqualByComparingTo(afterReserve.allocatedAcres().add(new BigDecimal("2")));
  }

  @Test
  void releasingAnAllocatedProposalRevokesItsPlotOnce() {
    String ref = newRef();
    LandAccount before = account("RSEZ");
    landAccounts.reserve("RSEZ", ref, new BigDecimal("4"), cause(ref, "Reserve land"));
    LandHolding plot = landAccounts.allocate(ref, cause(ref, "Allocate plot"));

    assertThat(landAccounts.release(ref, cause(ref, "Withdrawn"))).get()
        .extracting(LandHolding::status).isEqualTo(LandHoldingStatus.ALLOCATED);
    assertThat(landAccounts.release(ref, cause(ref, "Withdrawn"))).isEmpty();

    assertThat(account("RSEZ")).isEqualTo(before);
    assertThat(eventsOf(ref)).containsExactly(
        ZoneEventType.LAND_RESERVED, ZoneEventType.LAND_ALLOCATED, ZoneEventType.LAND_RELEASED);
    assertThat(registry.get("RSEZ").latestEvents().get(0).detail())
        .isEqualTo("allocation of plot " + plot.plotNumber() + " revoked");
  }

  @Test
  void twentyConcurrentReservationsOnOneZoneEndWithAnExactAccount() throws Exception {
    String zone = "MMCSEZ";
    LandAccount before = account(zone);
    // Each request takes a 15th of the free land, so 15 of 20 fit and 5 must be refused.
    BigDecimal each = before.freeAcres().divide(new BigDecimal(15), 2, RoundingMode.DOWN);
    int fitting = Math.min(20, before.freeAcres().divide(each, 0, RoundingMode.DOWN).intValue());
    long eventsBefore = eventCount(zone);

    ExecutorService pool = Executors.newFixedThreadPool(20);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> results = new ArrayList<>();
    List<String> refs = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String ref = newRef();
      refs.add(ref);
      Callable<Boolean> reserve = () -> {
        start.await();
        try {
          landAccounts.reserve(zone, ref, each, cause(ref, "Reserve land"));
          return true;
        } catch (InsufficientLandException refused) {
          return false;
        }
      };
      results.add(pool.submit(reserve));
    }
    start.countDown();
    int succeeded = 0;
    for (Future<Boolean> result : results) {
      if (result.get(60, TimeUnit.SECONDS)) {
        succeeded++;
      }
    }
    pool.shutdown();

    LandAccount after = account(zone);
    assertThat(succeeded).isEqualTo(fitting);
    assertThat(after.reservedAcres())
        .isEqualByComparingTo(before.reservedAcres().add(each.multiply(new BigDecimal(succeeded))));
    assertThat(after.allocatedAcres()).isEqualByComparingTo(before.allocatedAcres());
    assertThat(after.freeAcres()).isNotNegative();
    assertThat(eventCount(zone)).isEqualTo(eventsBefore + succeeded);

    // Give the land back so that repeated runs on one database find the zone as before.
    refs.forEach(ref -> landAccounts.release(ref, cause(ref, "Clean up")));
    assertThat(account(zone)).isEqualTo(before);
  }

  @Test
  void leasableAreaCannotDropBelowWhatIsHeld() {
    String ref = newRef();
    landAccounts.reserve("MQSEZ", ref, new BigDecimal("10"), cause(ref, "Reserve land"));
    LandAccount held = account("MQSEZ");
    BigDecimal committed = held.reservedAcres().add(held.allocatedAcres());

    assertThatThrownBy(() -> landAccounts.changeLeasableArea("MQSEZ", committed.subtract(new BigDecimal("0.01")),
        new ZoneChangeCause(null, null, "Survey", "land-test")))
        .isInstanceOf(InvalidLandRequestException.class).hasMessageContaining("leasableAcres");
    assertThat(account("MQSEZ")).isEqualTo(held);

    LandAccount changed = landAccounts.changeLeasableArea("MQSEZ", held.leasableAcres(),
        new ZoneChangeCause(null, null, "Survey", "land-test"));
    assertThat(changed).isEqualTo(held);
    landAccounts.release(ref, cause(ref, "Clean up"));
  }
}
