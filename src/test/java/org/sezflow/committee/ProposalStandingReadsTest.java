package org.sezflow.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sezflow.committee.CommitteeSessionsTest.MovableClock;
import org.sezflow.proposal.CommitteeStandings.AgendaEntry;
import org.sezflow.proposal.CommitteeStandings.Session;
import org.sezflow.proposal.CommitteeStandings.Standing;
import org.sezflow.system.UtcTimestamps;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where proposals stand with the committees, as their views and timelines read it, on the
 * application's database (H2, or MySQL under the mysql profile) without the engine: the sessions
 * are changed through {@link CommitteeSessions}, as the secretariats change them. Each test is
 * rolled back; its proposals are its own (TEST-run-n), its sessions dated in 2026's spring, before
 * any other test's open session.
 */
@Tag("slice")
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({CommitteeSessionRepository.class, AgendaRepository.class, CommitteeSessions.class, SessionChecks.class,
    SessionLocks.class, AgendaPlacement.class,
    StandingRepository.class, ProposalStandingReads.class, CommitteeSessionsTest.Config.class})
class ProposalStandingReadsTest {

  static final Instant NOW = CommitteeSessionsTest.NOW;
  static final LocalDate TODAY = CommitteeSessionsTest.TODAY;
  static final Instant MARCH_FIRST = Instant.parse("2026-03-01T00:00:00Z");

  @Autowired
  ProposalStandingReads reads;

  @Autowired
  CommitteeSessions sessions;

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
  void aProposalWaitingWithNoSessionHasNeitherSessionNorItemAndOneWaitingForNoneIsLeftOut() {
    waitingFor(Committee.JCC, ref(1), MARCH_FIRST);

    Map<String, Standing> standings = reads.standings(List.of(ref(1), ref(2)));

    assertThat(standings).containsOnlyKeys(ref(1));
    assertThat(standings.get(ref(1))).isEqualTo(new Standing("JCC", MARCH_FIRST, null, null, null));
    assertThat(reads.agendaHistory(ref(1))).isEmpty();
    assertThat(reads.standings(List.of())).isEmpty();
  }

  @Test
  void aProposalGatheredOntoAScheduledSessionStandsOnItsAgendaAndItsHistoryShowsHow() {
    CommitteeSession session = schedule(Committee.JCC, 14, "Islamabad");
    sessions.startWaiting(ref(1), Committee.JCC);
    long item = onlyItem(session);

    Session cited = new Session(session.id(), "JCC-" + session.sessionNumber(), session.citation(),
        TODAY.plusDays(14), "Islamabad", "SCHEDULED");
    assertThat(reads.standings(List.of(ref(1))))
        .containsExactlyEntriesOf(Map.of(ref(1), new Standing("JCC", NOW, cited, item, null)));
    assertThat(reads.agendaHistory(ref(1))).containsExactly(new AgendaEntry(item, cited, "GATHERED", null,
        AgendaPlacement.GATHERER, NOW, null, null, null, null, null, null, null, null, null));
  }

  @Test
  void aRemovedItemStaysInTheHistoryAndTheNextSessionGathersTheProposal() {
    CommitteeSession next = schedule(Committee.JWG, 14, "Islamabad");
    CommitteeSession later = schedule(Committee.JWG, 40, "Karachi");
    sessions.startWaiting(ref(1), Committee.JWG);
    long removed = onlyItem(next);
    clock.advance(Duration.ofHours(2));
    sessions.removeItem(next.id(), removed, "The ministries asked for more time", "jwg-secretary");
    long gathered = onlyItem(later);

    Standing standing = reads.standings(List.of(ref(1))).get(ref(1));
    assertThat(standing.session().id()).isEqualTo(later.id());
    assertThat(standing.session().date()).isEqualTo(TODAY.plusDays(40));
    assertThat(standing.session().venue()).isEqualTo("Karachi");
    assertThat(standing.agendaItemId()).isEqualTo(gathered);
    assertThat(standing.waitingSince()).isEqualTo(NOW);

    List<AgendaEntry> history = reads.agendaHistory(ref(1));
    assertThat(history).extracting(AgendaEntry::itemId, e -> e.session().id(), AgendaEntry::addedAt,
        AgendaEntry::removedReason, AgendaEntry::removedBy, AgendaEntry::removedAt)
        .containsExactly(
            tuple(removed, next.id(), NOW, "The ministries asked for more time",
                "jwg-secretary", NOW.plus(Duration.ofHours(2))),
            tuple(gathered, later.id(), NOW.plus(Duration.ofHours(2)), null, null,
                null));
  }

  @Test
  void aWithdrawnProposalWaitsForNoCommitteeAndItsItemShowsWhen() {
    CommitteeSession session = schedule(Committee.JCC, 14, "Islamabad");
    sessions.startWaiting(ref(1), Committee.JCC);
    long item = onlyItem(session);
    clock.advance(Duration.ofDays(1));
    sessions.withdraw(ref(1));

    assertThat(reads.standings(List.of(ref(1)))).isEmpty();
    assertThat(reads.agendaHistory(ref(1))).singleElement().satisfies(e -> {
      assertThat(e.itemId()).isEqualTo(item);
      assertThat(e.withdrawnAt()).isEqualTo(NOW.plus(Duration.ofDays(1)));
      assertThat(e.removedAt()).isNull();
      assertThat(e.decision()).isNull();
    });
  }

  @Test
  void aDecisionShowsOnTheOpenSessionUntilItClosesAndInTheHistoryWithItsMinutes() {
    CommitteeSession session = schedule(Committee.JCC, 14, "Islamabad");
    sessions.startWaiting(ref(1), Committee.JCC);
    sessions.startWaiting(ref(2), Committee.JCC);
    sessions.freezeAgenda(session.id());
    long approved = itemOf(session, ref(1));
    long deferred = itemOf(session, ref(2));
    clock.advance(Duration.ofDays(14));
    sessions.recordDecisions(session.id(), List.of(new SessionDecision(approved, "APPROVE",
        "14th JCC minutes, item 3", null)), "jcc-secretary");

    Standing decided = reads.standings(List.of(ref(1))).get(ref(1));
    assertThat(decided.decision()).isEqualTo("APPROVE");
    assertThat(decided.agendaItemId()).isEqualTo(approved);
    assertThat(decided.session().status()).isEqualTo("AGENDA_FROZEN");

    sessions.recordDecisions(session.id(),
        List.of(new SessionDecision(deferred, "DEFER", "14th JCC minutes, item 4", "The committee's reasons")),
        "jcc-secretary");
    sessions.close(session.id());

    assertThat(reads.standings(List.of(ref(1), ref(2)))).isEmpty();
    assertThat(reads.agendaHistory(ref(1))).singleElement().satisfies(e -> {
      assertThat(e.decision()).isEqualTo("APPROVE");
      assertThat(e.minutesRef()).isEqualTo("14th JCC minutes, item 3");
      assertThat(e.decidedBy()).isEqualTo("jcc-secretary");
      assertThat(e.decidedAt()).isEqualTo(NOW.plus(Duration.ofDays(14)));
      assertThat(e.session().citation()).isEqualTo(session.citation());
      assertThat(e.session().status()).isEqualTo("CLOSED");
    });
  }

  @Test
  void aPageOfProposalsIsReadAtOnceAndOneWaitingForBothCommitteesStandsWithTheLaterOne() {
    CommitteeSession jcc = schedule(Committee.JCC, 14, "Islamabad");
    waitingFor(Committee.JWG, ref(1), MARCH_FIRST); // no JWG session
    sessions.startWaiting(ref(2), Committee.JCC);
    waitingFor(Committee.JWG, ref(4), MARCH_FIRST);
    sessions.startWaiting(ref(4), Committee.JCC);

    Map<String, Standing> standings = reads.standings(List.of(ref(1), ref(2), ref(3), ref(4)));

    assertThat(standings).containsOnlyKeys(ref(1), ref(2), ref(4));
    assertThat(standings.get(ref(1))).isEqualTo(new Standing("JWG", MARCH_FIRST, null, null, null));
    assertThat(standings.get(ref(2)).committee()).isEqualTo("JCC");
    assertThat(standings.get(ref(2)).session().id()).isEqualTo(jcc.id());
    assertThat(standings.get(ref(4)).committee()).isEqualTo("JCC");
    assertThat(standings.get(ref(4)).waitingSince()).isEqualTo(NOW);
    assertThat(standings.get(ref(4)).session().id()).isEqualTo(jcc.id());
    assertThat(standings.get(ref(2)).agendaItemId()).isNotEqualTo(standings.get(ref(4)).agendaItemId());
  }

  /** A session of the committee so many days from today, its agenda gathering until a week before. */
  private CommitteeSession schedule(Committee committee, int daysAhead, String venue) {
    return sessions.schedule(committee, null, TODAY.plusDays(daysAhead), venue, TODAY.plusDays(daysAhead - 7),
        "secretariat");
  }

  private long itemOf(CommitteeSession session, String ref) {
    return sessions.agenda(session.id()).items().stream().filter(i -> i.proposalRef().equals(ref)).findFirst()
        .orElseThrow().id();
  }

  private long onlyItem(CommitteeSession session) {
    return sessions.agenda(session.id()).items().stream().filter(i -> i.proposalRef().startsWith("TEST-" + run))
        .filter(AgendaItem::onAgenda).map(AgendaItem::id).reduce((a, b) -> {
          throw new AssertionError("more than one item of this test on " + session.citation());
        }).orElseThrow();
  }

  private void waitingFor(Committee committee, String ref, Instant since) {
    jdbc.sql("INSERT INTO sez_committee_waiting (proposal_ref, committee, since) VALUES (?, ?, ?)")
        .params(ref, committee.name(), UtcTimestamps.toColumn(since)).update();
  }

  private String ref(int n) {
    return "TEST-" + run + "-" + n;
  }
}
