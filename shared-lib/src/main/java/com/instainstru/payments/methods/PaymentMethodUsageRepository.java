package com.instainstru.payments.methods;

import com.instainstru.platform.db.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class PaymentMethodUsageRepository {

    private final Jdbc jdbc;

    public PaymentMethodUsageRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** How many of the student's booking payments still rely on the card: every one not yet settled. */
    public int unsettledPaymentsUsing(String studentId, String paymentMethodId) {
        return jdbc.queryOne("""
                SELECT count(*) AS n FROM booking_payments
                WHERE student_id = ? AND payment_method_id = ? AND status <> 'settled'
                """, row -> row.integer("n"), studentId, paymentMethodId).orElse(0);
    }
}
