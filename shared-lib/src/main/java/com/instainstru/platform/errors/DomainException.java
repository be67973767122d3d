package com.instainstru.platform.errors;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Base of every error a client may cause or see. Each subclass fixes the HTTP status; the shared
 * exception mapper turns any of them into an RFC 9457 problem document.
 */
public abstract class DomainException extends RuntimeException {

    private final String code;

    protected DomainException(String code, String detail) {
        super(detail);
        this.code = code;
    }

    public abstract int status();

    public abstract String title();

    /** Machine-readable code, e.g. {@code OVERNIGHT_PROTECTION}. */
    public String code() {
        return code;
    }

    public List<FieldViolation> violations() {
        return List.of();
    }

    /** Extra problem members, e.g. the current version of a conflicting resource. */
    public Map<String, Object> extensions() {
        return Map.of();
    }

    /** When the client may retry; rendered as {@code Retry-After}. */
    public Optional<Duration> retryAfter() {
        return Optional.empty();
    }
}
