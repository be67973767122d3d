package com.instainstru.instructors.profile;

import java.time.Instant;

/**
 * What later capabilities record about an instructor (Stripe Identity, Stripe Connect, the background
 * check, name matching); go-live reads it. {@code bgcStatus} is null until a check is started.
 */
public record Verification(Instant identityVerifiedAt, boolean stripeConnectReady, String bgcStatus,
        boolean nameMismatch) {

    public boolean backgroundCheckPassed() {
        return "passed".equals(bgcStatus);
    }
}
