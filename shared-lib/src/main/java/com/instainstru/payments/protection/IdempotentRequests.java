package com.instainstru.payments.protection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.instainstru.platform.errors.BusinessRuleException;
import com.instainstru.platform.errors.ConflictException;
import com.instainstru.platform.errors.ValidationException;
import com.instainstru.platform.tx.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Money endpoints' {@code Idempotency-Key} (reference §11, like Stripe's own): the same key from the same user on
 * the same route with the same body answers the first response for {@link #RETENTION}; the same key with another
 * body or route is a 422 IDEMPOTENCY_KEY_REUSED; while the first request still runs, a second one is a 409
 * IDEMPOTENCY_REQUEST_IN_PROGRESS. A request that fails (an exception) leaves nothing stored: the key may be retried.
 * A claim never completed within {@link #ABANDONED_AFTER} (its function died) may be taken over.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final Duration RETENTION = Duration.ofHours(24);
    /** Longer than a Lambda invocation may run (15 min). */
    public static final Duration ABANDONED_AFTER = Duration.ofMinutes(15);
    public static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
    private static final int OK = 200;

    private final IdempotencyRecordRepository records;
    private final Transactions tx;
    private final ObjectMapper json;
    private final Clock clock;

    public IdempotentRequests(IdempotencyRecordRepository records, Transactions tx, ObjectMapper json, Clock clock) {
        this.records = records;
        this.tx = tx;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Runs {@code action} once per (user, key): without a key it simply runs. {@code request} is what identifies the
     * body (null for none); {@code route} e.g. {@code POST /api/v1/payments/connect/onboard}.
     */
    public <T> T execute(String userId, String idempotencyKey, String route, Object request, Class<T> responseType,
            Supplier<T> action) {
        if (idempotencyKey == null) {
            return action.get();
        }
        if (!KEY.matcher(idempotencyKey).matches()) {
            throw ValidationException.of(HEADER, "format", "1-255 printable ASCII characters without spaces");
        }
        String sha256 = sha256(route + "\n" + write(request));
        // microseconds, as PostgreSQL stores it: the claim is found again by its created_at
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        boolean claimed = tx.call(() -> records.claim(userId, idempotencyKey, route, sha256, now,
                now.plus(RETENTION), now.minus(ABANDONED_AFTER)));
        if (!claimed) {
            return replay(userId, idempotencyKey, sha256, responseType);
        }
        T response;
        try {
            response = action.get();
        } catch (RuntimeException e) {
            tx.run(() -> records.release(userId, idempotencyKey, now));
            throw e;
        }
        String body = write(response);
        tx.run(() -> records.complete(userId, idempotencyKey, now, OK, body));
        return response;
    }

    private <T> T replay(String userId, String idempotencyKey, String sha256, Class<T> responseType) {
        Optional<IdempotencyRecord> stored = tx.call(() -> records.find(userId, idempotencyKey));
        IdempotencyRecord record = stored.orElseThrow(() -> new ConflictException("IDEMPOTENCY_REQUEST_IN_PROGRESS",
                "A request with this Idempotency-Key has just failed; retry it"));
        if (!record.requestSha256().equals(sha256)) {
            throw new BusinessRuleException("IDEMPOTENCY_KEY_REUSED",
                    "This Idempotency-Key was used with another request in the last 24 hours; use a new key");
        }
        if (record.inFlight()) {
            throw new ConflictException("IDEMPOTENCY_REQUEST_IN_PROGRESS",
                    "A request with this Idempotency-Key is still being processed");
        }
        try {
            return json.readValue(record.responseBody(), responseType);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored idempotent response is not a " + responseType.getSimpleName(), e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not serializable as JSON: " + value, e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
