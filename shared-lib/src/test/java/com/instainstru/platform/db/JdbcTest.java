package com.instainstru.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.instainstru.platform.TestPlatform;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JdbcTest {

    private static final TestPlatform platform = new TestPlatform(Clock.systemUTC());
    private final Jdbc jdbc = platform.jdbc;

    @BeforeAll
    static void createScratchTable() {
        platform.jdbc.update("""
                CREATE TABLE IF NOT EXISTS jdbc_test (
                    id ulid PRIMARY KEY, label text, at timestamptz, day date, start_time time, amount_cents bigint)
                """);
    }

    @Test
    void bindsAndMapsInstantsDatesTimesAndNulls() {
        String id = platform.ids.newId();
        Instant at = Instant.parse("2026-03-08T07:30:00.123456Z");

        jdbc.update("INSERT INTO jdbc_test VALUES (?, ?, ?, ?, ?, ?)", id, null, at, LocalDate.of(2026, 3, 8),
                LocalTime.of(2, 30), 12_345L);

        Scratch row = jdbc.queryOne("SELECT * FROM jdbc_test WHERE id = ?", JdbcTest::scratch, id).orElseThrow();
        assertThat(row).isEqualTo(new Scratch(id, null, at, LocalDate.of(2026, 3, 8), LocalTime.of(2, 30), 12_345L));
    }

    @Test
    void commitsWorkOfATransactionTogether() {
        String first = platform.ids.newId();
        String second = platform.ids.newId();

        platform.tx.run(() -> {
            jdbc.update("INSERT INTO jdbc_test (id, label) VALUES (?, 'a')", first);
            jdbc.update("INSERT INTO jdbc_test (id, label) VALUES (?, 'b')", second);
        });

        assertThat(count(first) + count(second)).isEqualTo(2);
    }

    @Test
    void rollsBackEverythingWhenTheWorkFails() {
        String id = platform.ids.newId();

        assertThatThrownBy(() -> platform.tx.run(() -> {
            jdbc.update("INSERT INTO jdbc_test (id, label) VALUES (?, 'doomed')", id);
            throw new IllegalStateException("business rule failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(count(id)).isZero();
    }

    @Test
    void aNestedCallJoinsTheOpenTransaction() {
        String id = platform.ids.newId();

        assertThatThrownBy(() -> platform.tx.run(() -> {
            platform.tx.run(() -> jdbc.update("INSERT INTO jdbc_test (id, label) VALUES (?, 'inner')", id));
            throw new IllegalStateException("outer fails after inner finished");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(count(id)).isZero();
    }

    @Test
    void translatesSqlErrorsWithTheirSqlState() {
        String id = platform.ids.newId();
        jdbc.update("INSERT INTO jdbc_test (id) VALUES (?)", id);

        assertThatThrownBy(() -> jdbc.update("INSERT INTO jdbc_test (id) VALUES (?)", id))
                .isInstanceOfSatisfying(DataAccessException.class,
                        e -> assertThat(e.isUniqueViolation()).isTrue());
    }

    @Test
    void theUlidDomainRejectsMalformedIds() {
        assertThatThrownBy(() -> jdbc.update("INSERT INTO jdbc_test (id) VALUES (?)", "not-a-ulid-not-a-ulid-xxxx"))
                .isInstanceOfSatisfying(DataAccessException.class,
                        e -> assertThat(e.sqlState()).isEqualTo("23514"));
    }

    private int count(String id) {
        return jdbc.queryOne("SELECT count(*) AS n FROM jdbc_test WHERE id = ?", r -> r.integer("n"), id).orElseThrow();
    }

    private static Scratch scratch(Row row) throws java.sql.SQLException {
        return new Scratch(row.trimmed("id"), row.string("label"), row.instant("at"), row.date("day"),
                row.time("start_time"), row.longValue("amount_cents"));
    }

    record Scratch(String id, String label, Instant at, LocalDate day, LocalTime startTime, Long amountCents) {
    }
}
