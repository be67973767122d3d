package com.instainstru.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectionSettingsTest {

    @Test
    void postgresUrlBecomesJdbcAndYieldsItsCredentials() throws ToolException {
        DatabaseUrl url = DatabaseUrl.parse("postgres://app:p%40ss+w0rd@db.example.com:6543/instainstru?sslmode=require");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:6543/instainstru?sslmode=require");
        assertThat(url.user()).contains("app");
        assertThat(url.password()).contains("p@ss+w0rd");
        assertThat(url.location()).isEqualTo("db.example.com:6543/instainstru");
    }

    @Test
    void postgresqlSchemeWithoutPortOrCredentials() throws ToolException {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://localhost/app");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/app");
        assertThat(url.user()).isEmpty();
        assertThat(url.password()).isEmpty();
    }

    @Test
    void jdbcUrlIsKeptAndItsQueryIsNotDisplayed() throws ToolException {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://h:5432/app?user=u&password=secret");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/app?user=u&password=secret");
        assertThat(url.location()).isEqualTo("h:5432/app");
    }

    @Test
    void otherSchemesAreRefused() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://h/app")).isInstanceOf(ToolException.class);
        assertThatThrownBy(() -> DatabaseUrl.parse("postgres:///app")).isInstanceOf(ToolException.class);
    }

    @Test
    void intDefaultsToTheLocalDatabaseAsPostgres() throws ToolException {
        ConnectionSettings settings = resolve(Map.of());

        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/instainstru");
        assertThat(settings.user()).isEqualTo("postgres");
        assertThat(settings.password()).isNull();
    }

    @Test
    void intUrlPrecedenceIsFlagThenIntVariableThenDatabaseUrl() throws ToolException {
        Map<String, String> env = new HashMap<>(Map.of("DATABASE_URL", "jdbc:postgresql://from-database-url/db"));
        assertThat(resolve(env).location()).isEqualTo("from-database-url/db");

        env.put("INSTAINSTRU_DB_URL_INT", "jdbc:postgresql://from-int-variable/db");
        assertThat(resolve(env).location()).isEqualTo("from-int-variable/db");

        assertThat(resolve(env, "--url", "jdbc:postgresql://from-flag/db").location()).isEqualTo("from-flag/db");
    }

    @Test
    void credentialPrecedenceIsFlagThenUrlThenEnvironmentVariableThenLibpq() throws ToolException {
        Map<String, String> env = new HashMap<>(Map.of("PGUSER", "pg-user", "PGPASSWORD", "pg-pass"));
        assertThat(resolve(env).user()).isEqualTo("pg-user");
        assertThat(resolve(env).password()).isEqualTo("pg-pass");

        env.put("INSTAINSTRU_DB_USER_INT", "int-user");
        env.put("INSTAINSTRU_DB_PASSWORD_INT", "int-pass");
        assertThat(resolve(env).user()).isEqualTo("int-user");
        assertThat(resolve(env).password()).isEqualTo("int-pass");

        env.put("INSTAINSTRU_DB_URL_INT", "postgres://url-user:url-pass@h/db");
        assertThat(resolve(env).user()).isEqualTo("url-user");
        assertThat(resolve(env).password()).isEqualTo("url-pass");

        ConnectionSettings flags = resolve(env, "--user", "flag-user", "--password", "flag-pass");
        assertThat(flags.user()).isEqualTo("flag-user");
        assertThat(flags.password()).isEqualTo("flag-pass");
    }

    @Test
    void stgUsesOnlyItsOwnVariablesAndHasNoDefaultUser() throws ToolException {
        Map<String, String> env = Map.of(
                "INSTAINSTRU_DB_URL_STG", "jdbc:postgresql://stg-host/app",
                "INSTAINSTRU_DB_USER_INT", "int-user",
                "DATABASE_URL", "jdbc:postgresql://int-host/app");

        ConnectionSettings settings = resolve(env, "--env", "stg");

        assertThat(settings.location()).isEqualTo("stg-host/app");
        assertThat(settings.user()).isNull();
    }

    @Test
    void toStringHidesTheUrlAndPassword() throws ToolException {
        ConnectionSettings settings = resolve(Map.of(), "--url", "postgres://u:hidden@h/db");

        assertThat(settings.toString()).doesNotContain("hidden").contains("h/db");
    }

    private static ConnectionSettings resolve(Map<String, String> env, String... args) throws ToolException {
        List<String> withCommand = new ArrayList<>(List.of(args));
        withCommand.add("info");
        return ConnectionSettings.resolve(Options.parse(withCommand), env);
    }
}
