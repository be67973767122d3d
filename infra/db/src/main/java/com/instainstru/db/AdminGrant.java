package com.instainstru.db;

import com.github.f4b6a3.ulid.UlidCreator;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Promotes a registered user to admin: how a new stage gets its first admin, since no API can grant a role
 * before an admin exists. The grant is audited like the admin API's. The user's existing sessions keep their
 * permissions until the next sign-in or refresh.
 */
final class AdminGrant {

    private final ConnectionSettings connection;
    private final Clock clock;
    private final PrintStream out;

    AdminGrant(ConnectionSettings connection, Clock clock, PrintStream out) {
        this.connection = connection;
        this.clock = clock;
        this.out = out;
    }

    /** False when no user has the email. */
    boolean grant(String email) throws SQLException {
        try (Connection db = DriverManager.getConnection(connection.jdbcUrl(), connection.user(),
                connection.password())) {
            db.setAutoCommit(false);
            String userId = userId(db, email);
            if (userId == null) {
                db.rollback();
                return false;
            }
            Instant now = clock.instant();
            int added = execute(db, """
                    INSERT INTO user_roles (user_id, role_id, granted_at)
                    SELECT ?, id, ? FROM roles WHERE name = 'admin' ON CONFLICT DO NOTHING
                    """, userId, now);
            if (added == 1) {
                execute(db, """
                        INSERT INTO audit_log (id, actor_id, action, entity_type, entity_id, after_json, occurred_at)
                        VALUES (?, NULL, 'role.granted', 'user', ?, '{"role":"admin","via":"db-tool"}'::jsonb, ?)
                        """, UlidCreator.getUlid(now.toEpochMilli()).toString(), userId, now);
            }
            db.commit();
            out.println(added == 1 ? "Granted the admin role to " + email + " (" + userId + ")."
                    : email + " (" + userId + ") is already an admin.");
            return true;
        }
    }

    private static String userId(Connection db, String email) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement("SELECT id FROM users WHERE lower(email) = lower(?)")) {
            statement.setString(1, email.strip());
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private static int execute(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object value = parameters[i] instanceof Instant instant
                        ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : parameters[i];
                statement.setObject(i + 1, value);
            }
            return statement.executeUpdate();
        }
    }
}
