package com.instainstru.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The CLI against a real database. */
class DbToolDatabaseTest {

    private static final String UNREACHABLE = "jdbc:postgresql://127.0.0.1:1/nowhere";

    @RegisterExtension
    static final TestDatabase.PerClass DATABASE = new TestDatabase.PerClass();

    private TestDatabase db;

    @BeforeEach
    void useTheClassDatabase() {
        db = DATABASE.get();
    }

    @Test
    void migrateThenInfoShowsEveryVersion() throws SQLException {
        CliRun migrate = CliRun.run("--url", db.jdbcUrl(), "migrate");

        assertThat(migrate.exitCode()).as(migrate.err()).isZero();
        assertThat(migrate.out())
                .contains("Environment: INT  database: " + db.hostAndPort() + "/" + db.name())
                .contains("Applied 7 migration(s):")
                .containsPattern("(?m)^\\s+1\\s+platform$")
                .containsPattern("(?m)^\\s+2\\s+accounts$")
                .containsPattern("(?m)^\\s+3\\s+instructors$")
                .containsPattern("(?m)^\\s+5\\s+nyc regions$")
                .containsPattern("(?m)^\\s+6\\s+bookings$")
                .containsPattern("(?m)^\\s+7\\s+payments$")
                .contains("Schema version: 7");
        assertThat(db.tableExists("outbox_events")).isTrue();
        assertThat(db.tableExists("processed_messages")).isTrue();

        CliRun info = CliRun.run("--url", db.jdbcUrl(), "info");

        assertThat(info.exitCode()).as(info.err()).isZero();
        assertThat(info.out())
                .contains("Schema version: 7")
                .containsPattern("(?m)^1\\s+platform\\s+Success$")
                .containsPattern("(?m)^2\\s+accounts\\s+Success$");
    }

    @Test
    void secondMigrateReportsNothingApplied() {
        CliRun.run("--url", db.jdbcUrl(), "migrate");

        CliRun again = CliRun.run("--url", db.jdbcUrl(), "migrate");

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("no migration applied").contains("Schema version: 7");
    }

    @Test
    void infoOnAnEmptyDatabaseShowsThePendingMigration() {
        CliRun info = CliRun.run("--url", db.jdbcUrl(), "info");

        assertThat(info.exitCode()).isZero();
        assertThat(info.out())
                .contains("Schema version: none")
                .containsPattern("(?m)^1\\s+platform\\s+Pending$");
    }

    @Test
    void defaultsToIntAndPrefersTheIntVariableOverDatabaseUrl() throws SQLException {
        Map<String, String> env = Map.of(
                "INSTAINSTRU_DB_URL_INT", db.jdbcUrl(),
                "DATABASE_URL", UNREACHABLE,
                "INSTAINSTRU_DB_URL_STG", UNREACHABLE);

        CliRun migrate = CliRun.run(env, "migrate");

        assertThat(migrate.exitCode()).as(migrate.err()).isZero();
        assertThat(migrate.out()).startsWith("Environment: INT  database: " + db.hostAndPort() + "/" + db.name());
        assertThat(db.tableExists("outbox_events")).isTrue();
    }

    @Test
    void intFallsBackToDatabaseUrlInPostgresForm() {
        Map<String, String> env = Map.of("DATABASE_URL", "postgres://postgres@" + db.hostAndPort() + "/" + db.name());

        CliRun info = CliRun.run(env, "info");

        assertThat(info.exitCode()).as(info.err()).isZero();
        assertThat(info.out()).contains("Environment: INT  database: " + db.hostAndPort() + "/" + db.name());
    }

    @Test
    void cleanWorksOnInt() throws SQLException {
        CliRun.run("--url", db.jdbcUrl(), "migrate");
        assertThat(db.tableExists("outbox_events")).isTrue();

        CliRun clean = CliRun.run("--env", "int", "--url", db.jdbcUrl(), "clean");

        assertThat(clean.exitCode()).as(clean.err()).isZero();
        assertThat(clean.out()).contains("Cleaned schemas: public");
        assertThat(db.tableExists("outbox_events")).isFalse();
        assertThat(db.tableExists("flyway_schema_history")).isFalse();
    }

    @Test
    void stgIsUsedWhenNamedAndTakesItsOwnVariables() throws SQLException {
        Map<String, String> env = Map.of(
                "INSTAINSTRU_DB_URL_STG", db.jdbcUrl(),
                "INSTAINSTRU_DB_USER_STG", TestDatabase.USER);

        CliRun migrate = CliRun.run(env, "--env", "stg", "migrate");

        assertThat(migrate.exitCode()).as(migrate.err()).isZero();
        assertThat(migrate.out()).contains("Environment: STG").contains("user: postgres");
        assertThat(db.tableExists("outbox_events")).isTrue();
    }

    @Test
    void prodWithConfirmationRunsNonDestructiveCommands() {
        CliRun info = CliRun.run("--env", "prod", "--confirm-prod", "--url", db.jdbcUrl(),
                "--user", TestDatabase.USER, "info");

        assertThat(info.exitCode()).as(info.err()).isZero();
        assertThat(info.out()).contains("Environment: PROD").contains("Schema version: none");
    }

    @Test
    void postgresUrlIsConvertedAndItsPasswordNeverPrinted() throws SQLException {
        String url = "postgresql://postgres:url-secret-4711@" + db.hostAndPort() + "/" + db.name();

        CliRun migrate = CliRun.run("--url", url, "migrate");
        CliRun withFlag = CliRun.run("--url", db.jdbcUrl(), "--password", "flag-secret-0815", "info");

        assertThat(migrate.exitCode()).as(migrate.err()).isZero();
        assertThat(db.tableExists("outbox_events")).isTrue();
        assertThat(migrate.all()).doesNotContain("url-secret-4711");
        assertThat(withFlag.exitCode()).as(withFlag.err()).isZero();
        assertThat(withFlag.all()).doesNotContain("flag-secret-0815");
    }
}
