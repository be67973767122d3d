package com.instainstru.platform.messaging;

import com.instainstru.platform.db.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

@ApplicationScoped
public class ProcessedMessageRepository {

    private final Jdbc jdbc;

    public ProcessedMessageRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the key; false when this consumer has already recorded it (a redelivery). */
    public boolean record(String consumer, String messageKey, String sourceMessageId, Instant processedAt) {
        return jdbc.update("""
                INSERT INTO processed_messages (consumer, message_key, source_message_id, processed_at)
                VALUES (?, ?, ?, ?)
                ON CONFLICT (consumer, message_key) DO NOTHING
                """, consumer, messageKey, sourceMessageId, processedAt) == 1;
    }
}
