package com.instainstru.bench.common;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A database of its own on the local PostgreSQL (PGHOST/PGPORT/PGUSER/PGPASSWORD, default 127.0.0.1:5432 as
 * postgres), migrated with this checkout's Flyway migrations and dropped on {@link #close}. Statements share
 * one connection that is never closed, like a warm pool of one in a Lambda container; concurrent runs give
 * each thread a connection of its own ({@link #newConnection}).
 */
public final class BenchDatabase implements AutoCloseable {

    private final String host = env("PGHOST", "127.0.0.1");
    private final String port = env("PGPORT", "5432");
    private final String user = env("PGUSER", "postgres");
    private final String password = env("PGPASSWORD", "");
    private final String name;
    private final Connection connection;

    /** A fresh database named {@code <prefix>_<random>}, migrated from {@code migrationsDir}. */
    public BenchDatabase(String prefix, String migrationsDir) throws SQLException {
        name = prefix + "_" + HexFormat.of().formatHex(randomBytes());
        admin("CREATE DATABASE " + name);
        Flyway.configure().dataSource(url(), user, password).locations("filesystem:" + migrationsDir).load().migrate();
        connection = DriverManager.getConnection(url(), user, password);
    }

    public String name() {
        return name;
    }

    public Connection connection() {
        return connection;
    }

    public DataSource dataSource() {
        return new SingleConnectionDataSource(connection);
    }

    /** Another connection to the same database, for a thread of its own; the caller closes it. */
    public Connection newConnection() throws SQLException {
        return DriverManager.getConnection(url(), user, password);
    }

    @Override
    public void close() throws SQLException {
        connection.close();
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private String url() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + name;
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
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
