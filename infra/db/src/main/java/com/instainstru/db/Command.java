package com.instainstru.db;

import java.util.Locale;
import java.util.Optional;

enum Command {
    MIGRATE, INFO, CLEAN, GRANT_ADMIN, IMPORT_REGIONS;

    static Optional<Command> parse(String value) {
        for (Command command : values()) {
            if (command.cliName().equals(value)) {
                return Optional.of(command);
            }
        }
        return Optional.empty();
    }

    String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
