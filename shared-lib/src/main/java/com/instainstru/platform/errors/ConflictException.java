package com.instainstru.platform.errors;

import java.util.Map;

/** The request conflicts with the current state, e.g. a stale version or an overlapping booking (409). */
public class ConflictException extends DomainException {

    private final Map<String, Object> extensions;

    public ConflictException(String code, String detail) {
        this(code, detail, Map.of());
    }

    public ConflictException(String code, String detail, Map<String, Object> extensions) {
        super(code, detail);
        this.extensions = Map.copyOf(extensions);
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String title() {
        return "Conflict";
    }

    @Override
    public Map<String, Object> extensions() {
        return extensions;
    }
}
