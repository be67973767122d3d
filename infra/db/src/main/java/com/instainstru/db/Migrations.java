package com.instainstru.db;

import org.flywaydb.core.Flyway;

/** The platform's Flyway migrations, for tests, the local runtime and {@link DbTool}. */
public final class Migrations {

    public static final String LOCATION = "classpath:db/migration";

    private Migrations() {
    }

    public static Flyway flyway(String jdbcUrl, String user, String password, boolean cleanAllowed) {
        return Flyway.configure()
                .dataSource(jdbcUrl, user, password)
                .locations(LOCATION)
                .cleanDisabled(!cleanAllowed)
                .load();
    }

    public static void migrate(String jdbcUrl, String user, String password) {
        flyway(jdbcUrl, user, password, false).migrate();
    }
}
