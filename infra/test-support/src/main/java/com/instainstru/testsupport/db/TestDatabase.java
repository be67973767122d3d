package com.instainstru.testsupport.db;

import com.instainstru.db.Migrations;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh PostgreSQL database for one test run (one JVM), migrated by the project's Flyway migrations and
 * dropped when the JVM exits. Server: {@code TEST_PGHOST}/{@code TEST_PGPORT}/{@code TEST_PGUSER}/
 * {@code TEST_PGPASSWORD}, default 127.0.0.1:5432 as postgres (the local trust-auth server).
 */
public final class TestDatabase {

    private static TestDatabase shared;

    private final String host = env("TEST_PGHOST", "127.0.0.1");
    private final String port = env("TEST_PGPORT", "5432");
    private final String user = env("TEST_PGUSER", "postgres");
    private final String password = env("TEST_PGPASSWORD", "");
    private final String name;

    private TestDatabase(String name) {
        this.name = name;
    }

    /** The database of this test run, created and migrated on first use. */
    public static synchronized TestDatabase shared() {
        if (shared == null) {
            byte[] suffix = new byte[6];
            new SecureRandom().nextBytes(suffix);
            TestDatabase database = new TestDatabase("instainstru_test_" + HexFormat.of().formatHex(suffix));
            database.create();
            Runtime.getRuntime().addShutdownHook(new Thread(database::drop, "drop-" + database.name));
            shared = database;
        }
        return shared;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + name;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String name() {
        return name;
    }

    public DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(jdbcUrl());
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return dataSource;
    }

    private void create() {
        admin("CREATE DATABASE " + name);
        Migrations.migrate(jdbcUrl(), user, password);
    }

    private void drop() {
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private void admin(String sql) {
        String adminUrl = "jdbc:postgresql://" + host + ":" + port + "/postgres";
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + host + ":" + port + " refused '" + sql
                    + "'. Is it running? (.ci/run starts it)", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
