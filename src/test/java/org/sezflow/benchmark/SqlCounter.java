package org.sezflow.benchmark;

import java.io.Closeable;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

/**
 * Counts the SQL statements that go through the application's {@code DataSource}: a
 * {@link java.lang.reflect.Proxy} around the pool hands out proxies of its connections and
 * statements. Each {@code execute}, {@code executeQuery}, {@code executeUpdate} (and large update)
 * counts once by the statement's first keyword, each {@code addBatch} counts once and
 * {@code executeBatch} not at all; each {@code Connection.commit()} counts as a commit. Statements
 * run in auto-commit mode count like any other and, in addition, as auto-commit statements.
 *
 * <p>Besides the totals, every statement is attributed to the benchmark's step (set by the driver
 * thread, see {@link #step(String)}), the code that ran it (the engine, or an application
 * delegate or task listener, see {@link #source(String)}), its verb and its table.
 */
final class SqlCounter {

  enum Verb { SELECT, INSERT, UPDATE, DELETE, OTHER }

  /** Where a statement came from: driver step, engine or application code, verb and table. */
  record Key(String step, String source, Verb verb, String table) {}

  record Kind(Verb verb, String table) {}

  /** The engine's own statements (flushes, queries); anything outside a delegate or listener. */
  static final String ENGINE = "engine";
  /** Statements of threads the driver did not label (web server, start-up, the REST part). */
  static final String OTHER_STEP = "other";

  private static final LongAdder[] VERBS = new LongAdder[Verb.values().length];
  private static final LongAdder COMMITS = new LongAdder();
  private static final LongAdder ROLLBACKS = new LongAdder();
  private static final LongAdder AUTO_COMMIT_STATEMENTS = new LongAdder();
  private static final Map<Key, LongAdder> BY_KEY = new ConcurrentHashMap<>();
  private static final Map<String, Kind> KINDS = new ConcurrentHashMap<>();
  private static final int MAX_CACHED_KINDS = 20_000;

  /** Per statement text: [0] executions, [1] nanoseconds spent executing it (a batch counts once). */
  private static final Map<String, LongAdder[]> TIMES = new ConcurrentHashMap<>();

  /** A statement text's executions and the time they took, between two {@link #timings()}. */
  record Timing(String sql, long executions, long nanos) {}

  /** [0] the driver's step, [1] the application code running (null: the engine). */
  private static final ThreadLocal<String[]> CONTEXT = ThreadLocal.withInitial(() -> new String[2]);

  static {
    for (int i = 0; i < VERBS.length; i++) {
      VERBS[i] = new LongAdder();
    }
  }

  private SqlCounter() {}

  // --- labels ----------------------------------------------------------------------------------

  /** The driver's current step on this thread (null: none). */
  static void step(String step) {
    CONTEXT.get()[0] = step;
  }

  /** The application code now running on this thread (null: the engine). */
  static void source(String source) {
    CONTEXT.get()[1] = source;
  }

  // --- snapshots -------------------------------------------------------------------------------

  /** The time spent per statement text so far. */
  static Map<String, Timing> timings() {
    Map<String, Timing> now = new HashMap<>();
    TIMES.forEach((sql, t) -> now.put(sql, new Timing(sql, t[0].sum(), t[1].sum())));
    return now;
  }

  /** The statements that took the most time between two {@link #timings()}, costliest first. */
  static java.util.List<Timing> costliest(Map<String, Timing> before, Map<String, Timing> after, int limit) {
    return after.values().stream()
        .map(t -> {
          Timing b = before.get(t.sql());
          return b == null ? t : new Timing(t.sql(), t.executions() - b.executions(), t.nanos() - b.nanos());
        })
        .filter(t -> t.executions() > 0)
        .sorted(java.util.Comparator.comparingLong(Timing::nanos).reversed())
        .limit(limit).toList();
  }

  private static void time(String sql, long nanos) {
    if (sql == null || (TIMES.size() >= MAX_CACHED_KINDS && !TIMES.containsKey(sql))) {
      return;
    }
    LongAdder[] t = TIMES.computeIfAbsent(sql, k -> new LongAdder[] {new LongAdder(), new LongAdder()});
    t[0].increment();
    t[1].add(nanos);
  }

  /** Counter values at one moment; {@link #minus} gives the statements between two moments. */
  record Snapshot(long[] verbs, long commits, long rollbacks, long autoCommitStatements, Map<Key, Long> byKey) {

    long verb(Verb verb) {
      return verbs[verb.ordinal()];
    }

    long total() {
      long sum = 0;
      for (long v : verbs) {
        sum += v;
      }
      return sum;
    }

    Snapshot minus(Snapshot earlier) {
      long[] v = new long[verbs.length];
      for (int i = 0; i < v.length; i++) {
        v[i] = verbs[i] - earlier.verbs[i];
      }
      Map<Key, Long> keys = new HashMap<>();
      byKey.forEach((key, count) -> {
        long delta = count - earlier.byKey.getOrDefault(key, 0L);
        if (delta != 0) {
          keys.put(key, delta);
        }
      });
      return new Snapshot(v, commits - earlier.commits, rollbacks - earlier.rollbacks,
          autoCommitStatements - earlier.autoCommitStatements, keys);
    }

    Snapshot plus(Snapshot other) {
      long[] v = new long[verbs.length];
      for (int i = 0; i < v.length; i++) {
        v[i] = verbs[i] + other.verbs[i];
      }
      Map<Key, Long> keys = new HashMap<>(byKey);
      other.byKey.forEach((key, count) -> keys.merge(key, count, Long::sum));
      return new Snapshot(v, commits + other.commits, rollbacks + other.rollbacks,
          autoCommitStatements + other.autoCommitStatements, keys);
    }

    static Snapshot empty() {
      return new Snapshot(new long[Verb.values().length], 0, 0, 0, Map.of());
    }
  }

  static Snapshot snapshot() {
    long[] v = new long[VERBS.length];
    for (int i = 0; i < v.length; i++) {
      v[i] = VERBS[i].sum();
    }
    Map<Key, Long> keys = new HashMap<>();
    BY_KEY.forEach((key, adder) -> keys.put(key, adder.sum()));
    return new Snapshot(v, COMMITS.sum(), ROLLBACKS.sum(), AUTO_COMMIT_STATEMENTS.sum(), keys);
  }

  // --- counting --------------------------------------------------------------------------------

  private static void count(String sql, boolean autoCommit) {
    Kind kind = kind(sql);
    VERBS[kind.verb().ordinal()].increment();
    if (autoCommit) {
      AUTO_COMMIT_STATEMENTS.increment();
    }
    String[] context = CONTEXT.get();
    String step = context[0] != null ? context[0] : OTHER_STEP;
    String source = context[1] != null ? context[1] : ENGINE;
    BY_KEY.computeIfAbsent(new Key(step, source, kind.verb(), kind.table()), k -> new LongAdder()).increment();
  }

  private static final Pattern INSERT_TABLE = Pattern.compile("^insert\\s+(?:ignore\\s+)?into\\s+([\\w.`\"]+)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern UPDATE_TABLE = Pattern.compile("^update\\s+([\\w.`\"]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern DELETE_TABLE = Pattern.compile("^delete\\s+(?:\\w+\\s+)?from\\s+([\\w.`\"]+)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern FROM_TABLE = Pattern.compile("\\bfrom\\s+([\\w.`\"]+)", Pattern.CASE_INSENSITIVE);

  static Kind kind(String sql) {
    if (sql == null) {
      return new Kind(Verb.OTHER, "?");
    }
    Kind cached = KINDS.get(sql);
    if (cached != null) {
      return cached;
    }
    Kind kind = classify(sql);
    if (KINDS.size() < MAX_CACHED_KINDS) {
      KINDS.put(sql, kind);
    }
    return kind;
  }

  static Kind classify(String sql) {
    String s = sql.strip();
    while (s.startsWith("(") || s.startsWith("/*")) {
      if (s.startsWith("/*")) {
        int end = s.indexOf("*/");
        s = end < 0 ? "" : s.substring(end + 2).strip();
      } else {
        s = s.substring(1).strip();
      }
    }
    int space = 0;
    while (space < s.length() && Character.isLetter(s.charAt(space))) {
      space++;
    }
    String first = s.substring(0, space).toUpperCase(Locale.ROOT);
    Verb verb = switch (first) {
      case "SELECT", "WITH" -> Verb.SELECT;
      case "INSERT" -> Verb.INSERT;
      case "UPDATE" -> Verb.UPDATE;
      case "DELETE" -> Verb.DELETE;
      default -> Verb.OTHER;
    };
    Pattern table = switch (verb) {
      case INSERT -> INSERT_TABLE;
      case UPDATE -> UPDATE_TABLE;
      case DELETE -> DELETE_TABLE;
      case SELECT -> FROM_TABLE;
      case OTHER -> null;
    };
    String name = first.isEmpty() ? "?" : first;
    if (table != null) {
      Matcher m = table.matcher(s);
      name = m.find() ? m.group(1).replace("`", "").replace("\"", "").toUpperCase(Locale.ROOT) : "?";
    }
    return new Kind(verb, name);
  }

  // --- proxies ---------------------------------------------------------------------------------

  static DataSource wrap(DataSource target) {
    return (DataSource) Proxy.newProxyInstance(SqlCounter.class.getClassLoader(),
        new Class<?>[] {DataSource.class, Closeable.class}, new DataSourceHandler(target));
  }

  static boolean isWrapped(Object dataSource) {
    return Proxy.isProxyClass(dataSource.getClass())
        && Proxy.getInvocationHandler(dataSource) instanceof DataSourceHandler;
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** equals, hashCode, toString, unwrap and isWrapperFor of a proxy; null if the method is none of them. */
  private static Object common(Object proxy, Object target, Method method, Object[] args, boolean[] handled)
      throws Throwable {
    handled[0] = true;
    switch (method.getName()) {
      case "equals":
        return args != null && args.length == 1 && proxy == args[0];
      case "hashCode":
        return System.identityHashCode(proxy);
      case "toString":
        return "counting(" + target + ")";
      case "unwrap":
        if (args != null && args.length == 1 && ((Class<?>) args[0]).isInstance(proxy)) {
          return proxy;
        }
        return invoke(target, method, args);
      case "isWrapperFor":
        if (args != null && args.length == 1 && ((Class<?>) args[0]).isInstance(proxy)) {
          return true;
        }
        return invoke(target, method, args);
      default:
        handled[0] = false;
        return null;
    }
  }

  private static final class DataSourceHandler implements InvocationHandler {

    private final DataSource target;

    DataSourceHandler(DataSource target) {
      this.target = target;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      boolean[] handled = new boolean[1];
      Object common = common(proxy, target, method, args, handled);
      if (handled[0]) {
        return common;
      }
      if (method.getName().equals("close") && (args == null || args.length == 0)) {
        if (target instanceof AutoCloseable closeable) {
          closeable.close();
        }
        return null;
      }
      Object result = SqlCounter.invoke(target, method, args);
      if (method.getName().equals("getConnection") && result instanceof Connection connection) {
        return Proxy.newProxyInstance(SqlCounter.class.getClassLoader(), new Class<?>[] {Connection.class},
            new ConnectionHandler(connection));
      }
      return result;
    }
  }

  private static final class ConnectionHandler implements InvocationHandler {

    private final Connection target;
    private Boolean autoCommit;
    private Object proxy;

    ConnectionHandler(Connection target) {
      this.target = target;
    }

    boolean autoCommit() {
      if (autoCommit == null) {
        try {
          autoCommit = target.getAutoCommit();
        } catch (Exception e) {
          autoCommit = false;
        }
      }
      return autoCommit;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      this.proxy = proxy;
      boolean[] handled = new boolean[1];
      Object common = common(proxy, target, method, args, handled);
      if (handled[0]) {
        return common;
      }
      String name = method.getName();
      switch (name) {
        case "commit" -> COMMITS.increment();
        case "rollback" -> ROLLBACKS.increment();
        case "setAutoCommit" -> autoCommit = null;
        default -> {}
      }
      Object result = SqlCounter.invoke(target, method, args);
      if (result instanceof Statement statement) {
        String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
        Class<?> type = result instanceof CallableStatement ? CallableStatement.class
            : result instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
        return Proxy.newProxyInstance(SqlCounter.class.getClassLoader(), new Class<?>[] {type},
            new StatementHandler(statement, sql, this));
      }
      return result;
    }
  }

  private static final class StatementHandler implements InvocationHandler {

    private final Statement target;
    private final String preparedSql;
    private final ConnectionHandler connection;

    StatementHandler(Statement target, String preparedSql, ConnectionHandler connection) {
      this.target = target;
      this.preparedSql = preparedSql;
      this.connection = connection;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      boolean[] handled = new boolean[1];
      Object common = common(proxy, target, method, args, handled);
      if (handled[0]) {
        return common;
      }
      switch (method.getName()) {
        case "execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "addBatch", "executeBatch" -> {
          String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : preparedSql;
          if (!method.getName().equals("executeBatch")) {
            count(sql, connection.autoCommit());
          }
          if (!method.getName().equals("addBatch")) {
            long began = System.nanoTime();
            try {
              return SqlCounter.invoke(target, method, args);
            } finally {
              time(sql, System.nanoTime() - began);
            }
          }
        }
        case "getConnection" -> {
          if (connection.proxy != null) {
            return connection.proxy;
          }
        }
        default -> {}
      }
      return SqlCounter.invoke(target, method, args);
    }
  }
}
