package com.instainstru.payments.connect.schema;

import java.time.Instant;

/** A single-use login link to the instructor's Stripe Express dashboard (payouts, bank account, tax forms). */
public record DashboardLinkResponse(String url, Instant createdAt) {
}
