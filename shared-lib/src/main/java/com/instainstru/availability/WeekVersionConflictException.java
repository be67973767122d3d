package com.instainstru.availability;

import com.instainstru.platform.errors.ConflictException;
import java.util.Map;

/** The week changed since the client read it (409 {@code VERSION_CONFLICT} carrying {@code currentVersion}). */
public class WeekVersionConflictException extends ConflictException {

    private final String currentVersion;

    public WeekVersionConflictException(String currentVersion) {
        super("VERSION_CONFLICT", "This week changed since you loaded it. Reload it, or save with override=true.",
                Map.of("currentVersion", currentVersion));
        this.currentVersion = currentVersion;
    }

    public String currentVersion() {
        return currentVersion;
    }
}
