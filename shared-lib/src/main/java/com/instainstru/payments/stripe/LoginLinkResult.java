package com.instainstru.payments.stripe;

import java.time.Instant;

/** A single-use login link to a connected account's Express dashboard, created at {@code createdAt}. */
public record LoginLinkResult(String url, Instant createdAt) {
}
