package com.instainstru.platform.health;

import com.instainstru.platform.db.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class HealthRepository {

    private final Jdbc jdbc;

    public HealthRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The version of the newest successful Flyway migration, or empty when none ran. */
    public Optional<String> currentMigrationVersion() {
        return jdbc.queryOne("""
                SELECT version FROM flyway_schema_history
                 WHERE success AND version IS NOT NULL
                 ORDER BY installed_rank DESC LIMIT 1
                """, row -> row.string("version"));
    }
}
