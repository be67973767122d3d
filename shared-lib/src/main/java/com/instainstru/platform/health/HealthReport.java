package com.instainstru.platform.health;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

/** The answer of {@code GET /api/v1/health}: the process is up; is the database, and at which migration? */
public record HealthReport(String status, String database, String migrationVersion, Instant checkedAt) {

    public static final String UP = "UP";
    public static final String DOWN = "DOWN";

    @JsonIgnore
    public boolean isUp() {
        return UP.equals(status);
    }
}
