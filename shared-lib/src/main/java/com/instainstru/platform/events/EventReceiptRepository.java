package com.instainstru.platform.events;

import com.instainstru.platform.db.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

@ApplicationScoped
public class EventReceiptRepository {

    private final Jdbc jdbc;

    public EventReceiptRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(String id, DomainEvent event, Instant receivedAt) {
        jdbc.update("INSERT INTO event_receipts (id, event_id, event_type, received_at) VALUES (?, ?, ?, ?)",
                id, event.eventId(), event.eventType(), receivedAt);
    }

    public int countFor(String eventId) {
        return jdbc.queryOne("SELECT count(*) AS n FROM event_receipts WHERE event_id = ?",
                row -> row.integer("n"), eventId).orElse(0);
    }
}
