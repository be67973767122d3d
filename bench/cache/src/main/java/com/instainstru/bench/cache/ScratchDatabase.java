package com.instainstru.bench.cache;

import com.instainstru.bench.common.SingleConnectionDataSource;
import com.instainstru.platform.db.Jdbc;
import com.instainstru.platform.db.RowMapper;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import javax.sql.DataSource;

/**
 * A database of its own on the local PostgreSQL (PGHOST/PGPORT/PGUSER/PGPASSWORD, default 127.0.0.1:5432
 * as postgres), with an instructor-profile table, dropped on {@link #close}. Statements share one
 * connection that is never closed, like a warm pool.
 */
final class ScratchDatabase implements AutoCloseable {

    static final RowMapper<InstructorProfile> PROFILE = row -> new InstructorProfile(
            row.string("id"), row.string("user_id"), row.string("display_name"), row.string("bio"),
            row.longValue("hourly_rate_cents"), row.integer("years_experience"), row.integer("rating_hundredths"),
            row.bool("is_live"), row.string("timezone"), row.instant("updated_at"));

    private final String host = env("PGHOST", "127.0.0.1");
    private final String port = env("PGPORT", "5432");
    private final String user = env("PGUSER", "postgres");
    private final String password = env("PGPASSWORD", "");
    private final String name = "bench_cache_" + HexFormat.of().formatHex(randomBytes());
    private final Connection connection;

    ScratchDatabase() throws SQLException {
        admin("CREATE DATABASE " + name);
        connection = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + name, user, password);
    }

    DataSource dataSource() {
        return new SingleConnectionDataSource(connection);
    }

    /** Creates the table with {@code rows} profiles and returns their ids. */
    List<String> createProfiles(Jdbc jdbc, int rows) {
        jdbc.update("""
                CREATE TABLE instructor_profile (
                    id char(26) PRIMARY KEY, user_id char(26) NOT NULL, display_name text NOT NULL, bio text NOT NULL,
                    hourly_rate_cents bigint NOT NULL, years_experience int NOT NULL, rating_hundredths int NOT NULL,
                    is_live boolean NOT NULL, timezone text NOT NULL, updated_at timestamptz NOT NULL)
                """);
        SplittableRandom random = new SplittableRandom(42);
        List<String> ids = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            String id = String.format("01JBENCH%018d", i);
            jdbc.update("INSERT INTO instructor_profile VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id, String.format("01JUSER0%018d", i), "Instructor " + i + " L.",
                    "Patient teacher of piano and guitar for all ages. ".repeat(8), 6_000L + random.nextInt(20_000),
                    random.nextInt(30), 300 + random.nextInt(200), true, "America/New_York",
                    Instant.parse("2026-03-08T07:30:00.123456Z"));
            ids.add(id);
        }
        jdbc.update("ANALYZE instructor_profile");
        return ids;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private void admin(String sql) throws SQLException {
        try (Connection admin = DriverManager.getConnection(
                "jdbc:postgresql://" + host + ":" + port + "/postgres", user, password);
                Statement statement = admin.createStatement()) {
            statement.execute(sql);
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[6];
        new java.security.SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
