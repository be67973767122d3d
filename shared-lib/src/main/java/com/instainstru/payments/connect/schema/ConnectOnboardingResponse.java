package com.instainstru.payments.connect.schema;

import java.time.Instant;

/**
 * Where to send the instructor to finish Stripe onboarding: a single-use link valid until {@code expiresAt}.
 * {@code alreadyOnboarded} says the account is ready and the link only lets them review their details.
 */
public record ConnectOnboardingResponse(String onboardingUrl, Instant expiresAt, boolean alreadyOnboarded) {
}
