package com.instainstru.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.instainstru.platform.db.Jdbc;
import com.instainstru.platform.db.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

@ApplicationScoped
public class OutboxRepository {

    private final Jdbc jdbc;
    private final ObjectMapper json;

    public OutboxRepository(Jdbc jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Adds an event; call it inside the transaction of the change it describes. */
    public void append(DomainEvent event) {
        jdbc.update("""
                INSERT INTO outbox_events (id, event_type, aggregate_type, aggregate_id, payload, occurred_at,
                                           next_attempt_at)
                VALUES (?, ?, ?, ?, ?::jsonb, ?, ?)
                """, event.eventId(), event.eventType(), event.aggregateType(), event.aggregateId(),
                toJson(event), event.occurredAt(), event.occurredAt());
    }

    /**
     * Claims up to {@code limit} pending events that are due at {@code now}, oldest first, until
     * {@code claimedUntil}; rows claimed by an overlapping relay run are skipped.
     */
    public List<PendingEvent> claimDue(Instant now, int limit, Instant claimedUntil) {
        List<PendingEvent> claimed = jdbc.query("""
                UPDATE outbox_events SET claimed_until = ?
                 WHERE id IN (SELECT id FROM outbox_events
                               WHERE status = 'pending'
                                 AND next_attempt_at <= ?
                                 AND (claimed_until IS NULL OR claimed_until <= ?)
                               ORDER BY occurred_at, id
                               LIMIT ?
                               FOR UPDATE SKIP LOCKED)
                RETURNING id, event_type, aggregate_type, aggregate_id, payload::text AS payload, occurred_at, attempts
                """, this::pendingEvent, claimedUntil, now, now, limit);
        return claimed.stream()
                .sorted(Comparator.comparing((PendingEvent p) -> p.event().occurredAt())
                        .thenComparing(p -> p.event().eventId()))
                .toList();
    }

    public void markSent(String eventId, Instant sentAt) {
        jdbc.update("""
                UPDATE outbox_events
                   SET status = 'sent', sent_at = ?, attempts = attempts + 1, claimed_until = NULL, last_error = NULL
                 WHERE id = ?
                """, sentAt, eventId);
    }

    public void markFailed(String eventId, String error, Instant nextAttemptAt) {
        jdbc.update("""
                UPDATE outbox_events
                   SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?, claimed_until = NULL
                 WHERE id = ?
                """, error, nextAttemptAt, eventId);
    }

    private PendingEvent pendingEvent(Row row) throws SQLException {
        DomainEvent event = new DomainEvent(row.trimmed("id"), row.string("event_type"), row.string("aggregate_type"),
                row.string("aggregate_id"), row.instant("occurred_at"), readJson(row.string("payload")));
        return new PendingEvent(event, row.integer("attempts"));
    }

    private String toJson(DomainEvent event) {
        try {
            return json.writeValueAsString(event.payload());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event payload is not serializable", e);
        }
    }

    private com.fasterxml.jackson.databind.JsonNode readJson(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("outbox payload is not JSON", e);
        }
    }
}
