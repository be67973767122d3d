package com.instainstru.db;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.LogManager;

/** Flyway logs through java.util.logging; the CLI keeps it to one-line warnings unless --verbose. */
final class CliLogging {

    private CliLogging() {
    }

    static void configure(boolean verbose) {
        String config = String.join("\n",
                "handlers=java.util.logging.ConsoleHandler",
                "java.util.logging.ConsoleHandler.level=ALL",
                "java.util.logging.SimpleFormatter.format=%4$s: %5$s%6$s%n",
                ".level=" + (verbose ? "INFO" : "WARNING"));
        try {
            LogManager.getLogManager().readConfiguration(
                    new ByteArrayInputStream(config.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
