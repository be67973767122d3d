package com.instainstru.bench.bookings;

import com.instainstru.bench.common.BenchDatabase;
import com.instainstru.bench.common.SingleConnectionDataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * One warm connection per thread, as each concurrent Lambda instance holds its own: a thread's first
 * getConnection() opens it, later ones reuse it (closes are ignored). {@link #close} closes them all.
 */
final class PerThreadDataSource implements DataSource, AutoCloseable {

    private final BenchDatabase database;
    private final List<Connection> opened = new CopyOnWriteArrayList<>();
    private final ThreadLocal<SingleConnectionDataSource> mine = new ThreadLocal<>();

    PerThreadDataSource(BenchDatabase database) {
        this.database = database;
    }

    @Override
    public Connection getConnection() throws SQLException {
        SingleConnectionDataSource source = mine.get();
        if (source == null) {
            Connection connection = database.newConnection();
            opened.add(connection);
            source = new SingleConnectionDataSource(connection);
            mine.set(source);
        }
        return source.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public void close() throws SQLException {
        for (Connection connection : opened) {
            connection.close();
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }
}
