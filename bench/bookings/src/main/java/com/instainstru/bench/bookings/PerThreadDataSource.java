package com.instainstru.bench.bookings;

import com.instainstru.bench.common.BenchDatabase;
import com.instainstru.bench.common.PlainDataSource;
import com.instainstru.bench.common.SingleConnectionDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One warm connection per thread, as each concurrent Lambda instance holds its own: a thread's first
 * getConnection() opens it, later ones reuse it (closes are ignored). {@link #close} closes them all.
 */
final class PerThreadDataSource implements PlainDataSource, AutoCloseable {

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
    public void close() throws SQLException {
        for (Connection connection : opened) {
            connection.close();
        }
    }
}
