package org.sezflow.metrics;

import java.util.List;
import java.util.Map;

import org.sezflow.committee.CommitteeSession;
import org.sezflow.committee.StuckSessions;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * Flags committee sessions still open after the day of their meeting (Pakistan time): status
 * {@code OVERDUE} (answered 200, ranked between DOWN and UP, see application.yaml), with each such
 * session in the details that managers and administrators see. A session normally closes with its
 * last decision; one open past its date is either waiting for its minutes or stuck, and an
 * administrator can close it (POST /api/v1/committee-sessions/{id}/close). The liveness and
 * readiness probes do not include it: a late committee is not a reason to restart a node.
 */
@Component("committeeSessionsHealthIndicator")
class CommitteeSessionsHealth implements HealthIndicator {

  static final Status OVERDUE = new Status("OVERDUE", "A committee session is open past its date");

  private final StuckSessions sessions;

  CommitteeSessionsHealth(StuckSessions sessions) {
    this.sessions = sessions;
  }

  @Override
  public Health health() {
    List<CommitteeSession> overdue = sessions.openPastTheirDate();
    return (overdue.isEmpty() ? Health.up() : Health.status(OVERDUE))
        .withDetail("openPastTheirDate", overdue.stream().map(s -> Map.of("id", s.id(), "session", s.reference(),
            "date", s.sessionDate().toString(), "status", s.status().name())).toList())
        .build();
  }
}
