package com.instainstru.bench.common;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;

/**
 * One JDBC connection as a DataSource, as a Lambda instance holds one: every getConnection() hands out the same
 * connection and callers' close() is ignored, so benchmarks measure statements, not connection set-up. Shared
 * by the benchmarks through build-helper's add-source (bench/common is not a module of its own).
 */
public record SingleConnectionDataSource(Connection connection) implements PlainDataSource {

    @Override
    public Connection getConnection() {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
