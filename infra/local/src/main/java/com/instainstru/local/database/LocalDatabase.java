package com.instainstru.local.database;

import com.instainstru.db.Migrations;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The database the local functions use: {@code --database-url}, else {@code DATABASE_URL}, else the local
 * PostgreSQL on 127.0.0.1:5432 with database {@code instainstru_local} (created if missing). Migrations are
 * applied at start, as a deploy step would.
 */
public record LocalDatabase(String jdbcUrl, String user, String password) {

    static final String DEFAULT_NAME = "instainstru_local";

    public static LocalDatabase resolve(String databaseUrlOption, String databaseUrlEnv) {
        String url = databaseUrlOption != null ? databaseUrlOption : databaseUrlEnv;
        if (url == null || url.isBlank()) {
            LocalDatabase local = new LocalDatabase("jdbc:postgresql://127.0.0.1:5432/" + DEFAULT_NAME, "postgres", "");
            local.createIfMissing();
            return local;
        }
        return fromUrl(url);
    }

    /** Accepts {@code jdbc:postgresql://...} and {@code postgres[ql]://user:pass@host:port/db}. */
    static LocalDatabase fromUrl(String url) {
        if (url.startsWith("jdbc:")) {
            return new LocalDatabase(url, "postgres", "");
        }
        URI uri = URI.create(url);
        if (!"postgres".equals(uri.getScheme()) && !"postgresql".equals(uri.getScheme())) {
            throw new IllegalArgumentException("unsupported database URL (use jdbc:postgresql:// or postgres://): "
                    + uri.getScheme() + "://...");
        }
        String user = "postgres";
        String password = "";
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getUserInfo().split(":", 2);
            user = parts[0];
            password = parts.length > 1 ? parts[1] : "";
        }
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return new LocalDatabase("jdbc:postgresql://" + uri.getHost() + ":" + port + uri.getRawPath() + query, user,
                password);
    }

    public void migrate() {
        try {
            Migrations.migrate(jdbcUrl, user, password);
        } catch (RuntimeException e) {
            throw new IllegalStateException(unreachableAdvice() + " (" + rootMessage(e) + ")", e);
        }
    }

    /** Loads a data set from {@code seed/<name>.sql} (idempotent SQL); the demo set holds sign-in accounts. */
    public void seed(String name) {
        String resource = "seed/" + name + ".sql";
        try (InputStream in = LocalDatabase.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no data set " + name + " (" + resource + ")");
            }
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("could not load the " + name + " data set: " + e.getMessage(), e);
        }
    }

    private void createIfMissing() {
        String adminUrl = jdbcUrl.substring(0, jdbcUrl.lastIndexOf('/') + 1) + "postgres";
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
                Statement statement = connection.createStatement();
                ResultSet exists = statement.executeQuery(
                        "SELECT 1 FROM pg_database WHERE datname = '" + DEFAULT_NAME + "'")) {
            if (!exists.next()) {
                statement.execute("CREATE DATABASE " + DEFAULT_NAME);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(unreachableAdvice() + " (" + e.getMessage() + ")", e);
        }
    }

    private String unreachableAdvice() {
        return "PostgreSQL is not usable at " + jdbcUrl.replaceAll("password=[^&]*", "password=***")
                + ". Start a local PostgreSQL 15 with PostGIS (Debian: apt-get install postgresql-15 "
                + "postgresql-15-postgis-3; pg_ctlcluster 15 main start) or pass --database-url "
                + "postgres://user:pass@host:5432/db";
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    @Override
    public String toString() {
        return "LocalDatabase[" + jdbcUrl + ", user=" + user + "]";
    }
}
