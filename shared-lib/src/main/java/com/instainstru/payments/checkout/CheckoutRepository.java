package com.instainstru.payments.checkout;

import com.instainstru.platform.db.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** What checkout reads of a booking before paying for it. */
@ApplicationScoped
public class CheckoutRepository {

    private final Jdbc jdbc;

    public CheckoutRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CheckoutBooking> booking(String bookingId) {
        return jdbc.queryOne("SELECT id, student_id, total_price_cents FROM bookings WHERE id = ?",
                row -> new CheckoutBooking(row.trimmed("id"), row.trimmed("student_id"),
                        row.integer("total_price_cents")), bookingId);
    }

    /** A booking as checkout needs it: whose it is and its lesson price in cents. */
    public record CheckoutBooking(String id, String studentId, int lessonPriceCents) {
    }
}
