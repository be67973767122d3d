package com.instainstru.platform.db;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

/** Typed, null-aware reads of the current result-set row, by column label. */
public final class Row {

    private final ResultSet resultSet;

    Row(ResultSet resultSet) {
        this.resultSet = resultSet;
    }

    public String string(String column) throws SQLException {
        return resultSet.getString(column);
    }

    /** A {@code char(n)} value without its blank padding (ULIDs are exactly 26, so this is a no-op for them). */
    public String trimmed(String column) throws SQLException {
        String value = resultSet.getString(column);
        return value == null ? null : value.strip();
    }

    public Integer integer(String column) throws SQLException {
        int value = resultSet.getInt(column);
        return resultSet.wasNull() ? null : value;
    }

    public Long longValue(String column) throws SQLException {
        long value = resultSet.getLong(column);
        return resultSet.wasNull() ? null : value;
    }

    public Double doubleValue(String column) throws SQLException {
        double value = resultSet.getDouble(column);
        return resultSet.wasNull() ? null : value;
    }

    public Boolean bool(String column) throws SQLException {
        boolean value = resultSet.getBoolean(column);
        return resultSet.wasNull() ? null : value;
    }

    public Instant instant(String column) throws SQLException {
        OffsetDateTime value = resultSet.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public LocalDate date(String column) throws SQLException {
        return resultSet.getObject(column, LocalDate.class);
    }

    public LocalTime time(String column) throws SQLException {
        return resultSet.getObject(column, LocalTime.class);
    }

    /** A {@code text[]} (or {@code varchar[]}) column as a list; an SQL NULL array reads as empty. */
    public List<String> strings(String column) throws SQLException {
        Array array = resultSet.getArray(column);
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    /** An {@code integer[]} column as a list; an SQL NULL array reads as empty. */
    public List<Integer> integers(String column) throws SQLException {
        Array array = resultSet.getArray(column);
        return array == null ? List.of() : List.of((Integer[]) array.getArray());
    }

    public byte[] bytes(String column) throws SQLException {
        return resultSet.getBytes(column);
    }
}
