package org.sezflow.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.sezflow.system.PakistanTime;
import org.sezflow.system.WorkingDayCalendar;

/**
 * A proposal's two clocks: the working days it spent with the government and the days it spent
 * with its sponsor, from its submission until it closed (or now, while it is open).
 * <p>
 * The rule: every day after the day of submission counts for whoever held the proposal when that
 * day began (midnight, Pakistan time), as a working day for the government (Monday to Friday, not
 * a public holiday; other days count for no one) and as a day for the sponsor. So no day counts
 * twice, the day of submission counts as a deadline's first day does in the SLA policy (not at
 * all), a clarification asked and answered on the same day costs the sponsor nothing, and the day
 * a proposal closes counts.
 *
 * @param governmentWorkingDays the working days the proposal was with the government
 * @param sponsorDays the days it was with the sponsor
 * @param withNow who holds it now; null once it is closed
 * @param periods its life in stretches held by one side, oldest first, each with its days
 */
public record ProposalClocks(int governmentWorkingDays, int sponsorDays, TimeHolder withNow, List<Period> periods) {

  /** A stretch of time with the sponsor: from the request to the answer (null while it lasts). */
  public record SponsorSpan(Instant from, Instant to) {}

  /** A stretch held by one side, with the days it counts for that side; {@code to} is null while it lasts. */
  public record Period(TimeHolder holder, Instant from, Instant to, int days) {}

  /**
   * The clocks of a proposal submitted at {@code submittedAt} and closed at {@code closedAt} (null
   * while open), which was with its sponsor during {@code sponsorSpans} (oldest first; only the last
   * may be open), read at {@code now}.
   */
  public static ProposalClocks count(Instant submittedAt, Instant closedAt, List<SponsorSpan> sponsorSpans,
      Instant now, WorkingDayCalendar calendar) {
    Instant end = closedAt != null ? closedAt : later(submittedAt, now);
    List<Period> periods = new ArrayList<>();
    Instant cursor = submittedAt;
    for (SponsorSpan span : sponsorSpans) {
      Instant from = later(span.from(), cursor);
      if (!from.isBefore(end)) {
        break;
      }
      Instant to = span.to() == null || span.to().isAfter(end) ? end : later(span.to(), from);
      add(periods, TimeHolder.GOVERNMENT, cursor, from, calendar);
      add(periods, TimeHolder.SPONSOR, from, to, calendar);
      cursor = to;
    }
    add(periods, TimeHolder.GOVERNMENT, cursor, end, calendar);
    TimeHolder withNow = closedAt != null ? null : holderAt(end, sponsorSpans);
    if (periods.isEmpty() || withNow != null && periods.get(periods.size() - 1).holder() != withNow) {
      // Read at the very instant the holder changed (or the proposal was submitted): a stretch of no day yet.
      periods.add(new Period(withNow != null ? withNow : TimeHolder.GOVERNMENT, periods.isEmpty() ? submittedAt : end,
          end, 0));
    }
    if (withNow != null) {
      Period last = periods.remove(periods.size() - 1);
      periods.add(new Period(last.holder(), last.from(), null, last.days()));
    }
    return new ProposalClocks(total(periods, TimeHolder.GOVERNMENT), total(periods, TimeHolder.SPONSOR), withNow,
        List.copyOf(periods));
  }

  /** The sponsor while the last request, asked by then, is unanswered; the government otherwise. */
  private static TimeHolder holderAt(Instant instant, List<SponsorSpan> sponsorSpans) {
    SponsorSpan last = sponsorSpans.isEmpty() ? null : sponsorSpans.get(sponsorSpans.size() - 1);
    return last != null && last.to() == null && !last.from().isAfter(instant) ? TimeHolder.SPONSOR
        : TimeHolder.GOVERNMENT;
  }

  /** Adds the stretch unless it is empty, merged into the previous one if the same side held both. */
  private static void add(List<Period> periods, TimeHolder holder, Instant from, Instant to,
      WorkingDayCalendar calendar) {
    if (!from.isBefore(to)) {
      return;
    }
    Predicate<LocalDate> counts = holder == TimeHolder.GOVERNMENT ? calendar::isWorkingDay : day -> true;
    int days = daysBeginningIn(from, to, counts);
    Period last = periods.isEmpty() ? null : periods.get(periods.size() - 1);
    if (last != null && last.holder() == holder && last.to().equals(from)) {
      periods.set(periods.size() - 1, new Period(holder, last.from(), to, last.days() + days));
    } else {
      periods.add(new Period(holder, from, to, days));
    }
  }

  /** The days, among those {@code counts} accepts, that begin (midnight, Pakistan time) in [from, to). */
  static int daysBeginningIn(Instant from, Instant to, Predicate<LocalDate> counts) {
    int days = 0;
    for (LocalDate day = PakistanTime.dateOf(from); !day.isAfter(PakistanTime.dateOf(to)); day = day.plusDays(1)) {
      Instant midnight = day.atStartOfDay(PakistanTime.ZONE).toInstant();
      if (!midnight.isBefore(from) && midnight.isBefore(to) && counts.test(day)) {
        days++;
      }
    }
    return days;
  }

  private static int total(List<Period> periods, TimeHolder holder) {
    return periods.stream().filter(p -> p.holder() == holder).mapToInt(Period::days).sum();
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
