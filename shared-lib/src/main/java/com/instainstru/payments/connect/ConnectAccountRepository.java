package com.instainstru.payments.connect;

import com.instainstru.payments.stripe.ConnectAccount;
import com.instainstru.platform.db.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class ConnectAccountRepository {

    private final Jdbc jdbc;

    public ConnectAccountRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(String instructorId, String stripeAccountId, Instant now) {
        jdbc.update("""
                INSERT INTO instructor_stripe_accounts (instructor_id, stripe_account_id, created_at, updated_at)
                VALUES (?, ?, ?, ?)
                """, instructorId, stripeAccountId, now, now);
    }

    /** The instructor's account id after the insert: an existing row wins. */
    public String insertIfAbsent(String instructorId, String stripeAccountId, Instant now) {
        jdbc.update("""
                INSERT INTO instructor_stripe_accounts (instructor_id, stripe_account_id, created_at, updated_at)
                VALUES (?, ?, ?, ?)
                ON CONFLICT (instructor_id) DO NOTHING
                """, instructorId, stripeAccountId, now, now);
        return accountId(instructorId).orElseThrow();
    }

    public Optional<String> accountId(String instructorId) {
        return jdbc.queryOne("SELECT stripe_account_id FROM instructor_stripe_accounts WHERE instructor_id = ?",
                row -> row.string("stripe_account_id"), instructorId);
    }

    /** The email of a user who has an instructor profile; empty for anyone else. */
    public Optional<String> instructorEmail(String userId) {
        return jdbc.queryOne("""
                SELECT u.email FROM instructor_profiles p JOIN users u ON u.id = p.user_id WHERE p.user_id = ?
                """, row -> row.string("email"), userId);
    }

    /**
     * Copies Stripe's current view of the account, and the go-live flag the instructors capability reads. Returns
     * the instructor's id, empty when the account is not one of ours.
     */
    public Optional<String> updateReadiness(ConnectAccount account, Instant now) {
        Optional<String> instructorId = jdbc.queryOne("""
                UPDATE instructor_stripe_accounts
                SET charges_enabled = ?, payouts_enabled = ?, details_submitted = ?, requirements_due = ?,
                    onboarding_completed_at = CASE WHEN ? THEN COALESCE(onboarding_completed_at, ?)
                                                   ELSE onboarding_completed_at END,
                    last_refreshed_at = ?, updated_at = ?
                WHERE stripe_account_id = ?
                RETURNING instructor_id
                """, row -> row.string("instructor_id"), account.chargesEnabled(), account.payoutsEnabled(),
                account.detailsSubmitted(), account.requirementsDue().toArray(String[]::new), account.ready(), now,
                now, now, account.id());
        instructorId.ifPresent(id -> jdbc.update("""
                UPDATE instructor_profiles SET stripe_connect_ready = ?, updated_at = ? WHERE user_id = ?
                """, account.ready(), now, id));
        return instructorId;
    }

    public Optional<ConnectReadiness> find(String instructorId) {
        return jdbc.queryOne("""
                SELECT a.stripe_account_id, a.charges_enabled, a.payouts_enabled, a.details_submitted,
                    a.requirements_due, a.onboarding_completed_at, a.last_refreshed_at, p.stripe_connect_ready
                FROM instructor_stripe_accounts a JOIN instructor_profiles p ON p.user_id = a.instructor_id
                WHERE a.instructor_id = ?
                """, row -> new ConnectReadiness(row.string("stripe_account_id"), row.bool("charges_enabled"),
                row.bool("payouts_enabled"), row.bool("details_submitted"), row.strings("requirements_due"),
                row.instant("onboarding_completed_at"), row.instant("last_refreshed_at"),
                row.bool("stripe_connect_ready")), instructorId);
    }
}
