package com.instainstru.accounts.registration.schema;

/**
 * A sign-up. {@code role} is {@code student} (the default) or {@code instructor}; {@code timeZone} an IANA
 * zone (default America/New_York); {@code emailVerificationToken} comes from verify-email-code.
 */
public record RegisterRequest(String email, String password, String firstName, String lastName, String phone,
        String timeZone, String role, String emailVerificationToken) {

    @Override
    public String toString() {
        return "RegisterRequest[role=" + role + ", timeZone=" + timeZone + "]";
    }
}
