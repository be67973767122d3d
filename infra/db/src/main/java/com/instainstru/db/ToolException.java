package com.instainstru.db;

/** A usage error or a refusal (safety rule, missing or bad URL): reported before connecting, exit code 2. */
final class ToolException extends Exception {

    private final boolean showUsage;

    private ToolException(String message, boolean showUsage) {
        super(message);
        this.showUsage = showUsage;
    }

    static ToolException usage(String message) {
        return new ToolException(message, true);
    }

    static ToolException refusal(String message) {
        return new ToolException(message, false);
    }

    boolean showUsage() {
        return showUsage;
    }
}
