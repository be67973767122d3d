package com.instainstru.platform.db;

import java.sql.SQLException;

/** An unexpected database failure, unchecked; keeps the SQLSTATE so callers can translate known cases. */
public class DataAccessException extends RuntimeException {

    private final String sqlState;

    public DataAccessException(String message, SQLException cause) {
        super(message + ": " + cause.getMessage(), cause);
        this.sqlState = cause.getSQLState();
    }

    public String sqlState() {
        return sqlState;
    }

    public boolean isUniqueViolation() {
        return "23505".equals(sqlState);
    }

    public boolean isExclusionViolation() {
        return "23P01".equals(sqlState);
    }
}
