package org.sezflow.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sezflow.system.ProblemException;
import org.sezflow.system.ProblemException.FieldProblem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The committees' sessions on the application's database (H2, or MySQL under the mysql profile),
 * without the engine: numbering, the agenda that gathers waiting proposals until its cut-off, the
 * secretariat's additions and removals, the session's decisions all or none, withdrawal and close.
 * Each test is rolled back.
 */
@Tag("slice")
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({CommitteeSessionRepository.class, AgendaRepository.class, CommitteeSessions.class, SessionChecks.class,
    SessionLocks.class, AgendaPlacement.class,
    SessionAgendas.class, CommitteeSessionsTest.Config.class})
class CommitteeSessionsTest {

  /** Monday 23 March 2026, 10:00 in Pakistan. */
  static final Instant NOW = Instant.parse("2026-03-23T05:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 3, 23);

  @TestConfiguration(proxyBeanMethods = false)
  static class Config {
    @Bean
    MovableClock clock() {
      return new MovableClock();
    }
  }

  /** A clock the test moves forward: past an agenda's cut-off, say. */
  static class MovableClock extends Clock {
    private Instant now = NOW;

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    void reset() {
      now = NOW;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Autowired
  CommitteeSessions sessions;

  @Autowired
  SessionChecks checks;

  @Autowired
  SessionAgendas agendas;

  @Autowired
  MovableClock clock;

  @Autowired
  JdbcClient jdbc;

  final String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

  /** Each test starts on {@link #NOW}, whatever an earlier one moved the clock to. */
  @BeforeEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void sessionsAreNumberedPerCommitteeAndANumberIsTakenOnce() {
    int next = sessions.list(Committee.JCC).stream().mapToInt(CommitteeSession::sessionNumber).max().orElse(0) + 1;
    CommitteeSession first = schedule(Committee.JCC, null);
    CommitteeSession second = schedule(Committee.JCC, null);
    assertThat(first.sessionNumber()).isEqualTo(next);
    assertThat(second.sessionNumber()).isEqualTo(next + 1);
    assertThat(first.status()).isEqualTo(SessionStatus.SCHEDULED);
    assertThat(first.citation()).isEqualTo(next + ordinal(next) + " JCC");

    assertThatThrownBy(() -> schedule(Committee.JCC, second.sessionNumber()))
        .isInstanceOf(SessionProblems.Conflict.class).hasMessageContaining("numbered " + second.sessionNumber());
    // The JWG counts its own sessions.
    assertThat(schedule(Committee.JWG, second.sessionNumber()).sessionNumber()).isEqualTo(second.sessionNumber());
  }

  @Test
  void badSchedulingNamesEveryFieldAndWritesNothing() {
    long before = count("sez_committee_session");
    assertThatThrownBy(() -> sessions.schedule(Committee.JWG, 0, TODAY.minusDays(1), " ", TODAY.plusDays(3), "jwg"))
        .isInstanceOf(SessionProblems.Invalid.class)
        .satisfies(e -> assertThat(fields(e)).containsExactlyInAnyOrder("number", "date", "venue", "agendaCutOff"));
    assertThatThrownBy(() -> sessions.schedule(Committee.JWG, null, TODAY.plusDays(5), "Islamabad", TODAY.plusDays(6),
        "jwg")).isInstanceOf(SessionProblems.Invalid.class)
        .satisfies(e -> assertThat(fields(e)).containsExactly("agendaCutOff"));
    assertThatThrownBy(() -> sessions.schedule(Committee.JWG, null, TODAY.plusDays(5), "Islamabad\u0000",
        TODAY.minusDays(1), "jwg")).isInstanceOf(SessionProblems.Invalid.class)
        .satisfies(e -> assertThat(fields(e)).containsExactlyInAnyOrder("venue", "agendaCutOff"));
    assertThat(count("sez_committee_session")).isEqualTo(before);
  }

  @Test
  void theAgendaGathersWaitingProposalsUntilItsCutOffOneOpenSessionEach() {
    String early = ref(1);
    String onTime = ref(2);
    String late = ref(3);
    sessions.startWaiting(early, Committee.JCC); // no session yet: it waits
    CommitteeSession next = schedule(Committee.JCC, null); // cut-off in 7 days
    CommitteeSession later = sessions.schedule(Committee.JCC, null, TODAY.plusDays(60), "Beijing",
        TODAY.plusDays(50), "jcc");
    sessions.startWaiting(onTime, Committee.JCC);
    assertThat(proposalsOn(next)).containsExactly(early, onTime);
    assertThat(proposalsOn(later)).isEmpty();

    clock.advance(Duration.ofDays(8)); // past the first session's cut-off
    sessions.startWaiting(late, Committee.JCC);
    assertThat(proposalsOn(next)).containsExactly(early, onTime);
    assertThat(proposalsOn(later)).containsExactly(late);

    // The secretariat adds the late one to the first session with a reason: it is already on the later one.
    assertThatThrownBy(() -> sessions.addItem(next.id(), late, "Urgent: the investor's deadline", "jcc"))
        .isInstanceOf(SessionProblems.Conflict.class);
    assertThatThrownBy(() -> sessions.addItem(next.id(), ref(9), "Not waiting", "jcc"))
        .isInstanceOf(SessionProblems.Invalid.class)
        .satisfies(e -> assertThat(fields(e)).containsExactly("proposalRef"));
    assertThat(sessions.agenda(next.id()).items()).allMatch(i -> i.origin() == ItemOrigin.GATHERED);
  }

  @Test
  void aRemovedItemGoesToTheNextSessionAndAFrozenAgendaTakesNoChange() {
    String ref = ref(1);
    CommitteeSession next = schedule(Committee.JWG, null);
    CommitteeSession later = sessions.schedule(Committee.JWG, null, TODAY.plusDays(40), "Karachi",
        TODAY.plusDays(30), "jwg");
    sessions.startWaiting(ref, Committee.JWG);
    AgendaItem item = sessions.agenda(next.id()).items().get(0);

    assertThatThrownBy(() -> sessions.removeItem(next.id(), item.id(), "", "jwg"))
        .isInstanceOf(SessionProblems.Invalid.class);
    sessions.removeItem(next.id(), item.id(), "The ministries asked for more time", "jwg");
    AgendaItem removed = sessions.agenda(next.id()).items().get(0);
    assertThat(removed.onAgenda()).isFalse();
    assertThat(removed.removedReason()).isEqualTo("The ministries asked for more time");
    assertThat(proposalsOn(later)).containsExactly(ref);

    sessions.freezeAgenda(later.id());
    assertThatThrownBy(() -> sessions.addItem(later.id(), ref(2), "Late", "jwg"))
        .isInstanceOf(SessionProblems.Conflict.class).hasMessageContaining("frozen");
    assertThatThrownBy(() -> sessions.freezeAgenda(later.id())).isInstanceOf(SessionProblems.Conflict.class);
  }

  @Test
  void aSessionsDecisionsAreRecordedAllOrNoneAndClosingHandsThemOver() {
    String approved = ref(1);
    String deferred = ref(2);
    String withdrawn = ref(3);
    CommitteeSession session = schedule(Committee.JCC, null);
    CommitteeSession other = sessions.schedule(Committee.JCC, null, TODAY.plusDays(90), "Beijing",
        TODAY.plusDays(80), "jcc");
    List.of(approved, deferred, withdrawn).forEach(ref -> sessions.startWaiting(ref, Committee.JCC));
    sessions.withdraw(withdrawn);
    long otherItem = sessions.addItem(other.id(), waitingFor(Committee.JCC, ref(4)), "Late", "jcc").id();
    List<AgendaItem> items = sessions.agenda(session.id()).items();
    long a = itemOf(items, approved);
    long d = itemOf(items, deferred);
    long w = itemOf(items, withdrawn);
    assertThat(items.stream().filter(i -> i.id() == w).findFirst().orElseThrow().withdrawnAt()).isNotNull();

    assertThatThrownBy(
        () -> sessions.recordDecisions(session.id(), List.of(new SessionDecision(a, "APPROVE", "M-1", null)),
            "jcc"))
        .isInstanceOf(SessionProblems.Conflict.class).hasMessageContaining("freeze");
    sessions.freezeAgenda(session.id());

    // Bad input, each named, and nothing recorded: an item of another session, a decision the JCC cannot take.
    assertThatThrownBy(() -> sessions.recordDecisions(session.id(),
        List.of(new SessionDecision(a, "APPROVE", "M-1", null),
            new SessionDecision(otherItem, "APPROVE", "M-2", null), new SessionDecision(d, "ENDORSE", "M-3", null),
            new SessionDecision(d, "DEFER", " ", "The committee's reasons")),
        "jcc"))
        .isInstanceOf(SessionProblems.Invalid.class)
        .satisfies(e -> assertThat(fields(e)).containsExactlyInAnyOrder("decisions[1].itemId",
            "decisions[2].decision", "decisions[3].itemId", "decisions[3].minutesRef"));
    assertThatThrownBy(() -> sessions.recordDecisions(session.id(),
        List.of(new SessionDecision(a, "APPROVE", "M-1", null),
            new SessionDecision(w, "APPROVE", "M-2", null)),
        "jcc"))
        .isInstanceOf(SessionProblems.Conflict.class).hasMessageContaining("withdrawn");
    assertThat(sessions.agenda(session.id()).items()).noneMatch(AgendaItem::decided);

    CommitteeSessions.Agenda partly = sessions.recordDecisions(session.id(),
        List.of(new SessionDecision(a, "APPROVE", "14th JCC minutes, item 3", null)), "jcc");
    assertThat(partly.session().status()).isEqualTo(SessionStatus.AGENDA_FROZEN);
    assertThatThrownBy(() -> sessions.recordDecisions(session.id(),
        List.of(new SessionDecision(a, "REJECT", "M", "The committee's reasons")),
        "jcc")).isInstanceOf(SessionProblems.Conflict.class).hasMessageContaining("decided already");
    CommitteeSessions.Agenda held = sessions.recordDecisions(session.id(),
        List.of(new SessionDecision(d, "DEFER", "14th JCC minutes, item 4", "The committee's reasons")), "jcc");
    assertThat(held.session().status()).isEqualTo(SessionStatus.HELD);

    List<AgendaItem> delivered = sessions.close(session.id());
    assertThat(delivered).extracting(AgendaItem::proposalRef).containsExactly(approved, deferred);
    assertThat(sessions.agenda(session.id()).session().status()).isEqualTo(SessionStatus.CLOSED);
    assertThat(sessions.agenda(session.id()).items()).filteredOn(AgendaItem::decided)
        .allMatch(i -> i.deliveredAt() != null);
    assertThat(waiting(approved)).isZero();
    // The deferred proposal waits again when its process takes the decision, and the next session gathers it.
    sessions.startWaiting(deferred, Committee.JCC);
    assertThat(proposalsOn(other)).contains(deferred);
    assertThatThrownBy(() -> sessions.close(session.id())).isInstanceOf(SessionProblems.Conflict.class);
  }

  @Test
  void anEmptyAgendaIsClosedOnceFrozenAndTheSessionIsCitedByItsReference() {
    CommitteeSession session = schedule(Committee.JWG, null);
    assertThat(session.reference()).isEqualTo("JWG-" + session.sessionNumber());
    assertThat(agendas.itemsToDecide(session.id())).isEmpty();
    assertThatThrownBy(() -> sessions.close(session.id())).isInstanceOf(SessionProblems.Conflict.class);
    sessions.freezeAgenda(session.id());

    assertThat(sessions.close(session.id())).isEmpty();
    CommitteeSession closed = sessions.agenda(session.id()).session();
    assertThat(closed.status()).isEqualTo(SessionStatus.CLOSED);
    assertThat(closed.heldAt()).isNotNull();
  }

  @Test
  void theChecksRefuseWhatTheSessionWouldAndWriteNothing() {
    String onAgenda = ref(1);
    String elsewhere = ref(2);
    CommitteeSession session = schedule(Committee.JCC, null);
    sessions.startWaiting(onAgenda, Committee.JCC);
    CommitteeSession other = sessions.schedule(Committee.JCC, null, TODAY.plusDays(90), "Beijing",
        TODAY.plusDays(80), "jcc");
    sessions.addItem(other.id(), waitingFor(Committee.JCC, elsewhere), "Urgent", "jcc");
    long items = count("sez_agenda_item");

    assertThat(checks.agendaChange(session.id(), new AgendaChange(List.of(onAgenda, ref(9)), " ", List.of(ref(8)),
        "Because"))).extracting(FieldProblem::field).containsExactly(AgendaChange.REMOVE_PROPOSAL_REFS + "[1]",
            AgendaChange.REMOVE_REASON, AgendaChange.ADD_PROPOSAL_REFS + "[0]");
    assertThat(checks.agendaChange(session.id(), new AgendaChange(null, "A reason", List.of(elsewhere), null)))
        .extracting(FieldProblem::message).containsExactly("must name a proposal with a reason for taking it off",
            elsewhere + " is on the agenda of the " + other.citation(), "is required");
    assertThat(checks.agendaChange(session.id(), new AgendaChange(List.of(onAgenda), "Not ready", List.of(onAgenda),
        "Ready"))).extracting(FieldProblem::message)
        .containsExactly(onAgenda + " cannot be taken off and added at once");
    assertThat(checks.agendaChange(session.id(), new AgendaChange(List.of(onAgenda, " "), "Not ready", List.of(""),
        ""))).isEmpty();
    assertThat(agendas.itemOf(session.id(), onAgenda)).isPresent();
    assertThat(agendas.addable(session.id())).doesNotContain(onAgenda, elsewhere);

    assertThatThrownBy(() -> checks.schedule(Committee.JCC, session.sessionNumber(), TODAY.plusDays(9), "Karachi",
        TODAY.plusDays(8))).isInstanceOf(SessionProblems.Conflict.class);
    assertThatThrownBy(() -> checks.schedule(null, null, TODAY.plusDays(9), "", TODAY.plusDays(8)))
        .isInstanceOf(SessionProblems.Invalid.class)
        .satisfies(e -> assertThat(fields(e)).containsExactly("committee", "venue"));

    long item = agendas.itemOf(session.id(), onAgenda).orElseThrow().id();
    assertThatThrownBy(() -> checks.decisions(session.id(), List.of(new SessionDecision(item, "APPROVE", "M-1", null))))
        .isInstanceOf(SessionProblems.Conflict.class).hasMessageContaining("freeze");
    sessions.freezeAgenda(session.id());
    assertThat(agendas.itemsToDecide(session.id())).containsExactly(item);
    assertThatThrownBy(() -> checks.agendaChange(session.id(), new AgendaChange(List.of(onAgenda), "Late", null, null)))
        .isInstanceOf(SessionProblems.Conflict.class);
    assertThatThrownBy(() -> checks.decisions(session.id(), List.of(new SessionDecision(item, "ENDORSE", "M-1", null))))
        .isInstanceOf(SessionProblems.Invalid.class);
    checks.decisions(session.id(), List.of(new SessionDecision(item, "APPROVE", "M-1", null)));
    assertThatThrownBy(() -> agendas.item(other.id(), item)).isInstanceOf(SessionProblems.Invalid.class);

    assertThat(count("sez_agenda_item")).isEqualTo(items);
    assertThat(sessions.agenda(session.id()).items()).noneMatch(AgendaItem::decided);
  }

  @Test
  void anUnknownSessionIsNotFound() {
    assertThatThrownBy(() -> sessions.agenda(-1)).isInstanceOf(SessionProblems.NotFound.class);
    assertThatThrownBy(() -> sessions.freezeAgenda(-1)).isInstanceOf(SessionProblems.NotFound.class);
  }

  private CommitteeSession schedule(Committee committee, Integer number) {
    return sessions.schedule(committee, number, TODAY.plusDays(14), "Islamabad", TODAY.plusDays(7), "secretariat");
  }

  private String waitingFor(Committee committee, String ref) {
    jdbc.sql("INSERT INTO sez_committee_waiting (proposal_ref, committee, since) VALUES (?, ?, ?)")
        .params(ref, committee.name(), java.time.LocalDateTime.of(2026, 3, 1, 0, 0)).update();
    return ref;
  }

  private List<String> proposalsOn(CommitteeSession session) {
    return sessions.agenda(session.id()).items().stream().filter(AgendaItem::onAgenda).map(AgendaItem::proposalRef)
        .toList();
  }

  private static long itemOf(List<AgendaItem> items, String ref) {
    return items.stream().filter(i -> i.proposalRef().equals(ref)).findFirst().orElseThrow().id();
  }

  private long waiting(String ref) {
    return jdbc.sql("SELECT COUNT(*) FROM sez_committee_waiting WHERE proposal_ref = ?").param(ref).query(Long.class)
        .single();
  }

  private long count(String table) {
    return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
  }

  private String ref(int n) {
    return "TEST-" + run + "-" + n;
  }

  private static List<String> fields(Throwable e) {
    return ((ProblemException) e).getErrors().stream().map(FieldProblem::field).toList();
  }

  private static String ordinal(int n) {
    return n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
  }
  @Test
  void aProposalTakenOffAnAgendaMayBeAddedBackButIsNotGatheredOntoItAgain() {
    String ref = ref(31);
    CommitteeSession session = schedule(Committee.JCC, null);
    sessions.startWaiting(ref, Committee.JCC);
    long item = agendas.itemOf(session.id(), ref).orElseThrow().id();

    sessions.removeItem(session.id(), item, "Not ready", "jcc");

    assertThat(agendas.itemOf(session.id(), ref)).isEmpty();
    assertThat(agendas.addable(session.id())).contains(ref);
    sessions.startWaiting(ref, Committee.JCC);
    assertThat(agendas.itemOf(session.id(), ref)).as("not gathered again").isEmpty();
    sessions.addItem(session.id(), ref, "Ready after all", "jcc");
    assertThat(agendas.itemOf(session.id(), ref)).isPresent();
    assertThat(agendas.addable(session.id())).doesNotContain(ref);
  }

}
