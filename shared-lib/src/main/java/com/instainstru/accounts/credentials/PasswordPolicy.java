package com.instainstru.accounts.credentials;

import com.instainstru.platform.errors.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/**
 * Rules for a new password (ASVS 5.0 V6.2): 8 to 128 characters counted as Unicode code points, no
 * composition rules, not a common password, and not the user's email address or its local part. The
 * password is judged exactly as typed: nothing is trimmed, truncated or normalized.
 */
@ApplicationScoped
public class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    static final String FIELD = "password";

    // A shorter local part ("jo", "ann") would turn up inside many unrelated passphrases.
    private static final int MIN_LOCAL_PART_TO_MATCH = 4;

    private final CommonPasswords commonPasswords;

    public PasswordPolicy(CommonPasswords commonPasswords) {
        this.commonPasswords = commonPasswords;
    }

    /**
     * Throws a {@link ValidationException} on field {@code password} with rule {@code min_length},
     * {@code max_length}, {@code common_password} or {@code contains_email}; {@code email} may be null.
     */
    public void check(String password, String email) {
        check(FIELD, password, email);
    }

    /** As {@link #check(String, String)}, naming {@code field} (e.g. {@code newPassword}) in the problem. */
    public void check(String field, String password, String email) {
        String candidate = password == null ? "" : password;
        int length = candidate.codePointCount(0, candidate.length());
        if (length < MIN_LENGTH) {
            throw ValidationException.of(field, "min_length",
                    "Password must be at least " + MIN_LENGTH + " characters long.");
        }
        if (length > MAX_LENGTH) {
            throw ValidationException.of(field, "max_length",
                    "Password must be at most " + MAX_LENGTH + " characters long.");
        }
        if (commonPasswords.contains(candidate)) {
            throw ValidationException.of(field, "common_password",
                    "This password is too common. Choose a less predictable one.");
        }
        if (containsEmail(candidate, email)) {
            throw ValidationException.of(field, "contains_email",
                    "Password must not contain your email address.");
        }
    }

    private static boolean containsEmail(String password, String email) {
        if (email == null || email.isBlank()) {
            return false;
        }
        String lowerPassword = password.toLowerCase(Locale.ROOT);
        String lowerEmail = email.strip().toLowerCase(Locale.ROOT);
        if (lowerPassword.contains(lowerEmail)) {
            return true;
        }
        int at = lowerEmail.lastIndexOf('@');
        String localPart = at > 0 ? lowerEmail.substring(0, at) : lowerEmail;
        return localPart.codePointCount(0, localPart.length()) >= MIN_LOCAL_PART_TO_MATCH
                && lowerPassword.contains(localPart);
    }
}
