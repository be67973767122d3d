package com.instainstru.payments.stripe;

import java.time.Instant;

/** A single-use Connect onboarding URL, valid until {@code expiresAt}. */
public record AccountLinkResult(String url, Instant expiresAt) {
}
