package com.instainstru.db;

import java.util.Locale;
import java.util.Optional;

enum TargetEnvironment {
    INT, STG, PROD;

    static Optional<TargetEnvironment> parse(String value) {
        for (TargetEnvironment env : values()) {
            if (env.name().equalsIgnoreCase(value)) {
                return Optional.of(env);
            }
        }
        return Optional.empty();
    }

    /** Suffix of the per-environment variables, e.g. {@code INSTAINSTRU_DB_URL_STG}. */
    String variableSuffix() {
        return name();
    }

    String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
