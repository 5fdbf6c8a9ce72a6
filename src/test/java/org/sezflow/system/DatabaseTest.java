package org.sezflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

/** The suite runs on the database it claims to: H2 by default, MySQL under the mysql profile. */
@SpringBootTest
class DatabaseTest {

  @Autowired
  DataSource dataSource;

  @Autowired
  ProcessEngine processEngine;

  @Autowired
  Environment environment;

  @Test
  void runsOnTheProfilesDatabaseWithReadCommitted() throws SQLException {
    boolean mysql = Arrays.asList(environment.getActiveProfiles()).contains("mysql");
    String camundaDatabaseType = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
        .getDatabaseType();
    try (Connection connection = dataSource.getConnection()) {
      if (mysql) {
        assertThat(connection.getMetaData().getURL()).startsWith("jdbc:mysql:");
        assertThat(camundaDatabaseType).isEqualTo("mysql");
        // Two nodes changing one process at once broke the engine's batched flush (ENGINE-03083).
        assertThat(((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
            .isJdbcBatchProcessing()).isFalse();
      } else {
        assertThat(connection.getMetaData().getURL()).startsWith("jdbc:h2:file:");
        assertThat(camundaDatabaseType).isEqualTo("h2");
      }
      assertThat(connection.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
    }
  }

  /**
   * What the committees' lock relies on: a read right after waiting for another transaction's lock
   * sees what that transaction committed. H2 answered the same prepared query with its last result
   * while no table had changed since, and a commit does not count as a change: a few reads in ten
   * saw the row as it was before the commit (OPTIMIZE_REUSE_RESULTS=FALSE in the URL ends that).
   */
  @Test
  void aReadAfterWaitingForAnotherTransactionsLockSeesWhatItCommitted() throws Exception {
    try (Connection setup = dataSource.getConnection()) {
      setup.createStatement().execute("CREATE TABLE IF NOT EXISTS sez_test_visibility (id INT PRIMARY KEY, v INT)");
      setup.createStatement().execute("DELETE FROM sez_test_visibility");
      setup.createStatement().execute("INSERT INTO sez_test_visibility (id, v) VALUES (1, 0)");
    }
    List<Integer> stale = new ArrayList<>();
    try (Connection writer = dataSource.getConnection(); Connection reader = dataSource.getConnection()) {
      writer.setAutoCommit(false);
      reader.setAutoCommit(false);
      for (int round = 1; round <= 30; round++) {
        lockCommittee(writer);
        writer.createStatement().executeUpdate("UPDATE sez_test_visibility SET v = " + round + " WHERE id = 1");
        var read = reader.prepareStatement("SELECT v FROM sez_test_visibility WHERE id = ?");
        read.setInt(1, 1);
        try (ResultSet before = read.executeQuery()) {
          before.next();
        }
        reader.commit();
        Thread commit = new Thread(() -> {
          try {
            Thread.sleep(50);
            writer.commit();
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
        commit.start();
        lockCommittee(reader);
        try (ResultSet after = read.executeQuery()) {
          after.next();
          if (after.getInt(1) != round) {
            stale.add(round);
          }
        }
        reader.commit();
        commit.join();
      }
    }
    assertThat(stale).as("rounds whose read after the lock missed the commit").isEmpty();
  }

  private static void lockCommittee(Connection connection) throws SQLException {
    try (ResultSet locked = connection.createStatement()
        .executeQuery("SELECT code FROM sez_committee WHERE code = 'JCC' FOR UPDATE")) {
      assertThat(locked.next()).isTrue();
    }
  }

  @Test
  void theEngineTablesHaveTheApplicationsIndexesAfterTheEngineCreatedThem() throws SQLException {
    List<String> indexes = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        ResultSet rs = connection.getMetaData().getIndexInfo(connection.getCatalog(), connection.getSchema(),
            "ACT_RU_TASK", false, false)) {
      while (rs.next()) {
        indexes.add(rs.getString("INDEX_NAME") + "(" + rs.getString("COLUMN_NAME") + ")");
      }
    }
    assertThat(indexes).contains("SEZ_IDX_TASK_PARENT(PARENT_TASK_ID_)");
    boolean mysql = Arrays.asList(environment.getActiveProfiles()).contains("mysql");
    MigrationInfo[] applied = Flyway.configure().dataSource(dataSource).table(EngineIndexMigrations.HISTORY_TABLE)
        .locations("classpath:db/engine/" + (mysql ? "mysql" : "h2")).load().info().applied();
    assertThat(Arrays.stream(applied).filter(m -> !m.getType().isBaseline())
        .map(m -> m.getVersion().getVersion() + " " + m.getState().name()))
        .containsExactlyElementsOf(mysql ? List.of("1 SUCCESS", "2 SUCCESS")
            : List.of("1 SUCCESS", "2 SUCCESS", "3 SUCCESS"));
    List<String> subscriptionIndexes = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        ResultSet rs = connection.getMetaData().getIndexInfo(connection.getCatalog(), connection.getSchema(),
            "ACT_RU_EVENT_SUBSCR", false, false)) {
      while (rs.next()) {
        subscriptionIndexes.add(rs.getString("INDEX_NAME") + "(" + rs.getString("COLUMN_NAME") + ")");
      }
    }
    assertThat(subscriptionIndexes).contains("SEZ_IDX_EVENT_SUBSCR_PROCINST(PROC_INST_ID_)");
  }

  @Test
  void theProposalSearchHasAnIndexForEachOrderedFilter() throws SQLException {
    List<String> indexes = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      String table = connection.getMetaData().storesUpperCaseIdentifiers() ? "SEZ_PROPOSAL" : "sez_proposal";
      try (ResultSet rs = connection.getMetaData().getIndexInfo(connection.getCatalog(), connection.getSchema(),
          table, false, false)) {
        while (rs.next()) {
          indexes.add((rs.getString("INDEX_NAME") + "." + rs.getShort("ORDINAL_POSITION") + " "
              + rs.getString("COLUMN_NAME")).toLowerCase(java.util.Locale.ROOT));
        }
      }
    }
    assertThat(indexes).contains("ix_sez_proposal_submitted.1 submitted_at",
        "ix_sez_proposal_zone_submitted.1 zone_code", "ix_sez_proposal_zone_submitted.2 submitted_at",
        "ix_sez_proposal_stage_submitted.1 stage", "ix_sez_proposal_stage_submitted.2 submitted_at");
  }
}
