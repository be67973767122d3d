package com.instainstru.platform.db;

import com.instainstru.platform.tx.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;

/** {@link Transactions} over one JDBC connection per transaction, bound to the calling thread. */
@ApplicationScoped
public class JdbcTransactions implements Transactions {

    private final DataSource dataSource;
    private final ConnectionHolder holder;

    public JdbcTransactions(DataSource dataSource, ConnectionHolder holder) {
        this.dataSource = dataSource;
        this.holder = holder;
    }

    @Override
    public <T> T call(Supplier<T> work) {
        if (holder.current().isPresent()) {
            return work.get();
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            holder.bind(connection);
            try {
                T result = work.get();
                connection.commit();
                return result;
            } catch (RuntimeException | Error e) {
                rollbackQuietly(connection, e);
                throw e;
            } finally {
                holder.unbind();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new DataAccessException("transaction failed", e);
        }
    }

    private static void rollbackQuietly(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }
}
