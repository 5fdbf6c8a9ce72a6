package org.sezflow.benchmark;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.sezflow.benchmark.HistoryTemplates.Template;
import org.sezflow.zone.PipelineStage;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Years of history made from a few real ended proposals ({@link HistoryTemplates}): each copy is
 * one template's every row, in the application's tables (the proposal, its partners, decision log,
 * stage exits, ministries' opinions, notifications and zone events) and in the engine's history
 * (every ACT_HI_ table and the history's byte arrays), under a new reference, a new process
 * instance and new ids, in another zone, moved in time so that it closed when the copy says.
 *
 * <p>Ids: the engine's ids here are time-based UUIDs (with an activity's id in front for activity
 * instances) whose last 12 characters name the machine; a copy replaces them by its own number, so
 * every id stays unique and every reference between rows stays whole. The constructor checks that
 * every id column holds such ids. Not copied: agenda items (each template's sessions would hold
 * thousands) and land holdings (the zones' areas would overflow); the copies' variables still
 * name their template's zone.
 */
final class HistoryCopies {

  /** The application's tables with a row per proposal, and the column naming it. */
  private static final Map<String, String> APPLICATION_TABLES =
      Map.of("sez_proposal_partner", "proposal_ref", "sez_proposal_decision", "proposal_ref", "sez_notification",
          "proposal_ref", "sez_stage_exit", "proposal_ref", "sez_ministry_opinion", "proposal_ref", "sez_zone_event",
          "proposal_ref");
  /** Columns ending in _ID_ that name a model element, a user or a group, not one instance's row. */
  private static final Set<String> MODEL_IDS = Set.of("PROC_DEF_ID_", "CASE_DEF_ID_", "DEC_DEF_ID_", "DEC_REQ_ID_",
      "DEPLOYMENT_ID_", "TENANT_ID_", "USER_ID_", "ACT_ID_", "JOB_DEF_ID_", "CLAUSE_ID_", "RULE_ID_", "GROUP_ID_",
      "ASSIGNER_ID_", "BATCH_ID_", "FAILED_ACT_ID_", "CASE_ACT_ID_", "START_USER_ID_", "START_ACT_ID_",
      "END_ACT_ID_", "ACTIVITY_ID_", "HOSTNAME_");
  private static final Pattern MACHINE_SUFFIXED = Pattern.compile(".*-[0-9a-f]{12}");
  /** Copies closed with each outcome, out of 100. */
  private static final List<Map.Entry<PipelineStage, Integer>> OUTCOME_SHARES = List.of(
      Map.entry(PipelineStage.ZONE_ENTERPRISE, 40), Map.entry(PipelineStage.REJECTED, 30),
      Map.entry(PipelineStage.WITHDRAWN, 15), Map.entry(PipelineStage.LAPSED, 15));
  private static final int CHUNK = 2_000;

  private final JdbcTemplate jdbc;
  private final List<Template> templates;
  private final Map<String, Instant> templateClosed = new LinkedHashMap<>();
  /** Each table's INSERT ... SELECT of the copies of its template rows. */
  private final Map<String, String> copyStatements = new LinkedHashMap<>();
  /** Each copied table's column naming the template (its proposal's reference or root process instance). */
  private final Map<String, String> links = new LinkedHashMap<>();
  /** The engine's history tables whose rows have a removal time. */
  private final List<String> removable = new ArrayList<>();

  HistoryCopies(JdbcTemplate jdbc, DataSource dataSource, List<Template> templates) throws Exception {
    this.jdbc = jdbc;
    this.templates = templates;
    for (Template template : templates) {
      templateClosed.put(template.reference(), jdbc.queryForObject("SELECT closed_at FROM sez_proposal "
          + "WHERE reference = ?", LocalDateTime.class, template.reference()).toInstant(ZoneOffset.UTC));
    }
    jdbc.execute("DROP TABLE IF EXISTS bench_copy");
    jdbc.execute("CREATE TABLE bench_copy (copy_ref VARCHAR(40) NOT NULL PRIMARY KEY, "
        + "template_ref VARCHAR(40)" + collationOf("sez_proposal", "reference") + " NOT NULL, "
        + "template_pi VARCHAR(64)" + collationOf("ACT_HI_PROCINST", "ID_") + " NOT NULL, "
        + "machine VARCHAR(12) NOT NULL, shift_s BIGINT NOT NULL, zone_code VARCHAR(16) NOT NULL)");
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      try (ResultSet tables = meta.getTables(connection.getCatalog(), connection.getSchema(), "%",
          new String[] {"TABLE"})) {
        while (tables.next()) {
          String table = tables.getString("TABLE_NAME");
          String lower = table.toLowerCase(Locale.ROOT);
          if (lower.equals("sez_proposal")) { // first: the other rows refer to it
            Map<String, String> rest = new LinkedHashMap<>(copyStatements);
            copyStatements.clear();
            copyStatements.put(table, statement(meta, connection, table, "reference", "template_ref"));
            copyStatements.putAll(rest);
          } else if (APPLICATION_TABLES.containsKey(lower)) {
            copyStatements.put(table, statement(meta, connection, table, APPLICATION_TABLES.get(lower),
                "template_ref"));
          } else if (lower.startsWith("act_hi_") || lower.equals("act_ge_bytearray")) {
            String statement = statement(meta, connection, table, "ROOT_PROC_INST_ID_", "template_pi");
            if (statement != null) {
              copyStatements.put(table, statement);
            }
          }
        }
      }
    }
  }

  /**
   * On MySQL, the character set and collation of a column, for the helper table's column joined to
   * it: Camunda's tables use utf8 with utf8_bin, the application's utf8mb4, and a join between
   * different collations cannot use the index (it scanned the whole history table per chunk).
   */
  private String collationOf(String table, String column) {
    String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
    if (product == null || !(product.contains("MySQL") || product.contains("MariaDB"))) {
      return "";
    }
    List<Map<String, Object>> found = jdbc.queryForList("SELECT CHARACTER_SET_NAME AS charset, COLLATION_NAME "
        + "AS collation FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? "
        + "AND COLUMN_NAME = ?", table, column);
    return found.isEmpty() || found.get(0).get("charset") == null ? ""
        : " CHARACTER SET " + found.get(0).get("charset") + " COLLATE " + found.get(0).get("collation");
  }

  /** The INSERT ... SELECT copying a table's template rows, or null if no column links them to a proposal. */
  private String statement(DatabaseMetaData meta, Connection connection, String table, String link,
      String copyColumn) throws Exception {
    Map<String, Integer> types = new LinkedHashMap<>();
    try (ResultSet rs = meta.getColumns(connection.getCatalog(), connection.getSchema(), table, "%")) {
      while (rs.next()) {
        if (!"YES".equals(rs.getString("IS_AUTOINCREMENT"))) {
          types.put(rs.getString("COLUMN_NAME"), rs.getInt("DATA_TYPE"));
        }
      }
    }
    if (types.keySet().stream().noneMatch(column -> column.equalsIgnoreCase(link))) {
      return null;
    }
    if (types.keySet().stream().anyMatch(column -> column.equalsIgnoreCase("REMOVAL_TIME_"))) {
      removable.add(table);
    }
    links.put(table, link);
    List<String> columns = new ArrayList<>(types.keySet());
    List<String> expressions = columns.stream().map(column -> expression(table, column,
        column.toUpperCase(Locale.ROOT), types.get(column), link)).toList();
    return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + String.join(", ", expressions)
        + " FROM " + table + " t JOIN bench_copy c ON t." + link + " = c." + copyColumn;
  }

  private String expression(String table, String column, String upper, int type, String link) {
    String t = "t." + column;
    if (upper.equals("REFERENCE") || upper.equals("PROPOSAL_REF") || upper.equals("BUSINESS_KEY_")) {
      return "c.copy_ref";
    }
    if (upper.equals("ZONE_CODE")) {
      return "c.zone_code";
    }
    if (upper.equals("TEXT_")) {
      return "CASE WHEN " + t + " = c.template_ref THEN c.copy_ref ELSE " + t + " END";
    }
    if (upper.equals("PROCESS_INSTANCE_ID") || upper.equals("TASK_ID") || upper.equals("ID_")
        || (upper.endsWith("_ID_") && !MODEL_IDS.contains(upper))) {
      checkIds(table, column, link);
      return "CASE WHEN " + t + " IS NULL THEN NULL ELSE CONCAT(SUBSTRING(" + t + ", 1, CHAR_LENGTH(" + t
          + ") - 12), c.machine) END";
    }
    if (type == Types.TIMESTAMP || type == Types.TIMESTAMP_WITH_TIMEZONE) {
      return "TIMESTAMPADD(SECOND, c.shift_s, " + t + ")";
    }
    if (type == Types.DATE) {
      return "CAST(TIMESTAMPADD(SECOND, c.shift_s, " + t + ") AS DATE)";
    }
    return t;
  }

  /** Every id the templates hold in this column ends with a machine part that a copy can replace. */
  private void checkIds(String table, String column, String link) {
    List<Object> keys = templateKeys(link);
    for (String id : jdbc.queryForList("SELECT DISTINCT " + column + " FROM " + table + " WHERE " + link + " IN ("
        + marks(keys) + ") AND " + column + " IS NOT NULL", String.class, keys.toArray())) {
      if (!MACHINE_SUFFIXED.matcher(id).matches()) {
        throw new IllegalStateException(table + "." + column + " holds '" + id + "', which a copy cannot renumber");
      }
    }
  }

  /** Per history table, the rows whose removal time has passed: what the history cleanup removes. */
  Map<String, Long> dueForCleanup() {
    Map<String, Long> due = new LinkedHashMap<>();
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    for (String table : removable) {
      due.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE REMOVAL_TIME_ <= ?", Long.class,
          now));
    }
    return due;
  }

  /** The templates' values of a link column: their root process instances, or their references. */
  private List<Object> templateKeys(String link) {
    return templates.stream().map(template -> (Object) (link.equalsIgnoreCase("ROOT_PROC_INST_ID_")
        ? template.processInstanceId() : template.reference())).toList();
  }

  private static String marks(List<Object> keys) {
    return String.join(", ", keys.stream().map(k -> "?").toList());
  }

  /** Rows each copy adds, per table, from the templates' own rows (an average over templates). */
  Map<String, Double> rowsPerCopy() {
    Map<String, Double> rows = new LinkedHashMap<>();
    for (String table : copyStatements.keySet()) {
      List<Object> keys = templateKeys(links.get(table));
      Long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE " + links.get(table) + " IN ("
          + marks(keys) + ")", Long.class, keys.toArray());
      rows.put(table, count / (double) templates.size());
    }
    return rows;
  }

  /**
   * Copies numbered {@code from} (inclusive) to {@code to}, each closed at a random moment of the
   * ten years before now, or, if {@code expired}, of the year before that (past the history's time
   * to live). Returns the rows inserted.
   */
  long copy(int from, int to, boolean expired) {
    Random random = new Random(7L * from + (expired ? 1 : 0));
    Instant now = Instant.now();
    long rows = 0;
    for (int first = from; first < to; first += CHUNK) {
      List<Object[]> copies = new ArrayList<>();
      Map<String, Map<PipelineStage, Integer>> counted = new HashMap<>();
      for (int n = first; n < Math.min(to, first + CHUNK); n++) {
        Template template = pick(random);
        String zone = BenchmarkSeed.ZONES.get(random.nextInt(BenchmarkSeed.ZONES.size()));
        counted.computeIfAbsent(zone, z -> new HashMap<>()).merge(template.outcome(), 1, Integer::sum);
        long ago = random.nextInt(365 * 24 * 60) + (expired ? 3651L * 24 * 60 : random.nextInt(9 * 365) * 24L * 60);
        Instant closed = now.minus(Duration.ofMinutes(ago));
        copies.add(new Object[] {(expired ? "OLD-" : "") + BenchmarkSeed.reference(n), template.reference(),
            template.processInstanceId(), String.format("b%011x", expired ? n + 50_000_000 : n),
            Duration.between(templateClosed.get(template.reference()), closed).toSeconds(), zone});
      }
      jdbc.update("DELETE FROM bench_copy");
      jdbc.batchUpdate("INSERT INTO bench_copy (copy_ref, template_ref, template_pi, machine, shift_s, zone_code) "
          + "VALUES (?, ?, ?, ?, ?, ?)", copies);
      for (String statement : copyStatements.values()) {
        rows += jdbc.update(statement);
      }
      BenchmarkSeed.countInPipelines(jdbc, counted);
    }
    jdbc.update("DELETE FROM bench_copy");
    return rows;
  }

  private Template pick(Random random) {
    int roll = random.nextInt(100);
    PipelineStage outcome = null;
    for (Map.Entry<PipelineStage, Integer> share : OUTCOME_SHARES) {
      roll -= share.getValue();
      if (roll < 0) {
        outcome = share.getKey();
        break;
      }
    }
    PipelineStage wanted = outcome;
    List<Template> these = templates.stream().filter(template -> template.outcome() == wanted).toList();
    return these.get(random.nextInt(these.size()));
  }
}
