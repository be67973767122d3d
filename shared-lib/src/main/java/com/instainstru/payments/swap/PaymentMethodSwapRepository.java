package com.instainstru.payments.swap;

import com.instainstru.platform.db.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/** What a card swap reads of a booking and its payment, and the swap of a payment not attempted yet. */
@ApplicationScoped
public class PaymentMethodSwapRepository {

    private final Jdbc jdbc;

    public PaymentMethodSwapRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The booking, whose it is, and its payment's status (null before checkout). */
    Optional<BookingPayment> find(String bookingId) {
        return jdbc.queryOne("""
                SELECT b.id, b.student_id, b.status AS booking_status, p.status AS payment_status
                  FROM bookings b LEFT JOIN booking_payments p ON p.booking_id = b.id
                 WHERE b.id = ?
                """, row -> new BookingPayment(row.trimmed("id"), row.trimmed("student_id"),
                row.string("booking_status"), row.string("payment_status")), bookingId);
    }

    /** A scheduled payment takes the new card; false when it is no longer scheduled. */
    boolean swapScheduledCard(String bookingId, String paymentMethodId, Instant now) {
        return jdbc.update("""
                UPDATE booking_payments SET payment_method_id = ?, version = version + 1, updated_at = ?
                 WHERE booking_id = ? AND status = 'scheduled'
                """, paymentMethodId, now, bookingId) == 1;
    }

    record BookingPayment(String bookingId, String studentId, String bookingStatus, String paymentStatus) {
    }
}
