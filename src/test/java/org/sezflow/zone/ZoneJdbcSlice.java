package org.sezflow.zone;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fast slice of the zone package: the four repositories on the application's own database (H2,
 * or MySQL under the mysql profile), migrated by Flyway, without the engine or a web server. Each
 * test runs in a transaction that is rolled back; every class with this annotation shares one
 * context. Tagged "slice": {@code ./mvnw test -Dgroups=slice} runs the slices alone.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("slice")
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ZoneRepository.class, LandHoldingRepository.class, ZoneEventLog.class, ZonePipelineRepository.class,
    ZoneJdbcSlice.Config.class})
@interface ZoneJdbcSlice {

  /** The time of every record a slice test writes: whole seconds, as MySQL keeps them here. */
  Instant NOW = Instant.parse("2026-03-23T05:00:00Z");

  @TestConfiguration(proxyBeanMethods = false)
  class Config {

    @Bean
    Clock clock() {
      return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Bean
    TestZones testZones(JdbcClient jdbc) {
      return new TestZones(jdbc);
    }
  }

  /** Adds zones of a test's own, so that its expectations hold whatever other tests left in the database. */
  final class TestZones {

    private final JdbcClient jdbc;

    TestZones(JdbcClient jdbc) {
      this.jdbc = jdbc;
    }

    /**
     * A zone with the given leasable area (of 1,000 acres in all) and sectors in the given order,
     * written last to first, so that the order read back comes from their positions alone.
     */
    void add(String code, String leasableAcres, String... sectors) {
      jdbc.sql("""
          INSERT INTO sez_zone (code, name, province, location, developer, total_acres, leasable_acres,
              leasable_source, leasable_is_assumption, reserved_acres, allocated_acres, priority, smart_sez,
              smart_sez_source, status_note)
          VALUES (?, ?, 'Test province', 'Test site', 'Test developer', 1000, ?, 'test', FALSE, 0, 0, FALSE, FALSE,
              NULL, NULL)""")
          .params(code, "Test zone " + code, new BigDecimal(leasableAcres))
          .update();
      for (int position = sectors.length - 1; position >= 0; position--) {
        jdbc.sql("INSERT INTO sez_zone_sector (zone_code, sector, position) VALUES (?, ?, ?)")
            .params(code, sectors[position], position)
            .update();
      }
    }
  }
}
