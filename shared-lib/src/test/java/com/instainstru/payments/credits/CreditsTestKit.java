package com.instainstru.payments.credits;

import com.instainstru.payments.PaymentsTestKit;
import com.instainstru.platform.events.OutboxRepository;
import com.instainstru.platform.events.OutboxService;
import com.instainstru.platform.locks.AdvisoryLockRepository;
import java.time.Duration;
import java.time.Instant;

/** The credit services over this run's database, with a student, an instructor and helpers to read credit rows. */
final class CreditsTestKit {

    final PaymentsTestKit payments = new PaymentsTestKit();
    final CreditRepository repository = new CreditRepository(payments.platform.jdbc);
    final OutboxService outbox = new OutboxService(new OutboxRepository(payments.platform.jdbc, payments.platform.json),
            payments.platform.ids, payments.clock, payments.platform.json);
    final CreditLedger ledger = new CreditLedger(repository, new AdvisoryLockRepository(payments.platform.jdbc),
            outbox, payments.platform.ids, payments.platform.tx, payments.clock);
    final LoyaltyCreditService loyalty = new LoyaltyCreditService(repository, outbox, payments.platform.ids,
            payments.platform.tx, payments.clock);
    final String student = payments.student();
    final PaymentsTestKit.Instructor instructor = payments.instructor();
    private int nextBookingDay = 1;

    /** A confirmed lesson of the student, each on its own day so they never overlap. */
    String booking() {
        return payments.booking(student, instructor, Duration.ofDays(nextBookingDay++));
    }

    /** A lesson of the student completed at {@code completedAt}. */
    String completedBooking(Instant completedAt) {
        String id = booking();
        payments.platform.jdbc.update("UPDATE bookings SET status = 'COMPLETED', completed_at = ? WHERE id = ?",
                completedAt, id);
        return id;
    }

    Instant now() {
        return payments.clock.instant();
    }

    Credit credit(String id) {
        return payments.platform.jdbc.queryOne("""
                SELECT id, user_id, amount_cents, source_type, source_booking_id, split_from_credit_id, status,
                    reserved_for_booking_id, expires_at, created_at
                  FROM platform_credits WHERE id = ?
                """, row -> new Credit(row.trimmed("id"), row.trimmed("user_id"), row.integer("amount_cents"),
                CreditSource.of(row.string("source_type")), row.trimmed("source_booking_id"),
                row.trimmed("split_from_credit_id"), CreditStatus.of(row.string("status")),
                row.trimmed("reserved_for_booking_id"), row.instant("expires_at"), row.instant("created_at")), id)
                .orElseThrow();
    }

    /** The rows split from {@code creditId}. */
    java.util.List<Credit> splitsOf(String creditId) {
        return payments.platform.jdbc.query("SELECT id FROM platform_credits WHERE split_from_credit_id = ? ORDER BY id",
                row -> row.trimmed("id"), creditId).stream().map(this::credit).toList();
    }

    int cents(String status, String bookingColumn, String bookingId) {
        return payments.count("SELECT coalesce(sum(amount_cents), 0)::int AS n FROM platform_credits WHERE status = ? AND "
                + bookingColumn + " = ?", status, bookingId);
    }

    int events(String type, String aggregateId) {
        return payments.count("SELECT count(*)::int AS n FROM outbox_events WHERE event_type = ? AND aggregate_id = ?",
                type, aggregateId);
    }

    int creditEventsOf(String userId) {
        return payments.count("""
                SELECT count(*)::int AS n FROM outbox_events
                 WHERE event_type LIKE 'credits.%' AND payload ->> 'userId' = ?
                """, userId);
    }
}
