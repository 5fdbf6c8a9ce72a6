package org.sezflow.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.sezflow.proposal.CommitteeStandings.AgendaEntry;
import org.sezflow.proposal.CommitteeStandings.Session;
import org.sezflow.proposal.CommitteeStandings.Standing;
import org.sezflow.proposal.ProposalJson.CommitteeSessionView;
import org.sezflow.proposal.ProposalJson.CommitteeView;
import org.sezflow.proposal.ProposalJson.TimelineEntry;

/** How a proposal's view and timeline word its standing with a committee, from what the committee package reads. */
class CommitteeStandingViewTest {

  static final Instant SINCE = Instant.parse("2026-11-20T06:00:00Z");
  static final Session SCHEDULED = new Session(3, "JCC-14", "14th JCC", LocalDate.of(2026, 12, 10), "Islamabad",
      "SCHEDULED");
  static final Session FROZEN = new Session(3, "JCC-14", "14th JCC", LocalDate.of(2026, 12, 10), "Islamabad",
      "AGENDA_FROZEN");

  @Test
  void waitingWithNoSessionHasNoDeadline() {
    assertThat(CommitteeView.of(new Standing("JCC", SINCE, null, null, null)))
        .isEqualTo(new CommitteeView("JCC", SINCE, null, null, null, "No JCC session scheduled for it yet"));
  }

  @Test
  void onAnAgendaTheSessionsDateIsTheDeadline() {
    assertThat(CommitteeView.of(new Standing("JCC", SINCE, SCHEDULED, 42L, null))).isEqualTo(new CommitteeView(
        "JCC", SINCE, new CommitteeSessionView(3, "JCC-14", "14th JCC", LocalDate.of(2026, 12, 10), "Islamabad",
            "SCHEDULED"),
        42L, LocalDate.of(2026, 12, 10), "On the agenda of the 14th JCC, 2026-12-10 in Islamabad"));
    assertThat(CommitteeView.of(new Standing("JCC", SINCE, FROZEN, 42L, null)).note())
        .isEqualTo("On the frozen agenda of the 14th JCC, 2026-12-10 in Islamabad");
    assertThat(CommitteeView.of(new Standing("JCC", SINCE, FROZEN, 42L, "DEFER")).note())
        .isEqualTo("Decided at the 14th JCC: DEFER; handed over when the session closes");
  }

  @Test
  void anItemGatheredThenDecidedIsTwoEntries() {
    Instant added = Instant.parse("2026-11-21T06:00:00Z");
    Instant decided = Instant.parse("2026-12-10T09:00:00Z");
    AgendaEntry item = new AgendaEntry(42, SCHEDULED, "GATHERED", null, "sez-flow", added, null, null, null, null,
        "APPROVE", "14th JCC minutes, item 3", null, "jcc-secretary", decided);

    assertThat(AgendaTimeline.entries(item)).containsExactly(
        new TimelineEntry("agenda", "Placed on the agenda of the 14th JCC", added, added, "sez-flow", "GATHERED",
            "JCC-14 on 2026-12-10 in Islamabad"),
        new TimelineEntry("agenda", "Decided at the 14th JCC", decided, decided, "jcc-secretary", "APPROVE",
            "Minutes: 14th JCC minutes, item 3 (14th JCC of 2026-12-10)"));
  }

  @Test
  void anItemAddedWithAReasonThenRemovedOrWithdrawnSaysWhyAndWho() {
    Instant added = Instant.parse("2026-11-21T06:00:00Z");
    Instant removed = Instant.parse("2026-11-22T06:00:00Z");
    AgendaEntry removedItem = new AgendaEntry(42, SCHEDULED, "ADDED", "Urgent: the investor's deadline",
        "jcc-secretary", added, "The ministries asked for more time", "jcc-head", removed, null, null, null, null,
        null, null);
    AgendaEntry withdrawnItem = new AgendaEntry(43, SCHEDULED, "GATHERED", null, "sez-flow", added, null, null, null,
        removed, null, null, null, null, null);

    assertThat(AgendaTimeline.entries(removedItem))
        .extracting(TimelineEntry::step, TimelineEntry::actor, TimelineEntry::outcome, TimelineEntry::detail)
        .containsExactly(
            tuple("Placed on the agenda of the 14th JCC", "jcc-secretary", "ADDED",
                "JCC-14 on 2026-12-10 in Islamabad: Urgent: the investor's deadline"),
            tuple("Removed from the agenda of the 14th JCC", "jcc-head", "REMOVED",
                "The ministries asked for more time"));
    assertThat(AgendaTimeline.entries(withdrawnItem)).last().isEqualTo(new TimelineEntry("agenda",
        "Withdrawn from the agenda of the 14th JCC", removed, removed, null, "WITHDRAWN",
        "The sponsor withdrew the proposal"));
  }
}
