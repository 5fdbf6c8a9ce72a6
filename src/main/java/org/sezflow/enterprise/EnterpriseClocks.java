package org.sezflow.enterprise;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sezflow.system.PakistanTime;

/**
 * The enterprise's two clocks, from its timeline: the days its matters waited for the SEZ authority
 * (or a JCC session) to decide, and the days the SEZ authority waited for the enterprise's answer
 * (a show-cause notice, a question on a report). Matters open at once count their days once.
 *
 * @param daysWithAuthority calendar days (Pakistan time) in which a decision on the enterprise was pending
 * @param daysWithEnterprise calendar days in which an answer of the enterprise was pending
 * @param waitingFor who an open matter waits for now: SEZ_AUTHORITY, ENTERPRISE, or null
 */
public record EnterpriseClocks(long daysWithAuthority, long daysWithEnterprise, String waitingFor) {

  /** A matter opened by one event and closed by another: the decision or answer it waited for. */
  private record Matter(String clock, Set<String> opens, Set<String> closes) {}

  private static final List<Matter> MATTERS = List.of(
      new Matter("SEZ_AUTHORITY", Set.of("MILESTONE_REPORTED"), Set.of("MILESTONE_VERIFIED", "MILESTONE_RETURNED")),
      new Matter("SEZ_AUTHORITY", Set.of("EXTENSION_REQUESTED"),
          Set.of("EXTENSION_GRANTED", "EXTENSION_REFUSED")),
      new Matter("SEZ_AUTHORITY", Set.of("SHOW_CAUSE_ANSWERED"), Set.of("RESTORED", "CANCELLATION_PROPOSED")),
      new Matter("SEZ_AUTHORITY", Set.of("CANCELLATION_PROPOSED"), Set.of("CANCELLED", "CANCELLATION_REFUSED")),
      new Matter("SEZ_AUTHORITY", Set.of("REPORT_SUBMITTED", "REPORT_SUBMITTED_LATE", "REPORT_QUERY_ANSWERED"),
          Set.of("REPORT_ACCEPTED", "REPORT_QUERIED")),
      new Matter("ENTERPRISE", Set.of("DEFAULT"), Set.of("SHOW_CAUSE_ANSWERED", "RESTORED", "CANCELLATION_PROPOSED")),
      new Matter("ENTERPRISE", Set.of("REPORT_QUERIED"), Set.of("REPORT_QUERY_ANSWERED")));

  /** The clocks of these events (oldest first) as of today. */
  public static EnterpriseClocks of(List<EnterpriseEvent> events, LocalDate today) {
    Map<String, List<LocalDate[]>> stretches = new HashMap<>();
    Map<Matter, LocalDate> open = new HashMap<>();
    for (EnterpriseEvent event : events) {
      LocalDate day = PakistanTime.dateOf(event.occurredAt());
      for (Matter matter : MATTERS) {
        if (open.containsKey(matter) && matter.closes().contains(event.type())) {
          stretches.computeIfAbsent(matter.clock(), c -> new ArrayList<>())
              .add(new LocalDate[] {open.remove(matter), day});
        } else if (!open.containsKey(matter) && matter.opens().contains(event.type())) {
          open.put(matter, day);
        }
      }
    }
    open.forEach((matter, since) -> stretches.computeIfAbsent(matter.clock(), c -> new ArrayList<>())
        .add(new LocalDate[] {since, today}));
    String waitingFor = open.keySet().stream().map(Matter::clock).sorted().findFirst().orElse(null);
    return new EnterpriseClocks(days(stretches.get("SEZ_AUTHORITY")), days(stretches.get("ENTERPRISE")),
        waitingFor);
  }

  /** The days covered by the stretches, each day once: a stretch counts the days after the day it began. */
  private static long days(List<LocalDate[]> stretches) {
    if (stretches == null) {
      return 0;
    }
    List<LocalDate[]> sorted = new ArrayList<>(stretches);
    sorted.sort(Comparator.comparing(s -> s[0]));
    long days = 0;
    LocalDate covered = null;
    for (LocalDate[] stretch : sorted) {
      LocalDate from = covered == null || stretch[0].isAfter(covered) ? stretch[0] : covered;
      if (stretch[1].isAfter(from)) {
        days += ChronoUnit.DAYS.between(from, stretch[1]);
        covered = stretch[1];
      }
    }
    return days;
  }
}
