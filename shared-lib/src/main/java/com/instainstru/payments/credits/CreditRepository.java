package com.instainstru.payments.credits;

import com.instainstru.platform.db.Jdbc;
import com.instainstru.platform.db.RowMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** All SQL of {@code platform_credits}. Every state change bumps {@code version} and {@code updated_at}. */
@ApplicationScoped
public class CreditRepository {

    private static final String COLUMNS = """
            id, user_id, amount_cents, source_type, source_booking_id, split_from_credit_id, status,
            reserved_for_booking_id, expires_at, created_at""";
    private static final RowMapper<Credit> CREDIT = row -> new Credit(row.trimmed("id"), row.trimmed("user_id"),
            row.integer("amount_cents"), CreditSource.of(row.string("source_type")), row.trimmed("source_booking_id"),
            row.trimmed("split_from_credit_id"), CreditStatus.of(row.string("status")),
            row.trimmed("reserved_for_booking_id"), row.instant("expires_at"), row.instant("created_at"));

    private final Jdbc jdbc;

    public CreditRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void insertAvailable(Credit credit, Instant now) {
        jdbc.update("""
                INSERT INTO platform_credits (id, user_id, amount_cents, source_type, source_booking_id, status,
                    expires_at, original_expires_at, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, 'available', ?, ?, ?, ?)
                """, credit.id(), credit.userId(), credit.amountCents(), credit.source().code(),
                credit.sourceBookingId(), credit.expiresAt(), credit.expiresAt(), now, now);
    }

    /** The loyalty credit of a booking, once: false when that booking already has it (the unique index). */
    public boolean insertMilestoneOnce(Credit credit, Instant now) {
        return jdbc.update("""
                INSERT INTO platform_credits (id, user_id, amount_cents, source_type, source_booking_id, status,
                    expires_at, original_expires_at, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, 'available', ?, ?, ?, ?)
                ON CONFLICT (source_booking_id, source_type)
                    WHERE source_type IN ('milestone_s5', 'milestone_s11') AND split_from_credit_id IS NULL
                    DO NOTHING
                """, credit.id(), credit.userId(), credit.amountCents(), credit.source().code(),
                credit.sourceBookingId(), credit.expiresAt(), credit.expiresAt(), now, now) == 1;
    }

    /**
     * Inside a transaction: the user's spendable credits (available, not past expiry at {@code now}), locked in
     * reservation order: earliest expiry first, no expiry last, then oldest first.
     */
    public List<Credit> lockSpendable(String userId, Instant now) {
        return jdbc.query("SELECT " + COLUMNS + """
                 FROM platform_credits
                 WHERE user_id = ? AND status = 'available' AND (expires_at IS NULL OR expires_at > ?)
                 ORDER BY expires_at NULLS LAST, created_at, id
                 FOR UPDATE
                """, CREDIT, userId, now);
    }

    /** Reserves {@code amountCents} of the credit (its whole amount, or the part left after a split) for a booking. */
    public void reserve(String creditId, int amountCents, String bookingId, Instant now) {
        jdbc.update("""
                UPDATE platform_credits
                   SET status = 'reserved', amount_cents = ?, reserved_for_booking_id = ?, reserved_at = ?,
                       version = version + 1, updated_at = ?
                 WHERE id = ?
                """, amountCents, bookingId, now, now, creditId);
    }

    /**
     * The rest of a split credit as a new row with the original's source, expiry and creation time (so it keeps its
     * place in the FIFO order): available, or forfeited for the booking the original was reserved for.
     */
    public void insertSplitRemainder(Credit original, String id, int amountCents, CreditStatus status, Instant now) {
        boolean forfeited = status == CreditStatus.FORFEITED;
        jdbc.update("""
                INSERT INTO platform_credits (id, user_id, amount_cents, source_type, source_booking_id,
                    split_from_credit_id, status, reserved_for_booking_id, forfeited_at, expires_at,
                    original_expires_at, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, id, original.userId(), amountCents, original.source().code(), original.sourceBookingId(),
                original.id(), status.code(), forfeited ? original.reservedForBookingId() : null,
                forfeited ? now : null, original.expiresAt(), original.expiresAt(), original.createdAt(), now);
    }

    public int reservedCentsFor(String bookingId) {
        return jdbc.queryOne("""
                SELECT coalesce(sum(amount_cents), 0)::int AS cents FROM platform_credits
                 WHERE reserved_for_booking_id = ? AND status = 'reserved'
                """, row -> row.integer("cents"), bookingId).orElseThrow();
    }

    /** Inside a transaction: a booking's reserved credits, locked, the longest-lived (no expiry) first. */
    public List<Credit> lockReservedFor(String bookingId) {
        return jdbc.query("SELECT " + COLUMNS + """
                 FROM platform_credits
                 WHERE reserved_for_booking_id = ? AND status = 'reserved'
                 ORDER BY expires_at DESC NULLS FIRST, created_at DESC, id DESC
                 FOR UPDATE
                """, CREDIT, bookingId);
    }

    /** Back to available with its original expiry, or expired when that expiry has passed at {@code now}. */
    public void release(String creditId, int amountCents, Instant now) {
        jdbc.update("""
                UPDATE platform_credits
                   SET status = CASE WHEN expires_at <= ? THEN 'expired' ELSE 'available' END,
                       expired_at = CASE WHEN expires_at <= ? THEN ? END,
                       amount_cents = ?, reserved_for_booking_id = NULL, reserved_at = NULL,
                       version = version + 1, updated_at = ?
                 WHERE id = ?
                """, now, now, now, amountCents, now, creditId);
    }

    public void forfeit(String creditId, Instant now) {
        jdbc.update("""
                UPDATE platform_credits SET status = 'forfeited', forfeited_at = ?, version = version + 1, updated_at = ?
                 WHERE id = ?
                """, now, now, creditId);
    }

    /** A booking's reserved credits become applied; returns their cents. */
    public int applyReservedFor(String bookingId, Instant now) {
        return jdbc.query("""
                UPDATE platform_credits SET status = 'applied', applied_at = ?, version = version + 1, updated_at = ?
                 WHERE reserved_for_booking_id = ? AND status = 'reserved'
                RETURNING amount_cents
                """, row -> row.integer("amount_cents"), now, now, bookingId).stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * One statement: up to {@code limit} available credits whose expiry is at or before {@code now} become expired,
     * the earliest expiry first. Rows a checkout holds locked are skipped (the next sweep takes them). The batch is
     * a materialized CTE: an {@code IN (... LIMIT ? FOR UPDATE SKIP LOCKED)} subquery may be re-scanned per row,
     * skip the rows this statement already changed, and so ignore the limit.
     */
    public List<Credit> expireDue(Instant now, int limit) {
        return jdbc.query("""
                WITH due AS MATERIALIZED (
                    SELECT id AS due_id FROM platform_credits
                     WHERE status = 'available' AND expires_at <= ?
                     ORDER BY expires_at, id LIMIT ? FOR UPDATE SKIP LOCKED)
                UPDATE platform_credits SET status = 'expired', expired_at = ?, version = version + 1, updated_at = ?
                  FROM due
                 WHERE id = due_id AND status = 'available' AND expires_at <= ?
                RETURNING\s""" + COLUMNS, CREDIT, now, limit, now, now, now);
    }

    public CreditBalance balance(String userId, Instant now) {
        return jdbc.queryOne("""
                SELECT coalesce(sum(amount_cents) FILTER (WHERE status = 'available'
                               AND (expires_at IS NULL OR expires_at > ?)), 0) AS available,
                       coalesce(sum(amount_cents) FILTER (WHERE status = 'reserved'), 0) AS reserved,
                       coalesce(sum(amount_cents) FILTER (WHERE status = 'frozen'), 0) AS frozen
                  FROM platform_credits
                 WHERE user_id = ? AND status IN ('available', 'reserved', 'frozen')
                """, row -> new CreditBalance(row.integer("available"), row.integer("reserved"), row.integer("frozen")),
                now, userId).orElseThrow();
    }

    /** Inside a transaction: the credits that came from a booking (split rows included), locked. */
    public List<Credit> lockIssuedFrom(String bookingId) {
        return jdbc.query("SELECT " + COLUMNS + """
                 FROM platform_credits WHERE source_booking_id = ? ORDER BY created_at, id FOR UPDATE
                """, CREDIT, bookingId);
    }

    /** Inside a transaction: the credits applied to a booking's lesson, locked. */
    public List<Credit> lockAppliedTo(String bookingId) {
        return jdbc.query("SELECT " + COLUMNS + """
                 FROM platform_credits WHERE reserved_for_booking_id = ? AND status = 'applied'
                 ORDER BY created_at, id FOR UPDATE
                """, CREDIT, bookingId);
    }

    public boolean hasReinstatementFor(String bookingId) {
        return jdbc.queryOne("""
                SELECT EXISTS (SELECT 1 FROM platform_credits
                                WHERE source_booking_id = ? AND source_type = 'refund_reinstatement') AS found
                """, row -> row.bool("found"), bookingId).orElseThrow();
    }

    public void revoke(String creditId, Instant now) {
        jdbc.update("""
                UPDATE platform_credits SET status = 'revoked', revoked_at = ?, version = version + 1, updated_at = ?
                 WHERE id = ?
                """, now, now, creditId);
    }

    public void freeze(String creditId, Instant now) {
        jdbc.update("""
                UPDATE platform_credits SET status = 'frozen', frozen_at = ?, version = version + 1, updated_at = ?
                 WHERE id = ?
                """, now, now, creditId);
    }

    /** Unfrozen: available again with its expiry, or expired when that has passed meanwhile. */
    public void unfreeze(String creditId, Instant now) {
        jdbc.update("""
                UPDATE platform_credits
                   SET status = CASE WHEN expires_at <= ? THEN 'expired' ELSE 'available' END,
                       expired_at = CASE WHEN expires_at <= ? THEN ? END,
                       frozen_at = NULL, version = version + 1, updated_at = ?
                 WHERE id = ?
                """, now, now, now, now, creditId);
    }

    /**
     * A student's completed booking's place among their completed lessons, by completion time (ties by id), so
     * the number does not depend on when it is asked; empty unless the booking is that student's and COMPLETED.
     */
    public Optional<Integer> completedLessonNumber(String studentId, String bookingId) {
        return jdbc.queryOne("""
                SELECT (SELECT count(*) FROM bookings b
                         WHERE b.student_id = t.student_id AND b.status = 'COMPLETED'
                           AND (b.completed_at, b.id) <= (t.completed_at, t.id))::int AS n
                  FROM bookings t
                 WHERE t.id = ? AND t.student_id = ? AND t.status = 'COMPLETED'
                """, row -> row.integer("n"), bookingId, studentId);
    }
}
