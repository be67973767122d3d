package com.instainstru.platform.db;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The one way repositories run SQL: positional {@code ?} parameters, rows mapped by a {@link RowMapper}.
 * Inside a {@link JdbcTransactions} transaction the statement joins its connection; outside, it runs on
 * its own auto-committed connection.
 *
 * <p>Parameters: {@link Instant} binds as {@code timestamptz}; enums bind as their name; {@code null} binds
 * as SQL NULL of unspecified type; JSON is passed as a String with an explicit {@code ?::jsonb} cast.
 */
@ApplicationScoped
public class Jdbc {

    private final DataSource dataSource;
    private final ConnectionHolder holder;

    public Jdbc(DataSource dataSource, ConnectionHolder holder) {
        this.dataSource = dataSource;
        this.holder = holder;
    }

    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        return withConnection(sql, connection -> {
            try (PreparedStatement statement = prepare(connection, sql, params);
                    ResultSet resultSet = statement.executeQuery()) {
                List<T> rows = new ArrayList<>();
                Row row = new Row(resultSet);
                while (resultSet.next()) {
                    rows.add(mapper.map(row));
                }
                return rows;
            }
        });
    }

    public <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = query(sql, mapper, params);
        if (rows.size() > 1) {
            throw new IllegalStateException("expected at most one row, got " + rows.size() + " for: " + sql);
        }
        return rows.stream().findFirst();
    }

    /** Runs an INSERT/UPDATE/DELETE and returns the number of rows it changed. */
    public int update(String sql, Object... params) {
        return withConnection(sql, connection -> {
            try (PreparedStatement statement = prepare(connection, sql, params)) {
                return statement.executeUpdate();
            }
        });
    }

    private <T> T withConnection(String sql, SqlWork<T> work) {
        try {
            Optional<Connection> transactional = holder.current();
            if (transactional.isPresent()) {
                return work.apply(transactional.get());
            }
            try (Connection connection = dataSource.getConnection()) {
                return work.apply(connection);
            }
        } catch (SQLException e) {
            throw new DataAccessException("statement failed [" + firstLine(sql) + "]", e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object[] params) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            bind(statement, i + 1, params[i]);
        }
        return statement;
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL);
        } else if (value instanceof Instant instant) {
            statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
        } else if (value instanceof Enum<?> constant) {
            statement.setString(index, constant.name());
        } else {
            statement.setObject(index, value);
        }
    }

    private static String firstLine(String sql) {
        String trimmed = sql.strip();
        int end = trimmed.indexOf('\n');
        return end < 0 ? trimmed : trimmed.substring(0, end);
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }
}
