package com.instainstru.payments.webhooks;

import com.instainstru.platform.db.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class StripeWebhookEventRepository {

    private final Jdbc jdbc;

    public StripeWebhookEventRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the event; false when its id was recorded before (Stripe delivered it again). */
    public boolean insertIfNew(StripeEvent event, WebhookEndpoint endpoint, Instant receivedAt) {
        return jdbc.update("""
                INSERT INTO stripe_webhook_events (event_id, event_type, endpoint, account, livemode, object_id, payload,
                    received_at)
                VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?)
                ON CONFLICT (event_id) DO NOTHING
                """, event.id(), event.type(), endpoint.dbValue(), event.account(), event.livemode(), event.objectId(),
                event.payload(), receivedAt) == 1;
    }

    public boolean isProcessed(String eventId) {
        return jdbc.queryOne("SELECT processed_at FROM stripe_webhook_events WHERE event_id = ?",
                row -> row.instant("processed_at") != null, eventId).orElse(false);
    }

    /** Marks the event processed once; a concurrent second delivery that also handled it changes nothing. */
    public void markProcessed(String eventId, String disposition, Instant processedAt) {
        jdbc.update("""
                UPDATE stripe_webhook_events SET processed_at = ?, disposition = ?
                WHERE event_id = ? AND processed_at IS NULL
                """, processedAt, disposition, eventId);
    }

    public Optional<String> disposition(String eventId) {
        return jdbc.queryOne("SELECT disposition FROM stripe_webhook_events WHERE event_id = ?",
                row -> row.string("disposition"), eventId);
    }
}
