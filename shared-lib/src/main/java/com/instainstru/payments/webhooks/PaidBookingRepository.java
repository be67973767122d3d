package com.instainstru.payments.webhooks;

import com.instainstru.platform.db.Jdbc;
import com.instainstru.platform.db.RowMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Finds our booking payment by the PaymentIntent a Stripe object names. A PaymentIntent that is not a booking's
 * (a tip, another platform's test) finds nothing.
 */
@ApplicationScoped
public class PaidBookingRepository {

    private static final String SELECT = """
            SELECT p.booking_id, p.student_id, p.payment_intent_id, p.status AS payment_status,
                   b.status AS booking_status
              FROM booking_payments p JOIN bookings b ON b.id = p.booking_id
             WHERE p.payment_intent_id = ?
            """;
    private static final RowMapper<PaidBooking> PAID_BOOKING = row -> new PaidBooking(row.trimmed("booking_id"),
            row.trimmed("student_id"), row.string("payment_intent_id"), row.string("payment_status"),
            row.string("booking_status"));

    private final Jdbc jdbc;

    public PaidBookingRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PaidBooking> findByPaymentIntent(String paymentIntentId) {
        return jdbc.queryOne(SELECT, PAID_BOOKING, paymentIntentId);
    }

    /**
     * Inside a transaction: the same, with the payment row locked, so two deliveries about one booking (or a
     * delivery and the workflow's own transition) take turns.
     */
    public Optional<PaidBooking> lockByPaymentIntent(String paymentIntentId) {
        return jdbc.queryOne(SELECT + " FOR UPDATE OF p", PAID_BOOKING, paymentIntentId);
    }
}
