package com.instainstru.payments.customers;

import com.instainstru.platform.db.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class StripeCustomerRepository {

    private final Jdbc jdbc;

    public StripeCustomerRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CustomerRecord> find(String userId) {
        return jdbc.queryOne("""
                SELECT user_id, stripe_customer_id, default_payment_method_id FROM stripe_customers WHERE user_id = ?
                """, row -> new CustomerRecord(row.string("user_id"), row.string("stripe_customer_id"),
                row.string("default_payment_method_id")), userId);
    }

    /** The user's row as it is after the insert: an existing row wins (a concurrent first call got there first). */
    public CustomerRecord insertIfAbsent(String userId, String stripeCustomerId, Instant now) {
        jdbc.update("""
                INSERT INTO stripe_customers (user_id, stripe_customer_id, created_at, updated_at)
                VALUES (?, ?, ?, ?)
                ON CONFLICT (user_id) DO NOTHING
                """, userId, stripeCustomerId, now, now);
        return find(userId).orElseThrow();
    }

    public void setDefaultPaymentMethod(String userId, String paymentMethodId, Instant now) {
        jdbc.update("""
                UPDATE stripe_customers SET default_payment_method_id = ?, updated_at = ? WHERE user_id = ?
                """, paymentMethodId, now, userId);
    }

    /** Clears the default when it is {@code paymentMethodId} (the card was removed). */
    public void clearDefaultIf(String userId, String paymentMethodId, Instant now) {
        jdbc.update("""
                UPDATE stripe_customers SET default_payment_method_id = NULL, updated_at = ?
                WHERE user_id = ? AND default_payment_method_id = ?
                """, now, userId, paymentMethodId);
    }

    /** Email and display name Stripe's customer carries. */
    public Optional<CustomerIdentity> identity(String userId) {
        return jdbc.queryOne("SELECT email, first_name, last_name FROM users WHERE id = ?",
                row -> new CustomerIdentity(row.string("email"),
                        row.string("first_name") + " " + row.string("last_name")), userId);
    }

    /**
     * Records {@code paymentMethodId} as the default of the user whose Stripe customer is {@code stripeCustomerId},
     * unless they have one: true when it was set.
     */
    public boolean setDefaultPaymentMethodIfNone(String stripeCustomerId, String paymentMethodId, Instant now) {
        return jdbc.update("""
                UPDATE stripe_customers SET default_payment_method_id = ?, updated_at = ?
                WHERE stripe_customer_id = ? AND default_payment_method_id IS NULL
                """, paymentMethodId, now, stripeCustomerId) == 1;
    }
}
