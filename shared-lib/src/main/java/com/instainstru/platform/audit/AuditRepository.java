package com.instainstru.platform.audit;

import com.instainstru.platform.db.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class AuditRepository {

    private final Jdbc jdbc;

    public AuditRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code beforeJson}/{@code afterJson} are JSON documents or null. */
    public void insert(String id, String actorId, String action, String entityType, String entityId,
            String beforeJson, String afterJson, String requestId, Instant occurredAt) {
        jdbc.update("""
                INSERT INTO audit_log (id, actor_id, action, entity_type, entity_id, before_json, after_json,
                                       request_id, occurred_at)
                VALUES (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?)
                """, id, actorId, action, entityType, entityId, beforeJson, afterJson, requestId, occurredAt);
    }

    /** Oldest first. */
    public List<StoredEntry> findByEntity(String entityType, String entityId) {
        return jdbc.query("""
                SELECT id, actor_id, action, entity_type, entity_id, before_json::text AS before_json,
                       after_json::text AS after_json, request_id, occurred_at
                  FROM audit_log WHERE entity_type = ? AND entity_id = ?
                 ORDER BY occurred_at, id
                """, row -> new StoredEntry(row.trimmed("id"), row.trimmed("actor_id"), row.string("action"),
                row.string("entity_type"), row.string("entity_id"), row.string("before_json"),
                row.string("after_json"), row.string("request_id"), row.instant("occurred_at")),
                entityType, entityId);
    }

    /** An audit row with its JSON columns as text. */
    public record StoredEntry(String id, String actorId, String action, String entityType, String entityId,
            String beforeJson, String afterJson, String requestId, Instant occurredAt) {
    }
}
