package com.instainstru.platform.errors;

import java.time.Duration;
import java.util.Optional;

/** Too many requests for a rate-limit bucket (429, with {@code Retry-After}). */
public class RateLimitedException extends DomainException {

    private final Duration retryAfter;

    public RateLimitedException(String detail, Duration retryAfter) {
        this("RATE_LIMITED", detail, retryAfter);
    }

    /** A 429 with a code of its own, e.g. {@code ACCOUNT_LOCKED_TEMPORARILY}. */
    public RateLimitedException(String code, String detail, Duration retryAfter) {
        super(code, detail);
        this.retryAfter = retryAfter;
    }

    @Override
    public int status() {
        return 429;
    }

    @Override
    public String title() {
        return "Too many requests";
    }

    @Override
    public Optional<Duration> retryAfter() {
        return Optional.of(retryAfter);
    }
}
