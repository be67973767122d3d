package com.instainstru.db;

import java.io.PrintStream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.output.CleanResult;
import org.flywaydb.core.api.output.MigrateOutput;
import org.flywaydb.core.api.output.MigrateResult;

/** Runs one Flyway command and prints its outcome. */
final class FlywayCommands {

    private static final String ROW = "%-10s %-40s %s%n";

    private final Flyway flyway;
    private final PrintStream out;

    FlywayCommands(Flyway flyway, PrintStream out) {
        this.flyway = flyway;
        this.out = out;
    }

    void execute(Command command) {
        switch (command) {
            case MIGRATE -> migrate();
            case INFO -> info();
            case CLEAN -> clean();
        }
    }

    private void migrate() {
        MigrateResult result = flyway.migrate();
        if (result.migrationsExecuted == 0) {
            out.println("Schema is up to date; no migration applied.");
        } else {
            out.printf("Applied %d migration(s):%n", result.migrationsExecuted);
            for (MigrateOutput migration : result.migrations) {
                out.printf("  %-10s %s%n", displayVersion(migration.version), migration.description);
            }
        }
        out.println("Schema version: " + displayVersion(result.targetSchemaVersion != null
                ? result.targetSchemaVersion : result.initialSchemaVersion));
    }

    private void info() {
        MigrationInfoService info = flyway.info();
        MigrationInfo current = info.current();
        out.println("Schema version: " + (current == null || current.getVersion() == null
                ? "none" : current.getVersion().getVersion()));
        out.printf(ROW, "Version", "Description", "State");
        for (MigrationInfo migration : info.all()) {
            String version = migration.getVersion() == null ? "repeatable" : migration.getVersion().getVersion();
            out.printf(ROW, version, migration.getDescription(), migration.getState().getDisplayName());
        }
    }

    private void clean() {
        CleanResult result = flyway.clean();
        out.println("Cleaned schemas: " + String.join(", ", result.schemasCleaned));
    }

    private static String displayVersion(String version) {
        return version == null || version.isEmpty() ? "none" : version;
    }
}
