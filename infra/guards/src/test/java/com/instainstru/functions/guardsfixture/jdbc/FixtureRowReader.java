package com.instainstru.functions.guardsfixture.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Violates the layering by package alone: any function code, whatever its name, stays off JDBC. */
public class FixtureRowReader {

    public String id(ResultSet rows) throws SQLException {
        return rows.getString("id");
    }
}
