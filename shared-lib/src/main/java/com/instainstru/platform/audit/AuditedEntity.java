package com.instainstru.platform.audit;

import java.util.Objects;

/** What an audit entry is about: a type ({@code user}, {@code rate_limit_bucket}, ...) and an id. */
public record AuditedEntity(String type, String id) {

    public static final String USER = "user";
    public static final String RATE_LIMIT_BUCKET = "rate_limit_bucket";
    public static final String RATE_LIMIT_ROUTE = "rate_limit_route";

    public AuditedEntity {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    public static AuditedEntity user(String userId) {
        return new AuditedEntity(USER, userId);
    }
}
