package org.sezflow.identity;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.sezflow.engine.PasswordChecks;
import org.sezflow.system.UtcTimestamps;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Slows down password guessing per client and account, so that an attacker slows themselves and
 * not the account's owner: after {@code free-failures} failed logins in a row from one client
 * (its remote address) for one account, that client waits before it may try that account again,
 * twice as long after each further failure, up to {@code max-block}. Other clients of the same
 * account (the integration using the service account, the official at their desk) go on as
 * before. A success clears the client's record; an administrator's "unlock" clears the account's.
 * Kept in the database, so every node of a cluster counts the same failures. Camunda's own
 * per-account lock-out, which any stranger could trigger, is switched off.
 */
@Component
public class LoginThrottle implements PasswordChecks {

  /** The client of logins that do not come over HTTP (tests, the application itself). */
  static final String LOCAL_CLIENT = "local";
  /** Camunda user ids are at most 64 characters; longer names cannot log in and are not counted. */
  private static final int MAX_USER_ID = 64;
  /** How long a record of failures is kept after the last one. */
  private static final Duration FORGET_AFTER = Duration.ofDays(1);

  /**
   * The client of the request on this thread, set by {@link ClientFilter} for every request:
   * password checks happen deep inside the engine, where the request is not at hand (Spring's
   * request context is only set inside its dispatcher, after the security filters).
   */
  private static final ThreadLocal<String> CLIENT = new ThreadLocal<>();
  /** The wait a password check on this thread was refused for, kept for the answer to the request. */
  private static final ThreadLocal<Duration> REFUSED_FOR = new ThreadLocal<>();

  private final JdbcClient jdbc;
  private final Clock clock;
  private final int freeFailures;
  private final Duration maxBlock;

  LoginThrottle(JdbcClient jdbc, Clock clock, @Value("${sezflow.login-throttle.free-failures:5}") int freeFailures,
      @Value("${sezflow.login-throttle.max-block:PT15M}") Duration maxBlock) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.freeFailures = freeFailures;
    this.maxBlock = maxBlock;
  }

  /** The remote address of the HTTP request being served, or {@value #LOCAL_CLIENT}. */
  @Override
  public String currentClient() {
    return clientOfThisRequest();
  }

  static String clientOfThisRequest() {
    String address = CLIENT.get();
    return address == null ? LOCAL_CLIENT : address.length() > 64 ? address.substring(0, 64) : address;
  }

  /** How long this client must still wait before it may try this account again, if at all. */
  public Optional<Duration> blockedFor(String client, String userId) {
    if (!counted(userId)) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return jdbc.sql("SELECT blocked_until FROM sez_login_throttle WHERE client_key = ? AND user_id = ?")
        .params(client, userId)
        .query((rs, row) -> UtcTimestamps.fromColumn(rs.getTimestamp(1)))
        .optional()
        .filter(until -> until != null && until.isAfter(now))
        .map(until -> Duration.between(now, until));
  }

  /** Whether a password check must be refused because this client waits; remembers the wait for the answer. */
  @Override
  public boolean refuses(String client, String userId) {
    Optional<Duration> wait = blockedFor(client, userId);
    wait.ifPresentOrElse(REFUSED_FOR::set, REFUSED_FOR::remove);
    return wait.isPresent();
  }

  /**
   * The wait the last password check on this thread was refused for, if it was; forgotten once
   * read. Asking the database again could find the wait just over and answer "wrong password".
   */
  static Optional<Duration> takeRefusal() {
    Duration wait = REFUSED_FOR.get();
    REFUSED_FOR.remove();
    return Optional.ofNullable(wait);
  }

  @Override
  public void failed(String client, String userId) {
    if (!counted(userId)) {
      return;
    }
    Instant now = clock.instant();
    jdbc.sql("DELETE FROM sez_login_throttle WHERE last_failure_at < ?")
        .param(UtcTimestamps.toColumn(now.minus(FORGET_AFTER))).update();
    Integer failures = jdbc.sql("SELECT failures FROM sez_login_throttle WHERE client_key = ? AND user_id = ?")
        .params(client, userId).query(Integer.class).optional().orElse(null);
    if (failures == null) {
      try {
        jdbc.sql("INSERT INTO sez_login_throttle (client_key, user_id, failures, blocked_until, last_failure_at) "
            + "VALUES (?, ?, 1, ?, ?)")
            .params(client, userId, UtcTimestamps.toColumn(blockedUntil(1, now)), UtcTimestamps.toColumn(now))
            .update();
        return;
      } catch (DuplicateKeyException concurrentFailure) {
        failures = 0; // counted below on the row the other attempt created
      }
    }
    int count = failures + 1;
    jdbc.sql("UPDATE sez_login_throttle SET failures = failures + 1, blocked_until = ?, last_failure_at = ? "
        + "WHERE client_key = ? AND user_id = ?")
        .params(UtcTimestamps.toColumn(blockedUntil(count, now)), UtcTimestamps.toColumn(now), client, userId)
        .update();
  }

  @Override
  public void succeeded(String client, String userId) {
    if (counted(userId)) {
      jdbc.sql("DELETE FROM sez_login_throttle WHERE client_key = ? AND user_id = ?").params(client, userId).update();
    }
  }

  /** An administrator unlocked the account: every client may try it again at once. */
  @Override
  public void unlock(String userId) {
    jdbc.sql("DELETE FROM sez_login_throttle WHERE user_id = ?").param(userId).update();
  }

  private Instant blockedUntil(int failures, Instant now) {
    if (failures < freeFailures) {
      return null;
    }
    int doublings = Math.min(failures - freeFailures, 20);
    Duration block = Duration.ofSeconds(1L << doublings);
    Instant until = now.plus(block.compareTo(maxBlock) > 0 ? maxBlock : block);
    // Up to the whole second: MySQL with sendFractionalSeconds=false (Camunda's advice) drops the
    // fraction, which would cut a one-second block to a few milliseconds.
    return until.getNano() == 0 ? until : until.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
  }

  /** Remembers each request's client (its remote address, as a trusted proxy reports it) for the password checks. */
  static class ClientFilter extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      CLIENT.set(request.getRemoteAddr());
      try {
        chain.doFilter(request, response);
      } finally {
        CLIENT.remove();
        REFUSED_FOR.remove();
      }
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {
    @Bean
    FilterRegistrationBean<ClientFilter> loginClientFilter() {
      FilterRegistrationBean<ClientFilter> registration = new FilterRegistrationBean<>(new ClientFilter());
      registration.addUrlPatterns("/*");
      registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
      return registration;
    }
  }

  private static boolean counted(String userId) {
    return userId != null && !userId.isEmpty() && userId.length() <= MAX_USER_ID;
  }
}
