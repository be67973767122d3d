package com.instainstru.platform.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * A row of {@code audit_log}: who ({@code actorId}, null for the system) did what ({@code action}) to which
 * entity, with the entity's state before and after as JSON, and the request it happened in.
 */
public record AuditEntry(String id, String actorId, String action, String entityType, String entityId,
        JsonNode before, JsonNode after, String requestId, Instant occurredAt) {
}
