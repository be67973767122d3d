package com.instainstru.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MigrationsTest {

    private static final String CHECK_VIOLATION = "23514";

    @RegisterExtension
    static final TestDatabase.PerClass DATABASE = new TestDatabase.PerClass();

    private TestDatabase db;

    @BeforeEach
    void useTheClassDatabase() {
        db = DATABASE.get();
    }

    @Test
    void migrateCreatesThePlatformAndAccountTables() throws SQLException {
        Migrations.migrate(db.jdbcUrl(), TestDatabase.USER, null);

        MigrationInfo current = Migrations.flyway(db.jdbcUrl(), TestDatabase.USER, null, false).info().current();
        assertThat(current.getVersion().getVersion()).isEqualTo("7");
        assertThat(current.getDescription()).isEqualTo("payments");
        assertThat(db.tableExists("users")).isTrue();
        assertThat(db.tableExists("refresh_tokens")).isTrue();
        assertThat(db.tableExists("outbox_events")).isTrue();
        assertThat(db.tableExists("processed_messages")).isTrue();
        assertThat(db.tableExists("event_receipts")).isTrue();
        assertThat(db.tableExists("booking_payments")).isTrue();
        assertThat(db.tableExists("stripe_webhook_events")).isTrue();
        assertThat(db.tableExists("platform_credits")).isTrue();
    }

    @Test
    void migrateTwiceAppliesNothingTheSecondTime() {
        Migrations.migrate(db.jdbcUrl(), TestDatabase.USER, null);

        var second = Migrations.flyway(db.jdbcUrl(), TestDatabase.USER, null, false).migrate();

        assertThat(second.migrationsExecuted).isZero();
        assertThat(second.initialSchemaVersion).isEqualTo("7");
    }

    @Test
    void ulidDomainAcceptsAWellFormedId() throws SQLException {
        Migrations.migrate(db.jdbcUrl(), TestDatabase.USER, null);

        assertThat(insertReceipt("01ARZ3NDEKTSV4RRFFQ69G5FAV")).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "not-a-ulid",
            "01arz3ndektsv4rrffq69g5fav", // lower case
            "81ARZ3NDEKTSV4RRFFQ69G5FAV", // first character above 7 overflows 128 bits
            "01ARZ3NDEKTSV4RRFFQ69G5FAI", // I is not Crockford base32
            "01ARZ3NDEKTSV4RRFFQ69G5FA" // 25 characters
    })
    void ulidDomainRejectsAMalformedId(String id) {
        Migrations.migrate(db.jdbcUrl(), TestDatabase.USER, null);

        assertThatThrownBy(() -> insertReceipt(id))
                .isInstanceOfSatisfying(SQLException.class,
                        e -> assertThat(e.getSQLState()).isEqualTo(CHECK_VIOLATION))
                .hasMessageContaining("ulid");
    }

    @Test
    void cleanIsDisabledUnlessAskedFor() throws SQLException {
        Migrations.migrate(db.jdbcUrl(), TestDatabase.USER, null);

        assertThatThrownBy(() -> Migrations.flyway(db.jdbcUrl(), TestDatabase.USER, null, false).clean())
                .isInstanceOf(FlywayException.class);
        assertThat(db.tableExists("outbox_events")).isTrue();
    }

    private int insertReceipt(String id) throws SQLException {
        try (Connection connection = db.connect();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO event_receipts (id, event_id, event_type, received_at) "
                             + "VALUES (?, '01ARZ3NDEKTSV4RRFFQ69G5FAV', 'test', now())")) {
            insert.setString(1, id);
            return insert.executeUpdate();
        }
    }
}
