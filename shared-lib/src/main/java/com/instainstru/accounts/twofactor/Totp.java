package com.instainstru.accounts.twofactor;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 time-based one-time passwords as every authenticator app supports them: HMAC-SHA-1, T0 = 0,
 * 30-second steps, 6 digits. Steps and counters are 64-bit, so codes keep working past 2038.
 */
@ApplicationScoped
public class Totp {

    /** Pass as {@code lastUsedStep} for a user who has never signed in with a code. */
    public static final long NO_STEP_USED = Long.MIN_VALUE;

    static final int DIGITS = 6;
    static final long STEP_SECONDS = 30;
    static final int SECRET_BYTES = 20;
    /** Steps accepted on either side of the current one, for clock drift and typing time. */
    static final int WINDOW = 1;

    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
            100_000_000};

    private final SecureRandom random = new SecureRandom();

    /** A new shared secret: 160 random bits, the size RFC 4226 recommends. */
    public byte[] newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return secret;
    }

    public long stepAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
    }

    public String codeAt(byte[] secret, long step) {
        return code(secret, step, DIGITS);
    }

    /**
     * Checks a code typed by the user against the steps around {@code now}. Returns the step it matched,
     * which the caller must store as the user's new last used step; a step at or before
     * {@code lastUsedStep} is never accepted, so a code works only once (RFC 6238 §5.2).
     */
    public OptionalLong verify(byte[] secret, String code, Instant now, long lastUsedStep) {
        if (!isWellFormed(code)) {
            return OptionalLong.empty();
        }
        byte[] given = code.getBytes(StandardCharsets.US_ASCII);
        long current = stepAt(now);
        OptionalLong matched = OptionalLong.empty();
        for (long step = current - WINDOW; step <= current + WINDOW; step++) {
            if (step <= lastUsedStep) {
                continue;
            }
            byte[] expected = codeAt(secret, step).getBytes(StandardCharsets.US_ASCII);
            // No early return: every candidate costs the same whether or not an earlier one matched.
            if (MessageDigest.isEqual(expected, given) && matched.isEmpty()) {
                matched = OptionalLong.of(step);
            }
        }
        return matched;
    }

    /**
     * The {@code otpauth://} URI authenticator apps read from the setup QR code (Google Authenticator Key
     * URI format). Issuer and account name may not contain ':', which separates them in the label.
     */
    public String provisioningUri(String issuer, String accountName, byte[] secret) {
        requireNoColon(issuer, "issuer");
        requireNoColon(accountName, "accountName");
        String encodedIssuer = UriEncoding.encode(issuer);
        return "otpauth://totp/" + encodedIssuer + ":" + UriEncoding.encode(accountName)
                + "?secret=" + Base32.encode(secret)
                + "&issuer=" + encodedIssuer
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
    }

    /** HOTP (RFC 4226 §5.3) of one counter value; the digit count is a parameter for the RFC test vectors. */
    static String code(byte[] secret, long counter, int digits) {
        byte[] hash = hmacSha1(secret, ByteBuffer.allocate(Long.BYTES).putLong(counter).array());
        int offset = hash[hash.length - 1] & 0x0F;
        int binary = ((hash[offset] & 0x7F) << 24)
                | ((hash[offset + 1] & 0xFF) << 16)
                | ((hash[offset + 2] & 0xFF) << 8)
                | (hash[offset + 3] & 0xFF);
        StringBuilder code = new StringBuilder(Integer.toString(binary % POWERS_OF_TEN[digits]));
        while (code.length() < digits) {
            code.insert(0, '0');
        }
        return code.toString();
    }

    private static byte[] hmacSha1(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is unavailable", e);
        }
    }

    private static boolean isWellFormed(String code) {
        if (code == null || code.length() != DIGITS) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            // ASCII only: Character.isDigit would also let through Arabic-Indic or full-width digits.
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static void requireNoColon(String value, String name) {
        if (value == null || value.isBlank() || value.indexOf(':') >= 0) {
            throw new IllegalArgumentException(name + " must be non-blank and contain no ':'");
        }
    }
}
