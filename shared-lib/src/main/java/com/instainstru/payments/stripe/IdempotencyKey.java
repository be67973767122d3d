package com.instainstru.payments.stripe;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The {@code Idempotency-Key} of one mutating Stripe call, built from the business operation and its attempt
 * (e.g. {@code booking:01J...:authorize:2}). Retrying the same attempt after a timeout or a crash sends the same key,
 * so Stripe answers with the first result instead of acting twice; a new attempt (after a decline) gets a new key.
 * Stripe keeps keys for at least 24 hours: a retry later than that must look the object up first.
 */
public record IdempotencyKey(String value) {

    private static final Pattern PART = Pattern.compile("[A-Za-z0-9_.\\-]+");

    public IdempotencyKey {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 255) {
            throw new IllegalArgumentException("an idempotency key has 1-255 characters: " + value);
        }
    }

    /** {@code subject:subjectId:operation:attempt}, e.g. {@code booking:{id}:authorize:1}. */
    public static IdempotencyKey of(String subject, String subjectId, String operation, int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts count from 1: " + attempt);
        }
        return new IdempotencyKey(part(subject) + ":" + part(subjectId) + ":" + part(operation) + ":" + attempt);
    }

    /** A one-off operation that is never retried under a new key, e.g. {@code user:{id}:create-customer}. */
    public static IdempotencyKey of(String subject, String subjectId, String operation) {
        return new IdempotencyKey(part(subject) + ":" + part(subjectId) + ":" + part(operation));
    }

    private static String part(String part) {
        if (part == null || !PART.matcher(part).matches()) {
            throw new IllegalArgumentException("an idempotency key part is [A-Za-z0-9_.-]+: " + part);
        }
        return part;
    }

    @Override
    public String toString() {
        return value;
    }
}
