package com.instainstru.payments.workflow;

import static com.instainstru.payments.workflow.RetryPolicy.ABANDONED_CLAIM;
import static com.instainstru.payments.workflow.RetryPolicy.AUTHORIZATION_VALIDITY;
import static com.instainstru.payments.workflow.RetryPolicy.CAPTURE_AFTER_END;
import static com.instainstru.payments.workflow.RetryPolicy.FAILURE_BEFORE_START;
import static com.instainstru.payments.workflow.RetryPolicy.FINAL_WARNING_BEFORE_START;

import com.instainstru.platform.db.Jdbc;
import com.instainstru.platform.db.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The payment workflow's statements. Every due condition is written once here and used twice: by the scheduler to
 * find work and by the worker's claim, a conditional UPDATE that only a row still in that state passes. Bookings
 * that are not PENDING or CONFIRMED are left to the cancellation and no-show settlements.
 */
@ApplicationScoped
public class PaymentWorkflowRepository {

    private static final String LIVE_BOOKING = "b.id = p.booking_id AND b.status IN ('PENDING', 'CONFIRMED')";
    // params: at, at, failureLine(at)
    private static final String AUTHORIZATION_DUE = """
            ((p.status = 'scheduled' AND p.auth_scheduled_for <= ?)
             OR (p.status = 'payment_method_required' AND p.next_auth_attempt_at <= ? AND b.start_at > ?))
            """;
    // params: warningLine(at), failureLine(at)
    private static final String WARNING_DUE = """
            p.status = 'payment_method_required' AND p.auth_final_warning_sent_at IS NULL
            AND b.start_at <= ? AND b.start_at > ? AND b.status = 'CONFIRMED'
            """;
    // params: failureLine(at). A PENDING booking (lesson < 24 h ahead) fails 30 minutes after its last attempt
    // instead (PENDING_FAILURE_DUE), even when that is less than 12 h before the lesson.
    private static final String FAILURE_DUE = """
            p.status = 'payment_method_required' AND b.start_at <= ? AND b.status = 'CONFIRMED'
            """;
    // params: captureLine(at), at
    private static final String CAPTURE_DUE = """
            p.status = 'authorized' AND b.status = 'COMPLETED' AND b.end_at <= ?
            AND (p.next_capture_attempt_at IS NULL OR p.next_capture_attempt_at <= ?)
            """;
    // params: at - validity, at
    private static final String EXPIRY_DUE = """
            p.status = 'authorized' AND b.status IN ('PENDING', 'CONFIRMED', 'NO_SHOW')
            AND (p.authorized_at <= ? OR p.capture_before <= ?)
            """;
    // the hold is gone: authorize afresh at once (params: now, now); by the expiry and by payment_intent.canceled
    private static final String AUTHORIZE_AFRESH = """
            UPDATE booking_payments p
               SET status = 'payment_method_required', next_auth_attempt_at = ?,
                   auth_last_error_code = 'auth_expired', version = p.version + 1, updated_at = ?
              FROM bookings b
            """;

    /** What an authorization attempt needs, read by {@link #authorizationClaim}. */
    private static final String AUTHORIZATION_CLAIM = """
            p.booking_id, p.auth_attempts, p.stripe_customer_id, p.payment_method_id, p.destination_account_id,
            p.card_charge_cents, p.application_fee_cents, p.after_server_error""";
    /** The destination charge's transfer (card - application fee) falls short of the payout (LP - IF). */
    private static final String TOP_UP_DUE = "instructor_payout_cents > card_charge_cents - application_fee_cents";

    private final Jdbc jdbc;

    public PaymentWorkflowRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    // ---- finding due work --------------------------------------------------------------------------------------

    List<String> authorizationsDue(Instant at, int limit) {
        return ids("""
                SELECT p.booking_id FROM booking_payments p JOIN bookings b ON %s
                 WHERE %s
                    OR (p.status = 'authorizing' AND p.updated_at <= ?)
                 ORDER BY p.booking_id LIMIT ?
                """.formatted(LIVE_BOOKING, AUTHORIZATION_DUE), at, at, failureLine(at), at.minus(ABANDONED_CLAIM),
                limit);
    }

    List<String> finalWarningsDue(Instant at, int limit) {
        return ids("SELECT p.booking_id FROM booking_payments p JOIN bookings b ON %s WHERE %s ORDER BY p.booking_id LIMIT ?"
                .formatted(LIVE_BOOKING, WARNING_DUE), warningLine(at), failureLine(at), limit);
    }

    List<String> failuresDue(Instant at, int limit) {
        return ids("SELECT p.booking_id FROM booking_payments p JOIN bookings b ON %s WHERE %s ORDER BY p.booking_id LIMIT ?"
                .formatted(LIVE_BOOKING, FAILURE_DUE), failureLine(at), limit);
    }

    List<String> capturesDue(Instant at, int limit) {
        return ids("""
                SELECT p.booking_id FROM booking_payments p JOIN bookings b ON b.id = p.booking_id
                 WHERE (%s) OR (p.status = 'capturing' AND p.updated_at <= ?)
                 ORDER BY p.booking_id LIMIT ?
                """.formatted(CAPTURE_DUE), captureLine(at), at, at.minus(ABANDONED_CLAIM), limit);
    }

    List<String> expiriesDue(Instant at, int limit) {
        return ids("""
                SELECT p.booking_id FROM booking_payments p JOIN bookings b ON b.id = p.booking_id
                 WHERE %s ORDER BY p.booking_id LIMIT ?
                """.formatted(EXPIRY_DUE), at.minus(AUTHORIZATION_VALIDITY), at, limit);
    }

    // ---- authorization -----------------------------------------------------------------------------------------

    /** scheduled / payment_method_required -> authorizing with the next attempt, if still due at {@code at}. */
    Optional<AuthorizationClaim> claimAuthorization(String bookingId, Instant at, Instant now) {
        return jdbc.queryOne("""
                UPDATE booking_payments p
                   SET status = 'authorizing', auth_attempts = p.auth_attempts + 1, after_server_error = false,
                       version = p.version + 1, updated_at = ?
                  FROM bookings b
                 WHERE p.booking_id = ? AND %s AND %s
                RETURNING %s
                """.formatted(LIVE_BOOKING, AUTHORIZATION_DUE, AUTHORIZATION_CLAIM), this::authorizationClaim, now,
                bookingId, at, at, failureLine(at));
    }

    /** The attempt a crashed or timed-out worker left in flight: retried with its own attempt number. */
    Optional<AuthorizationClaim> authorizationInFlight(String bookingId) {
        return jdbc.queryOne("""
                SELECT %s
                  FROM booking_payments p WHERE p.booking_id = ? AND p.status = 'authorizing'
                """.formatted(AUTHORIZATION_CLAIM), this::authorizationClaim, bookingId);
    }

    /**
     * After a Stripe 5xx on {@code attempt}: the claim stays authorizing with the next attempt (a new key), marked to
     * look the PaymentIntent up first. False when another delivery moved the claim on already.
     */
    boolean nextAuthorizationAttemptAfterServerError(String bookingId, int attempt, Instant now) {
        return jdbc.update("""
                UPDATE booking_payments
                   SET auth_attempts = auth_attempts + 1, after_server_error = true, version = version + 1,
                       updated_at = ?
                 WHERE booking_id = ? AND status = 'authorizing' AND auth_attempts = ?
                """, now, bookingId, attempt) == 1;
    }

    boolean recordAuthorized(String bookingId, int attempt, String paymentIntentId, Instant captureBefore,
            Instant now) {
        return jdbc.update("""
                UPDATE booking_payments
                   SET status = 'authorized', payment_intent_id = ?, authorized_at = ?, capture_before = ?,
                       next_auth_attempt_at = NULL, auth_last_error_code = NULL, version = version + 1,
                       updated_at = ?
                 WHERE booking_id = ? AND status = 'authorizing' AND auth_attempts = ?
                """, paymentIntentId, now, captureBefore, now, bookingId, attempt) == 1;
    }

    boolean recordAuthorizationFailure(String bookingId, int attempt, String errorCode, Instant nextAttemptAt,
            Instant now) {
        return jdbc.update("""
                UPDATE booking_payments
                   SET status = 'payment_method_required', next_auth_attempt_at = ?, auth_last_error_code = ?,
                       auth_first_failed_at = COALESCE(auth_first_failed_at, ?), version = version + 1,
                       updated_at = ?
                 WHERE booking_id = ? AND status = 'authorizing' AND auth_attempts = ?
                """, nextAttemptAt, errorCode, now, now, bookingId, attempt) == 1;
    }

    // ---- capture -----------------------------------------------------------------------------------------------

    /** authorized -> capturing with the next attempt, if still due at {@code at}. */
    Optional<CaptureClaim> claimCapture(String bookingId, Instant at, Instant now) {
        return jdbc.queryOne("""
                UPDATE booking_payments p
                   SET status = 'capturing', capture_attempts = p.capture_attempts + 1, after_server_error = false,
                       version = p.version + 1, updated_at = ?
                  FROM bookings b
                 WHERE p.booking_id = ? AND b.id = p.booking_id AND %s
                RETURNING p.booking_id, p.student_id, p.capture_attempts, p.payment_intent_id, p.card_charge_cents,
                          p.capture_first_failed_at, p.after_server_error
                """.formatted(CAPTURE_DUE), this::captureClaim, now, bookingId, captureLine(at), at);
    }

    Optional<CaptureClaim> captureInFlight(String bookingId) {
        return jdbc.queryOne("""
                SELECT p.booking_id, p.student_id, p.capture_attempts, p.payment_intent_id, p.card_charge_cents,
                       p.capture_first_failed_at, p.after_server_error
                  FROM booking_payments p WHERE p.booking_id = ? AND p.status = 'capturing'
                """, this::captureClaim, bookingId);
    }

    /** As {@link #nextAuthorizationAttemptAfterServerError}, for a capture. */
    boolean nextCaptureAttemptAfterServerError(String bookingId, int attempt, Instant now) {
        return jdbc.update("""
                UPDATE booking_payments
                   SET capture_attempts = capture_attempts + 1, after_server_error = true, version = version + 1,
                       updated_at = ?
                 WHERE booking_id = ? AND status = 'capturing' AND capture_attempts = ?
                """, now, bookingId, attempt) == 1;
    }

    /**
     * capturing -> settled (lesson_completed_full_payout), or -> settling the same outcome when the destination
     * charge's transfer is short of the instructor's payout (credits exceeded the platform's take, §10) and a top-up
     * transfer must follow. Returns the new status; empty when the claim is gone.
     */
    Optional<String> recordCaptured(String bookingId, int attempt, int amountCapturedCents, String transferId,
            Instant now) {
        return jdbc.queryOne("""
                UPDATE booking_payments
                   SET status = CASE WHEN %1$s THEN 'settling' ELSE 'settled' END,
                       settlement_outcome = CASE WHEN %1$s THEN NULL ELSE 'lesson_completed_full_payout' END,
                       settled_at = CASE WHEN %1$s THEN NULL ELSE CAST(? AS timestamptz) END,
                       money_operation = CASE WHEN %1$s THEN 'lesson_completed_full_payout' END,
                       operation_from_status = CASE WHEN %1$s THEN 'capturing' END,
                       captured_at = ?, amount_captured_cents = ?, stripe_transfer_id = ?,
                       next_capture_attempt_at = NULL, capture_last_error_code = NULL, version = version + 1,
                       updated_at = ?
                 WHERE booking_id = ? AND status = 'capturing' AND capture_attempts = ?
                RETURNING status
                """.formatted(TOP_UP_DUE), row -> row.string("status"), now, now, amountCapturedCents, transferId,
                now, bookingId, attempt);
    }

    boolean recordCaptureFailure(String bookingId, int attempt, String errorCode, Instant nextAttemptAt,
            Instant now) {
        return jdbc.update("""
                UPDATE booking_payments
                   SET status = 'authorized', next_capture_attempt_at = ?, capture_last_error_code = ?,
                       capture_first_failed_at = COALESCE(capture_first_failed_at, ?), version = version + 1,
                       updated_at = ?
                 WHERE booking_id = ? AND status = 'capturing' AND capture_attempts = ?
                """, nextAttemptAt, errorCode, now, now, bookingId, attempt) == 1;
    }

    // ---- deadlines and manual review ---------------------------------------------------------------------------

    /** Marks the final warning sent, once, if it is still due at {@code at}. */
    boolean claimFinalWarning(String bookingId, Instant at, Instant now) {
        return jdbc.update("""
                UPDATE booking_payments p
                   SET auth_final_warning_sent_at = ?, version = p.version + 1, updated_at = ?
                  FROM bookings b
                 WHERE p.booking_id = ? AND %s AND %s
                """.formatted(LIVE_BOOKING, WARNING_DUE), now, now, bookingId, warningLine(at),
                failureLine(at)) == 1;
    }

    /** payment_method_required -> settled payment_failed_no_charge if due at {@code at}; the booking's status. */
    Optional<String> settleAsFailed(String bookingId, Instant at, Instant now) {
        return jdbc.queryOne("""
                UPDATE booking_payments p
                   SET status = 'settled', settlement_outcome = 'payment_failed_no_charge', settled_at = ?,
                       next_auth_attempt_at = NULL, version = p.version + 1, updated_at = ?
                  FROM bookings b
                 WHERE p.booking_id = ? AND %s AND %s
                RETURNING b.status
                """.formatted(LIVE_BOOKING, FAILURE_DUE), row -> row.string("status"), now, now, bookingId,
                failureLine(at));
    }

    void markBookingPaymentFailed(String bookingId, Instant now) {
        jdbc.update("UPDATE bookings SET status = 'PAYMENT_FAILED', updated_at = ? WHERE id = ?", now, bookingId);
    }

    /** authorized -> payment_method_required (to be authorized afresh now) if expired at {@code at}. */
    Optional<String> expireAuthorization(String bookingId, Instant at, Instant now) {
        return jdbc.queryOne(AUTHORIZE_AFRESH + """
                 WHERE p.booking_id = ? AND b.id = p.booking_id AND %s
                RETURNING p.payment_intent_id
                """.formatted(EXPIRY_DUE), row -> row.string("payment_intent_id"), now, now, bookingId,
                at.minus(AUTHORIZATION_VALIDITY), at);
    }

    /** A claim ({@code fromStatus} authorizing, capturing or settling) or an open payment -> manual_review. */
    boolean moveToManualReview(String bookingId, String fromStatus, String reason, Instant now) {
        return jdbc.update("""
                UPDATE booking_payments
                   SET status = 'manual_review', manual_review_reason = ?, money_operation = NULL,
                       operation_from_status = NULL, version = version + 1, updated_at = ?
                 WHERE booking_id = ? AND status = ?
                """, reason, now, bookingId, fromStatus) == 1;
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private List<String> ids(String sql, Object... params) {
        return jdbc.query(sql, row -> row.string("booking_id"), params);
    }

    private AuthorizationClaim authorizationClaim(Row row) throws SQLException {
        return new AuthorizationClaim(row.string("booking_id"), row.integer("auth_attempts"),
                row.string("stripe_customer_id"), row.string("payment_method_id"),
                row.string("destination_account_id"), row.integer("card_charge_cents"),
                row.integer("application_fee_cents"), row.bool("after_server_error"));
    }

    private CaptureClaim captureClaim(Row row) throws SQLException {
        return new CaptureClaim(row.string("booking_id"), row.string("student_id"), row.integer("capture_attempts"),
                row.string("payment_intent_id"), row.integer("card_charge_cents"),
                row.instant("capture_first_failed_at"), row.bool("after_server_error"));
    }

    /** Lessons starting at or before this line are within 12 h of {@code at}. */
    private static Instant failureLine(Instant at) {
        return at.plus(FAILURE_BEFORE_START);
    }

    private static Instant warningLine(Instant at) {
        return at.plus(FINAL_WARNING_BEFORE_START);
    }

    /** Lessons that ended at or before this line ended at least 24 h before {@code at}. */
    private static Instant captureLine(Instant at) {
        return at.minus(CAPTURE_AFTER_END);
    }

    // ---- PENDING bookings: immediate authorization, card swap, the 30-minute failure ----------------------------

    // bookings b LEFT JOIN booking_payments p; params: at - PENDING_PAYMENT_WINDOW (twice)
    private static final String PENDING_FAILURE_DUE = """
            b.status = 'PENDING'
            AND ((p.booking_id IS NULL AND b.created_at <= ?)
                 OR (p.status = 'payment_method_required' AND COALESCE(p.auth_last_attempt_at, p.updated_at) <= ?))
            """;

    /** PENDING bookings never checked out, or whose card failed, {@link RetryPolicy#PENDING_PAYMENT_WINDOW} ago. */
    List<String> pendingFailuresDue(Instant at, int limit) {
        Instant line = at.minus(RetryPolicy.PENDING_PAYMENT_WINDOW);
        return jdbc.query("""
                SELECT b.id AS booking_id FROM bookings b LEFT JOIN booking_payments p ON p.booking_id = b.id
                 WHERE %s ORDER BY b.id LIMIT ?
                """.formatted(PENDING_FAILURE_DUE), row -> row.trimmed("booking_id"), line, line, limit);
    }

    /**
     * Locks the booking if it is PENDING, then reads (in a new statement, so after a concurrent checkout's commit)
     * whether it is due to fail at {@code at}: empty when not, else whether it has a payment row.
     */
    Optional<Boolean> lockPendingFailureDue(String bookingId, Instant at) {
        if (jdbc.queryOne("SELECT id FROM bookings WHERE id = ? AND status = 'PENDING' FOR UPDATE",
                row -> row.string("id"), bookingId).isEmpty()) {
            return Optional.empty();
        }
        Instant line = at.minus(RetryPolicy.PENDING_PAYMENT_WINDOW);
        return jdbc.queryOne("""
                SELECT p.booking_id IS NOT NULL AS has_payment
                  FROM bookings b LEFT JOIN booking_payments p ON p.booking_id = b.id
                 WHERE b.id = ? AND %s
                """.formatted(PENDING_FAILURE_DUE), row -> row.bool("has_payment"), bookingId, line, line);
    }

    /** payment_method_required -> settled payment_failed_no_charge, unless a card swap claimed it meanwhile. */
    boolean settlePendingAsFailed(String bookingId, Instant now) {
        return jdbc.update("""
                UPDATE booking_payments
                   SET status = 'settled', settlement_outcome = 'payment_failed_no_charge', settled_at = ?,
                       next_auth_attempt_at = NULL, version = version + 1, updated_at = ?
                 WHERE booking_id = ? AND status = 'payment_method_required'
                """, now, now, bookingId) == 1;
    }

    boolean bookingIsPending(String bookingId) {
        return jdbc.queryOne("SELECT status FROM bookings WHERE id = ?", row -> row.string("status"), bookingId)
                .filter("PENDING"::equals).isPresent();
    }

    /** PENDING -> CONFIRMED once its card is authorized; false when the booking is not PENDING. */
    boolean confirmPendingBooking(String bookingId, Instant now) {
        return jdbc.update("""
                UPDATE bookings SET status = 'CONFIRMED', confirmed_at = ?, updated_at = ?
                 WHERE id = ? AND status = 'PENDING'
                """, now, now, bookingId) == 1;
    }

    /**
     * A PENDING booking's failed attempt is not retried by the scheduler (the student swaps the card): no next
     * attempt, and the 30-minute failure counts from now.
     */
    void holdPendingFailure(String bookingId, Instant now) {
        jdbc.update("""
                UPDATE booking_payments SET next_auth_attempt_at = NULL, auth_last_attempt_at = ?
                 WHERE booking_id = ? AND status = 'payment_method_required'
                """, now, bookingId);
    }

    /**
     * The student swapped the card of a failed authorization: payment_method_required -> authorizing with the new
     * card and the next attempt, at once. A confirmed booking already due to fail (T-12h) is not claimed.
     */
    Optional<AuthorizationClaim> claimRetryWithCard(String bookingId, String paymentMethodId, Instant now) {
        return jdbc.queryOne("""
                UPDATE booking_payments p
                   SET status = 'authorizing', payment_method_id = ?, auth_attempts = p.auth_attempts + 1,
                       after_server_error = false, version = p.version + 1, updated_at = ?
                  FROM bookings b
                 WHERE p.booking_id = ? AND %s AND p.status = 'payment_method_required'
                   AND (b.status = 'PENDING' OR b.start_at > ?)
                RETURNING %s
                """.formatted(LIVE_BOOKING, AUTHORIZATION_CLAIM), this::authorizationClaim, paymentMethodId, now,
                bookingId, failureLine(now));
    }

    Optional<String> paymentStatus(String bookingId) {
        return jdbc.queryOne("SELECT status FROM booking_payments WHERE booking_id = ?", row -> row.string("status"),
                bookingId);
    }

    // ---- Stripe webhooks ---------------------------------------------------------------------------------------

    /**
     * Any status but manual_review -> manual_review (a chargeback, money Stripe moved without us). A settled payment
     * keeps its settlement outcome. False when the payment already waits for operations.
     */
    public boolean moveToManualReviewFromAnyStatus(String bookingId, String reason, Instant now) {
        return jdbc.update("""
                UPDATE booking_payments
                   SET status = 'manual_review', manual_review_reason = ?, money_operation = NULL,
                       operation_from_status = NULL, version = version + 1, updated_at = ?
                 WHERE booking_id = ? AND status <> 'manual_review'
                """, reason, now, bookingId) == 1;
    }

    /**
     * authorized -> payment_method_required (to be authorized afresh now), as {@link #expireAuthorization}, when
     * Stripe reports the held PaymentIntent canceled (e.g. the hold expired) before our deadline saw it. Only while
     * the row still holds that PaymentIntent, for the same bookings as the expiry.
     */
    Optional<String> expireCanceledAuthorization(String bookingId, String paymentIntentId, Instant now) {
        return jdbc.queryOne(AUTHORIZE_AFRESH + """
                 WHERE p.booking_id = ? AND b.id = p.booking_id AND p.status = 'authorized'
                   AND p.payment_intent_id = ? AND b.status IN ('PENDING', 'CONFIRMED', 'NO_SHOW')
                RETURNING p.payment_intent_id
                """, row -> row.string("payment_intent_id"), now, now, bookingId, paymentIntentId);
    }
}
