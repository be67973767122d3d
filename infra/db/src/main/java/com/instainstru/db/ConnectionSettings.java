package com.instainstru.db;

import java.util.Map;
import java.util.Optional;

/**
 * Where and as whom to connect. Precedence: command-line flags, then credentials in the URL, then the
 * environment's own variables ({@code INSTAINSTRU_DB_*_<ENV>}), then libpq's {@code PGUSER}/{@code PGPASSWORD}.
 * Only INT has defaults; STG and PROD must be named explicitly.
 */
record ConnectionSettings(String jdbcUrl, String location, String user, String password) {

    static final String DEFAULT_INT_URL = "jdbc:postgresql://127.0.0.1:5432/instainstru";
    static final String DEFAULT_INT_USER = "postgres";

    static ConnectionSettings resolve(Options options, Map<String, String> env) throws ToolException {
        TargetEnvironment target = options.targetEnvironment();
        String suffix = target.variableSuffix();

        Optional<String> rawUrl = options.url().or(() -> variable(env, "INSTAINSTRU_DB_URL_" + suffix));
        if (target == TargetEnvironment.INT) {
            rawUrl = rawUrl.or(() -> variable(env, "DATABASE_URL")).or(() -> Optional.of(DEFAULT_INT_URL));
        }
        DatabaseUrl url = DatabaseUrl.parse(rawUrl.orElseThrow(() -> ToolException.refusal(
                "no database URL for " + target + ": pass --url or set INSTAINSTRU_DB_URL_" + suffix)));

        Optional<String> user = options.user()
                .or(url::user)
                .or(() -> variable(env, "INSTAINSTRU_DB_USER_" + suffix))
                .or(() -> variable(env, "PGUSER"));
        if (target == TargetEnvironment.INT) {
            user = user.or(() -> Optional.of(DEFAULT_INT_USER));
        }
        Optional<String> password = options.password()
                .or(url::password)
                .or(() -> variable(env, "INSTAINSTRU_DB_PASSWORD_" + suffix))
                .or(() -> variable(env, "PGPASSWORD"));

        return new ConnectionSettings(url.jdbcUrl(), url.location(), user.orElse(null), password.orElse(null));
    }

    private static Optional<String> variable(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).filter(value -> !value.isBlank());
    }

    @Override
    public String toString() {
        return "ConnectionSettings[location=" + location + ", user=" + user + "]";
    }
}
