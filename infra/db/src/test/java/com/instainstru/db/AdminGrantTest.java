package com.instainstru.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code db-tool grant-admin}: the first admin of a stage, against a real migrated database. */
class AdminGrantTest {

    private static final String USER_ID = "01KDVDNA00AAAAAAAAAAAAAAAA";

    @RegisterExtension
    static final TestDatabase.PerClass DATABASE = new TestDatabase.PerClass();

    private TestDatabase db;

    @BeforeEach
    void migrateAndRegisterAStudent() throws SQLException {
        db = DATABASE.get();
        Migrations.migrate(db.jdbcUrl(), TestDatabase.USER, null);
        update("""
                INSERT INTO users (id, email, first_name, last_name, password_hash, tokens_valid_after, created_at,
                                   updated_at)
                VALUES (?, 'Founder@Example.com', 'Ada', 'Lovelace', 'x', now(), now(), now())
                """);
        update("INSERT INTO user_roles (user_id, role_id, granted_at) SELECT ?, id, now() FROM roles WHERE name = 'student'");
    }

    @Test
    void grantsTheAdminRoleCaseInsensitivelyAndAuditsIt() throws SQLException {
        CliRun run = CliRun.run("--url", db.jdbcUrl(), "grant-admin", "--email", "founder@example.com");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("Granted the admin role to founder@example.com (" + USER_ID + ")");
        assertThat(roles()).containsExactly("admin", "student");
        assertThat(strings("SELECT action FROM audit_log WHERE entity_id = ?")).containsExactly("role.granted");
    }

    @Test
    void grantingTwiceChangesNothing() throws SQLException {
        CliRun.run("--url", db.jdbcUrl(), "grant-admin", "--email", "founder@example.com");

        CliRun again = CliRun.run("--url", db.jdbcUrl(), "grant-admin", "--email", "founder@example.com");

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("is already an admin");
        assertThat(strings("SELECT action FROM audit_log WHERE entity_id = ?")).hasSize(1);
    }

    @Test
    void anUnknownEmailFailsWithoutWriting() throws SQLException {
        CliRun run = CliRun.run("--url", db.jdbcUrl(), "grant-admin", "--email", "nobody@example.com");

        assertThat(run.exitCode()).isEqualTo(DbTool.DATABASE_ERROR);
        assertThat(run.err()).contains("no user with the email nobody@example.com; register the account first");
        assertThat(roles()).containsExactly("student");
    }

    @Test
    void theEmailIsRequiredAndOnlyForGrantAdmin() {
        assertThat(CliRun.run("--url", db.jdbcUrl(), "grant-admin").err()).contains("grant-admin needs --email");
        assertThat(CliRun.run("--url", db.jdbcUrl(), "info", "--email", "a@b.c").err())
                .contains("--email is only for grant-admin");
    }

    @Test
    void prodNeedsTheConfirmation() {
        CliRun run = CliRun.run("--env", "prod", "--url", db.jdbcUrl(), "grant-admin", "--email", "founder@example.com");

        assertThat(run.exitCode()).isEqualTo(DbTool.REFUSED);
    }

    private List<String> roles() throws SQLException {
        return strings("SELECT r.name FROM user_roles ur JOIN roles r ON r.id = ur.role_id WHERE ur.user_id = ? ORDER BY r.name");
    }

    private void update(String sql) throws SQLException {
        try (Connection connection = db.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, USER_ID);
            statement.executeUpdate();
        }
    }

    private List<String> strings(String sql) throws SQLException {
        try (Connection connection = db.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, USER_ID);
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }
}
