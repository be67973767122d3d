package com.instainstru.db;

import java.io.PrintStream;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/** Command-line entry point: {@code db-tool [options] <migrate|info|clean|grant-admin|import-regions>}. */
public final class DbTool {

    static final int OK = 0;
    static final int DATABASE_ERROR = 1;
    static final int REFUSED = 2;
    static final int INVALID_INPUT = 3;

    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;

    DbTool(Map<String, String> env, PrintStream out, PrintStream err) {
        this.env = env;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        CliLogging.configure(Arrays.asList(args).contains("--verbose"));
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        return new DbTool(env, out, err).run(args);
    }

    int run(String[] args) {
        Options options;
        ConnectionSettings connection;
        try {
            options = Options.parse(Arrays.asList(args));
            if (options.help()) {
                out.println(Options.USAGE);
                return OK;
            }
            SafetyPolicy.check(options);
            connection = ConnectionSettings.resolve(options, env);
        } catch (ToolException e) {
            err.println("db-tool: " + e.getMessage());
            if (e.showUsage()) {
                err.println(Options.USAGE);
            }
            return REFUSED;
        }

        Command command = options.command().orElseThrow();
        out.printf("Environment: %s  database: %s  user: %s%n", options.targetEnvironment(),
                connection.location(), connection.user() == null ? "(not set)" : connection.user());
        if (command == Command.GRANT_ADMIN) {
            return grantAdmin(connection, options.email().orElseThrow());
        }
        if (command == Command.IMPORT_REGIONS) {
            return importRegions(connection, options.regionImport().orElseThrow());
        }
        boolean cleanAllowed = command == Command.CLEAN && SafetyPolicy.cleanAllowed(options.targetEnvironment());
        try {
            Flyway flyway = Migrations.flyway(connection.jdbcUrl(), connection.user(), connection.password(),
                    cleanAllowed);
            new FlywayCommands(flyway, out).execute(command);
            return OK;
        } catch (FlywayException e) {
            err.println("db-tool: " + command.cliName() + " failed: " + e.getMessage());
            if (options.verbose()) {
                e.printStackTrace(err);
            }
            return DATABASE_ERROR;
        }
    }

    private int importRegions(ConnectionSettings connection, RegionImportOptions regionImport) {
        try {
            new RegionImport(connection, Clock.systemUTC(), out).run(regionImport);
            return OK;
        } catch (RegionImportException e) {
            err.println("db-tool: import-regions: nothing imported: " + e.getMessage());
            return INVALID_INPUT;
        } catch (SQLException e) {
            err.println("db-tool: import-regions failed, nothing imported: " + e.getMessage());
            return DATABASE_ERROR;
        }
    }

    private int grantAdmin(ConnectionSettings connection, String email) {
        try {
            if (new AdminGrant(connection, Clock.systemUTC(), out).grant(email)) {
                return OK;
            }
            err.println("db-tool: no user with the email " + email + "; register the account first");
            return DATABASE_ERROR;
        } catch (SQLException e) {
            err.println("db-tool: grant-admin failed: " + e.getMessage());
            return DATABASE_ERROR;
        }
    }
}
