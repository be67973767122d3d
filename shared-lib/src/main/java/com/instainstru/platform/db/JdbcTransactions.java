package com.instainstru.platform.db;

import com.instainstru.platform.tx.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/** {@link Transactions} over one JDBC connection per transaction, bound to the calling thread. */
@ApplicationScoped
public class JdbcTransactions implements Transactions {

    private static final Logger LOG = Logger.getLogger(JdbcTransactions.class);

    private final DataSource dataSource;
    private final ConnectionHolder holder;
    /** The after-commit actions of the transaction this instance opened on the current thread. */
    private final ThreadLocal<List<Runnable>> afterCommit = new ThreadLocal<>();

    public JdbcTransactions(DataSource dataSource, ConnectionHolder holder) {
        this.dataSource = dataSource;
        this.holder = holder;
    }

    @Override
    public <T> T call(Supplier<T> work) {
        if (holder.current().isPresent()) {
            return work.get();
        }
        List<Runnable> actions = new ArrayList<>();
        T result = inNewTransaction(work, actions);
        // Only reached after a successful commit, with the connection back in the pool and nothing bound,
        // so an action may open a transaction of its own.
        runAll(actions);
        return result;
    }

    @Override
    public void afterCommit(Runnable action) {
        Objects.requireNonNull(action, "action");
        List<Runnable> actions = afterCommit.get();
        if (actions != null) {
            actions.add(action);
        } else if (holder.current().isPresent()) {
            throw new IllegalStateException("the open transaction belongs to another JdbcTransactions instance");
        } else {
            runAll(List.of(action));
        }
    }

    private <T> T inNewTransaction(Supplier<T> work, List<Runnable> actions) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            holder.bind(connection);
            afterCommit.set(actions);
            try {
                T result = work.get();
                connection.commit();
                return result;
            } catch (RuntimeException | Error e) {
                rollbackQuietly(connection, e);
                throw e;
            } finally {
                afterCommit.remove();
                holder.unbind();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new DataAccessException("transaction failed", e);
        }
    }

    private static void runAll(List<Runnable> actions) {
        for (Runnable action : actions) {
            try {
                action.run();
            } catch (RuntimeException e) {
                LOG.errorf(e, "after-commit action failed; the transaction stays committed");
            }
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
