package org.sezflow.system;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.Flyway;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;

/**
 * Indexes on the engine's tables that Camunda's schema lacks, as Flyway migrations of their own
 * (db/engine/h2 and db/engine/mysql, history in sez_engine_schema_history). They run after the
 * engine has created its tables, whereas the application's migrations run before the engine starts
 * (see {@link ProcessEngineDependsOnFlyway}), on a database that may not have them yet.
 */
@Configuration(proxyBeanMethods = false)
class EngineIndexMigrations {

  static final String HISTORY_TABLE = "sez_engine_schema_history";

  @Bean
  EngineIndexes engineIndexes(DataSource dataSource, ProcessEngine engine) throws Exception {
    String url = JdbcUtils.extractDatabaseMetaData(dataSource, metaData -> metaData.getURL());
    String vendor = DatabaseDriver.fromJdbcUrl(url) == DatabaseDriver.H2 ? "h2" : "mysql";
    Flyway.configure().dataSource(dataSource).table(HISTORY_TABLE).locations("classpath:db/engine/" + vendor)
        // The engine's tables are there already: start the history at version 0, so V1 runs.
        .baselineOnMigrate(true).baselineVersion("0").load().migrate();
    return new EngineIndexes(vendor);
  }

  /** The engine's tables have the application's indexes (of the given vendor's migrations). */
  record EngineIndexes(String vendor) {}
}
