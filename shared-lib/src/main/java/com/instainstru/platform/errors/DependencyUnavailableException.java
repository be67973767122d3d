package com.instainstru.platform.errors;

import java.time.Duration;
import java.util.Optional;

/** A dependency (database, Redis, Stripe, ...) is down; the same request may succeed later (503). */
public class DependencyUnavailableException extends DomainException {

    private final Duration retryAfter;

    public DependencyUnavailableException(String dependency, Duration retryAfter, Throwable cause) {
        super("DEPENDENCY_UNAVAILABLE", dependency + " is temporarily unavailable");
        this.retryAfter = retryAfter;
        initCause(cause);
    }

    @Override
    public int status() {
        return 503;
    }

    @Override
    public String title() {
        return "Service temporarily unavailable";
    }

    @Override
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
