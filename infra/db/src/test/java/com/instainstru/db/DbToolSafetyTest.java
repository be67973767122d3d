package com.instainstru.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Refusals and usage errors; none of these reaches a database. */
class DbToolSafetyTest {

    // Nothing listens on port 1: any attempt to connect fails fast with exit code 1, never 2.
    private static final String UNREACHABLE = "jdbc:postgresql://127.0.0.1:1/nowhere";

    @Test
    void prodWithoutConfirmationIsRefusedBeforeConnecting() {
        CliRun run = CliRun.run("--env", "prod", "--url", UNREACHABLE, "migrate");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("refusing to touch PROD without --confirm-prod");
        assertThat(run.out()).doesNotContain("Environment:");
    }

    @Test
    void theSameProdCommandWithConfirmationDoesTryToConnect() {
        CliRun run = CliRun.run("--env", "prod", "--confirm-prod", "--url", UNREACHABLE, "migrate");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("Environment: PROD  database: 127.0.0.1:1/nowhere");
        assertThat(run.err()).contains("migrate failed").contains("127.0.0.1:1");
    }

    @Test
    void prodWithoutConfirmationIsRefusedEvenWhenItsUrlIsConfigured() {
        CliRun run = CliRun.run(Map.of("INSTAINSTRU_DB_URL_PROD", UNREACHABLE), "--env", "prod", "info");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--confirm-prod");
    }

    @Test
    void cleanOnProdIsRefusedEvenWithConfirmation() {
        CliRun run = CliRun.run("--env", "prod", "--confirm-prod", "--url", UNREACHABLE, "clean");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("refusing to clean PROD");
        assertThat(run.out()).doesNotContain("Environment:");
    }

    @Test
    void stgWithoutUrlIsRefusedAndDoesNotFallBackToIntSettings() {
        Map<String, String> env = Map.of(
                "DATABASE_URL", UNREACHABLE,
                "INSTAINSTRU_DB_URL_INT", UNREACHABLE);

        CliRun run = CliRun.run(env, "--env", "stg", "migrate");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no database URL for STG: pass --url or set INSTAINSTRU_DB_URL_STG");
    }

    @Test
    void prodWithoutUrlIsRefused() {
        CliRun run = CliRun.run("--env", "prod", "--confirm-prod", "info");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no database URL for PROD");
    }

    @Test
    void confirmProdOutsideProdIsAUsageError() {
        CliRun run = CliRun.run("--confirm-prod", "--url", UNREACHABLE, "info");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--confirm-prod is only valid with --env prod");
    }

    @Test
    void unknownCommandPrintsUsage() {
        CliRun run = CliRun.run("--url", UNREACHABLE, "drop");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown command 'drop'").contains("Usage: db-tool");
    }

    @Test
    void unknownOptionPrintsUsageWithoutItsValue() {
        CliRun run = CliRun.run("--pasword=hunter2", "info");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown option --pasword").contains("Usage: db-tool");
        assertThat(run.err()).doesNotContain("hunter2");
    }

    @Test
    void otherUsageErrorsExitWithTwo() {
        assertThat(CliRun.run().exitCode()).isEqualTo(2);
        assertThat(CliRun.run("info", "migrate").err()).contains("only one command");
        assertThat(CliRun.run("--env", "dev", "info").err()).contains("unknown environment 'dev'");
        assertThat(CliRun.run("info", "--url").err()).contains("missing value for --url");
        assertThat(CliRun.run("--env", "dev", "info").exitCode()).isEqualTo(2);
        assertThat(CliRun.run("info", "--url").exitCode()).isEqualTo(2);
    }

    @Test
    void unsupportedUrlSchemeIsRefusedWithoutEchoingTheUrl() {
        CliRun run = CliRun.run("--url", "mysql://root:topsecret@db/app", "info");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unsupported database URL");
        assertThat(run.all()).doesNotContain("topsecret");
    }

    @Test
    void helpPrintsUsageAndSucceeds() {
        CliRun run = CliRun.run("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: db-tool [--env int|stg|prod]");
    }

    @Test
    void databaseErrorsExitWithOneAndShowAStackTraceOnlyWhenVerbose() {
        CliRun quiet = CliRun.run("--url", UNREACHABLE, "info");
        CliRun verbose = CliRun.run("--url", UNREACHABLE, "--verbose", "info");

        assertThat(quiet.exitCode()).isEqualTo(1);
        assertThat(quiet.err()).startsWith("db-tool: info failed: ").doesNotContain("\tat ");
        assertThat(verbose.exitCode()).isEqualTo(1);
        assertThat(verbose.err()).contains("\tat org.flywaydb");
    }
}
