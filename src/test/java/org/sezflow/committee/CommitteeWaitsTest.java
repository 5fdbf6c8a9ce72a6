package org.sezflow.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sezflow.committee.CommitteeSessionsTest.MovableClock;
import org.sezflow.committee.CommitteeWaits.FlaggedWait;
import org.sezflow.system.PakistanTime;
import org.sezflow.system.WorkingDayCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The waits for a committee that the SLA sweep flags, on the application's database (H2, or MySQL
 * under the mysql profile), without the engine: more working days than the threshold (counted in
 * Pakistan, holidays skipped), on no open agenda, once per wait; and the committee's waiting
 * proposals as the API lists them. Each test is rolled back. The clock stands on Monday 23 March
 * 2026, Pakistan Day (a holiday here too): five working days back is Monday 16 March.
 */
@Tag("slice")
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({CommitteeSessionRepository.class, AgendaRepository.class, CommitteeWaitRepository.class,
    CommitteeWaits.class, CommitteeWaitsTest.Config.class})
class CommitteeWaitsTest {

  static final int THRESHOLD = 5;
  static final int ENOUGH = 500;
  /** After Monday 2 February up to today: 3 to 6 February, then six whole weeks (Pakistan Day is today). */
  static final int WORKING_DAYS_SINCE_2_FEBRUARY = 4 + 6 * 5;

  @TestConfiguration(proxyBeanMethods = false)
  static class Config {
    @Bean
    MovableClock clock() {
      return new MovableClock();
    }

    @Bean
    WorkingDayCalendar workingDayCalendar() {
      return new WorkingDayCalendar(Set.of(CommitteeSessionsTest.TODAY));
    }
  }

  @Autowired
  CommitteeWaits waits;

  @Autowired
  CommitteeWaitRepository waitRepository;

  @Autowired
  AgendaRepository agenda;

  @Autowired
  CommitteeSessionRepository sessions;

  @Autowired
  MovableClock clock;

  @Autowired
  JdbcClient jdbc;

  final String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

  @BeforeEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void aWaitOfMoreWorkingDaysThanTheThresholdWithNoSessionIsFlaggedOnce() {
    // Thursday 12 March: 6 working days after it by today (13, 16 to 20; the weekends and Pakistan Day not).
    String sixDays = waitSince(Committee.JCC, "2026-03-12T10:00");
    // Friday 13 March, just after midnight in Pakistan (still the 12th in UTC): 5 working days, not more.
    String fiveDays = waitSince(Committee.JCC, "2026-03-13T00:30");
    // Thursday 12 March, just before midnight in Pakistan: 6.
    String lastMinute = waitSince(Committee.JWG, "2026-03-12T23:59");

    List<FlaggedWait> flagged = mine(waits.flagUnscheduled(THRESHOLD, ENOUGH));

    assertThat(flagged).extracting(FlaggedWait::proposalRef).containsExactly(sixDays, lastMinute);
    assertThat(flagged.get(0)).isEqualTo(new FlaggedWait(sixDays, Committee.JCC, pk("2026-03-12T10:00"), 6));
    assertThat(flagged.get(1).committee()).isEqualTo(Committee.JWG);
    assertThat(flags(sixDays)).isEqualTo(1);
    assertThat(jdbc.sql("SELECT working_days FROM sez_committee_wait_flag WHERE proposal_ref = ?").param(sixDays)
        .query(Integer.class).single()).isEqualTo(6);
    assertThat(flags(fiveDays)).isZero();

    // The next sweep finds nothing new; a second record of the same wait (another node) is refused by the key.
    assertThat(mine(waits.flagUnscheduled(THRESHOLD, ENOUGH))).isEmpty();
    assertThat(flags(sixDays)).isEqualTo(1);
    CommitteeWaitRepository.Wait again = new CommitteeWaitRepository.Wait(sixDays, Committee.JCC,
        pk("2026-03-12T10:00"));
    assertThatThrownBy(() -> waitRepository.flag(again, clock.instant(), 6))
        .isInstanceOf(DuplicateKeyException.class);

    // A day later, Friday 13 March has 6 working days behind it too.
    clock.advance(Duration.ofDays(1));
    assertThat(mine(waits.flagUnscheduled(THRESHOLD, ENOUGH))).extracting(FlaggedWait::proposalRef)
        .containsExactly(fiveDays);
  }

  @Test
  void aWaitOnAnOpenAgendaIsNotFlaggedOneTakenOffIs() {
    String onAgenda = waitSince(Committee.JCC, "2026-03-02T10:00");
    String takenOff = waitSince(Committee.JCC, "2026-03-03T10:00");
    long session = session(Committee.JCC);
    agenda.insert(session, Committee.JCC, onAgenda, ItemOrigin.GATHERED, null, AgendaPlacement.GATHERER, now());
    agenda.insert(session, Committee.JCC, takenOff, ItemOrigin.GATHERED, null, AgendaPlacement.GATHERER, now());
    long item = agenda.openItem(Committee.JCC, takenOff).orElseThrow().id();
    agenda.remove(item, "Papers incomplete", "jcc.secretary", now());
    // On the JCC's agenda, not the JWG's: its wait for the JWG is not taken up by any session.
    String otherCommittee = onAgenda;
    agenda.startWaiting(otherCommittee, Committee.JWG, pk("2026-03-04T10:00"));

    assertThat(mine(waits.flagUnscheduled(THRESHOLD, ENOUGH))).extracting(FlaggedWait::proposalRef,
        FlaggedWait::committee).containsExactly(tuple(takenOff, Committee.JCC),
            tuple(otherCommittee, Committee.JWG));
    assertThat(flags(onAgenda)).as("only its wait for the JWG").isEqualTo(1);
  }

  @Test
  void aProposalDeferredAndWaitingAgainIsANewWait() {
    String ref = waitSince(Committee.JCC, "2026-03-02T10:00");
    assertThat(mine(waits.flagUnscheduled(THRESHOLD, ENOUGH))).hasSize(1);
    assertThat(mine(waits.waiting(Committee.JCC))).singleElement().satisfies(w -> {
      assertThat(w.flagged()).isTrue();
      assertThat(w.flaggedAt()).isEqualTo(now());
    });

    // Decided DEFER at a session: it waits again from now, a wait not flagged.
    Instant deferredAt = now();
    agenda.stopWaiting(ref, Committee.JCC);
    agenda.startWaiting(ref, Committee.JCC, deferredAt);
    assertThat(mine(waits.flagUnscheduled(THRESHOLD, ENOUGH))).isEmpty();
    assertThat(mine(waits.waiting(Committee.JCC))).singleElement().satisfies(w -> {
      assertThat(w.flagged()).isFalse();
      assertThat(w.flaggedAt()).isNull();
      assertThat(w.workingDaysWaited()).isZero();
    });

    // Ten days on (Thursday 2 April), 8 working days later, with no session: flagged again.
    clock.advance(Duration.ofDays(10));
    assertThat(mine(waits.flagUnscheduled(THRESHOLD, ENOUGH))).singleElement()
        .isEqualTo(new FlaggedWait(ref, Committee.JCC, deferredAt, 8));
    assertThat(flags(ref)).isEqualTo(2);
  }

  @Test
  void oneSweepFlagsAtMostItsShareLongestFirst() {
    String newer = waitSince(Committee.JWG, "2026-03-05T10:00");
    String oldest = waitSince(Committee.JWG, "2026-02-02T10:00");
    String older = waitSince(Committee.JCC, "2026-02-20T10:00");
    // Other waits in the database (none on a fresh one) come first if older: flag until ours are done.
    List<String> order = new ArrayList<>();
    for (int sweep = 0; sweep < ENOUGH && order.size() < 3; sweep++) {
      List<FlaggedWait> one = waits.flagUnscheduled(THRESHOLD, 1);
      assertThat(one).hasSizeLessThanOrEqualTo(1);
      if (one.isEmpty()) {
        break;
      }
      order.addAll(mine(one).stream().map(FlaggedWait::proposalRef).toList());
    }
    assertThat(order).containsExactly(oldest, older, newer);
  }

  @Test
  void theCommitteesWaitingProposalsLongestFirstWithTheirSessionAndFlag() {
    String agendaRef = waitSince(Committee.JCC, "2026-03-16T10:00");
    String flaggedRef = waitSince(Committee.JCC, "2026-02-02T10:00");
    String jwgRef = waitSince(Committee.JWG, "2026-02-03T10:00");
    long session = session(Committee.JCC);
    agenda.insert(session, Committee.JCC, agendaRef, ItemOrigin.ADDED, "Urgent", "jcc.secretary", now());
    long item = agenda.openItem(Committee.JCC, agendaRef).orElseThrow().id();
    waits.flagUnscheduled(THRESHOLD, ENOUGH);

    List<WaitingProposal> jcc = mine(waits.waiting(Committee.JCC));

    assertThat(jcc).extracting(WaitingProposal::proposalRef).containsExactly(flaggedRef, agendaRef);
    assertThat(jcc.get(0)).isEqualTo(new WaitingProposal(flaggedRef, pk("2026-02-02T10:00"),
        WORKING_DAYS_SINCE_2_FEBRUARY, null, true, now()));
    String reference = sessions.find(session).orElseThrow().reference();
    assertThat(jcc.get(1)).isEqualTo(new WaitingProposal(agendaRef, pk("2026-03-16T10:00"), 4,
        new WaitingProposal.OnAgenda(session, reference, item), false, null));
    assertThat(reference).startsWith("JCC-");
    assertThat(mine(waits.waiting(Committee.JWG))).extracting(WaitingProposal::proposalRef).containsExactly(jwgRef);
  }

  // --- helpers -------------------------------------------------------------------------------

  /** A proposal of this test waiting for the committee since the given time in Pakistan. */
  private String waitSince(Committee committee, String pakistanTime) {
    String ref = "WAIT-" + run + "-" + UUID.randomUUID().toString().substring(0, 6);
    agenda.startWaiting(ref, committee, pk(pakistanTime));
    return ref;
  }

  private long session(Committee committee) {
    LocalDate date = CommitteeSessionsTest.TODAY.plusDays(20);
    return sessions.insert(committee, sessions.nextNumber(committee), date, "Islamabad", date.minusDays(5),
        "secretary", now());
  }

  private int flags(String ref) {
    return jdbc.sql("SELECT COUNT(*) FROM sez_committee_wait_flag WHERE proposal_ref = ?").param(ref)
        .query(Integer.class).single();
  }

  private <T> List<T> mine(List<T> items) {
    return items.stream().filter(i -> i.toString().contains("WAIT-" + run + "-")).toList();
  }

  private Instant now() {
    return clock.instant();
  }

  private static Instant pk(String pakistanTime) {
    return LocalDateTime.parse(pakistanTime).atZone(PakistanTime.ZONE).toInstant();
  }
}
