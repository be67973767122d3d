package com.instainstru.accounts.lockout;

import java.time.Instant;

/** A row of {@code login_failures}: the current failure streak of one normalized email. */
public record LoginFailure(String emailKey, int failureCount, Instant lastFailureAt, Instant lockedUntil) {

    boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** When the streak last had anything happening: its last failure or, if later, the end of its lock. */
    Instant quietSince() {
        return lockedUntil != null && lockedUntil.isAfter(lastFailureAt) ? lockedUntil : lastFailureAt;
    }
}
