package com.instainstru.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.instainstru.platform.TestPlatform;
import com.instainstru.platform.db.ConnectionHolder;
import com.instainstru.platform.db.Jdbc;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

class HealthServiceTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC);

    @Test
    void reportsUpWithTheMigrationVersion() {
        TestPlatform platform = new TestPlatform(clock);

        HealthReport report = new HealthService(new HealthRepository(platform.jdbc), clock).check();

        assertThat(report).isEqualTo(new HealthReport("UP", "UP", "7", clock.instant()));
    }

    @Test
    void reportsDownWhenTheDatabaseIsUnreachable() {
        PGSimpleDataSource nowhere = new PGSimpleDataSource();
        nowhere.setUrl("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=1");

        HealthReport report = new HealthService(new HealthRepository(new Jdbc(nowhere, new ConnectionHolder())), clock)
                .check();

        assertThat(report.status()).isEqualTo("DOWN");
        assertThat(report.database()).isEqualTo("DOWN");
        assertThat(report.migrationVersion()).isNull();
    }
}
