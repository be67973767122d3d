package com.instainstru.platform.db;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.Optional;

/** The connection of the transaction open on the current thread, shared by {@link Jdbc} and {@link JdbcTransactions}. */
@ApplicationScoped
public class ConnectionHolder {

    private final ThreadLocal<Connection> current = new ThreadLocal<>();

    Optional<Connection> current() {
        return Optional.ofNullable(current.get());
    }

    void bind(Connection connection) {
        current.set(connection);
    }

    void unbind() {
        current.remove();
    }
}
