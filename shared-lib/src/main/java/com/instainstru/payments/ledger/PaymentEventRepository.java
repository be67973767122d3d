package com.instainstru.payments.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.instainstru.platform.db.Jdbc;
import com.instainstru.platform.ids.IdGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;

/** The append-only {@code payment_events} ledger: one row per thing that happened to a booking's money. */
@ApplicationScoped
public class PaymentEventRepository {

    private final Jdbc jdbc;
    private final IdGenerator ids;
    private final ObjectMapper json;

    public PaymentEventRepository(Jdbc jdbc, IdGenerator ids, ObjectMapper json) {
        this.jdbc = jdbc;
        this.ids = ids;
        this.json = json;
    }

    /** Call it inside the transaction of the state change it records. */
    public void append(String bookingId, String eventType, Integer amountCents, String stripeObjectId,
            String idempotencyKey, Map<String, ?> details, Instant occurredAt) {
        jdbc.update("""
                INSERT INTO payment_events (id, booking_id, event_type, amount_cents, stripe_object_id,
                                            idempotency_key, details, occurred_at)
                VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?)
                """, ids.newId(), bookingId, eventType, amountCents, stripeObjectId, idempotencyKey,
                toJson(details), occurredAt);
    }

    /** Whether the booking's ledger already has a row about this Stripe object (e.g. a refund {@code re_...}). */
    public boolean hasStripeObject(String bookingId, String stripeObjectId) {
        return jdbc.queryOne("""
                SELECT EXISTS (SELECT 1 FROM payment_events WHERE booking_id = ? AND stripe_object_id = ?) AS found
                """, row -> row.bool("found"), bookingId, stripeObjectId).orElseThrow();
    }

    private String toJson(Map<String, ?> details) {
        try {
            return json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("payment event details are not JSON: " + details, e);
        }
    }
}
