package com.instainstru.db;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/** A throw-away database on the local PostgreSQL (PGHOST/PGPORT, user postgres), dropped on close. */
final class TestDatabase implements AutoCloseable {

    static final String USER = "postgres";

    private final String host;
    private final String port;
    private final String name;

    private TestDatabase(String host, String port, String name) {
        this.host = host;
        this.port = port;
        this.name = name;
    }

    static TestDatabase create() throws SQLException {
        Map<String, String> env = System.getenv();
        String host = env.getOrDefault("PGHOST", "127.0.0.1");
        String port = env.getOrDefault("PGPORT", "5432");
        String name = "dbtool_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        TestDatabase database = new TestDatabase(host, port, name);
        database.maintenance("CREATE DATABASE " + name);
        return database;
    }

    String name() {
        return name;
    }

    String hostAndPort() {
        return host + ":" + port;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://" + hostAndPort() + "/" + name;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), USER, null);
    }

    boolean tableExists(String table) throws SQLException {
        try (Connection connection = connect();
             var statement = connection.prepareStatement(
                     "SELECT 1 FROM information_schema.tables WHERE table_schema = 'public' AND table_name = ?")) {
            statement.setString(1, table);
            try (var rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Empties the schema so that each test starts from nothing. */
    void reset() {
        Migrations.flyway(jdbcUrl(), USER, null, true).clean();
    }

    @Override
    public void close() throws SQLException {
        maintenance("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    /**
     * One database per test class, emptied before each test:
     * {@code @RegisterExtension static final TestDatabase.PerClass DATABASE = new TestDatabase.PerClass();}
     */
    static final class PerClass implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

        private TestDatabase database;

        TestDatabase get() {
            return database;
        }

        @Override
        public void beforeAll(ExtensionContext context) throws SQLException {
            database = create();
        }

        @Override
        public void beforeEach(ExtensionContext context) {
            database.reset();
        }

        @Override
        public void afterAll(ExtensionContext context) throws SQLException {
            database.close();
        }
    }

    private void maintenance(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://" + hostAndPort() + "/postgres", USER, null);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
