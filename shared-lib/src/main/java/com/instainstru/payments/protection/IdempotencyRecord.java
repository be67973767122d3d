package com.instainstru.payments.protection;

import java.time.Instant;

/** One stored {@code Idempotency-Key} of a user; {@code responseBody} is null while the first request runs. */
record IdempotencyRecord(String route, String requestSha256, Integer responseStatus, String responseBody,
        Instant createdAt, Instant expiresAt) {

    boolean inFlight() {
        return responseStatus == null;
    }
}
