package com.instainstru.payments.protection;

import com.instainstru.platform.db.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class IdempotencyRecordRepository {

    private final Jdbc jdbc;

    public IdempotencyRecordRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims (user, key) for a new request: a fresh row, or the existing one when it has expired or its request was
     * abandoned in flight (created before {@code abandonedBefore} and never completed). False when someone holds it.
     */
    public boolean claim(String userId, String key, String route, String requestSha256, Instant now,
            Instant expiresAt, Instant abandonedBefore) {
        return jdbc.queryOne("""
                INSERT INTO payment_request_idempotency (user_id, idempotency_key, route, request_sha256,
                    created_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (user_id, idempotency_key) DO UPDATE
                SET route = EXCLUDED.route, request_sha256 = EXCLUDED.request_sha256, response_status = NULL,
                    response_body = NULL, created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at
                WHERE payment_request_idempotency.expires_at <= EXCLUDED.created_at
                   OR (payment_request_idempotency.response_status IS NULL
                       AND payment_request_idempotency.created_at <= ?)
                RETURNING true AS claimed
                """, row -> row.bool("claimed"), userId, key, route, requestSha256, now, expiresAt, abandonedBefore)
                .isPresent();
    }

    public Optional<IdempotencyRecord> find(String userId, String key) {
        return jdbc.queryOne("""
                SELECT route, request_sha256, response_status, response_body::text AS response_body, created_at,
                    expires_at
                FROM payment_request_idempotency WHERE user_id = ? AND idempotency_key = ?
                """, row -> new IdempotencyRecord(row.string("route"), row.string("request_sha256"),
                row.integer("response_status"), row.string("response_body"), row.instant("created_at"),
                row.instant("expires_at")), userId, key);
    }

    public void complete(String userId, String key, Instant claimedAt, int status, String responseJson) {
        jdbc.update("""
                UPDATE payment_request_idempotency SET response_status = ?, response_body = ?::jsonb
                WHERE user_id = ? AND idempotency_key = ? AND created_at = ? AND response_status IS NULL
                """, status, responseJson, userId, key, claimedAt);
    }

    /** Forgets a claim whose request failed, so that the same key may be retried. */
    public void release(String userId, String key, Instant claimedAt) {
        jdbc.update("""
                DELETE FROM payment_request_idempotency
                WHERE user_id = ? AND idempotency_key = ? AND created_at = ? AND response_status IS NULL
                """, userId, key, claimedAt);
    }

    /**
     * Housekeeping in bounded batches: at most {@code limit} rows past their 24 h, the oldest first (a materialized
     * batch, so the limit holds; see CreditRepository.expireDue).
     */
    public int deleteExpired(Instant now, int limit) {
        return jdbc.update("""
                WITH due AS MATERIALIZED (
                    SELECT user_id AS due_user, idempotency_key AS due_key FROM payment_request_idempotency
                     WHERE expires_at <= ? ORDER BY expires_at LIMIT ? FOR UPDATE SKIP LOCKED)
                DELETE FROM payment_request_idempotency USING due
                 WHERE user_id = due_user AND idempotency_key = due_key AND expires_at <= ?
                """, now, limit, now);
    }
}
