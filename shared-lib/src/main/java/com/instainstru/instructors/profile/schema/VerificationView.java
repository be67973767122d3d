package com.instainstru.instructors.profile.schema;

/** The go-live prerequisites as the instructor sees them; {@code backgroundCheckStatus} is null before a check. */
public record VerificationView(boolean identityVerified, boolean stripeConnectReady, String backgroundCheckStatus,
        boolean phoneVerified, boolean nameMismatch) {
}
