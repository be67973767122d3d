package com.instainstru.bookings.status;

import com.instainstru.platform.errors.ConflictException;
import java.util.Map;
import java.util.Set;

/**
 * The life of a booking (reference §9): PENDING -> CONFIRMED -> COMPLETED; PENDING or CONFIRMED -> CANCELLED;
 * PENDING or CONFIRMED -> PAYMENT_FAILED; CONFIRMED -> NO_SHOW. Resolving a no-show report may also take NO_SHOW -> COMPLETED
 * or NO_SHOW -> CONFIRMED ({@link #resolveNoShowTo}). Every other move, including staying put, is illegal.
 * Stored by name in {@code bookings.status}.
 */
public enum BookingStatus {
    /** Awaiting payment authorization. */
    PENDING,
    CONFIRMED,
    COMPLETED,
    CANCELLED,
    PAYMENT_FAILED,
    NO_SHOW;

    public static final String INVALID_TRANSITION = "INVALID_BOOKING_STATUS_TRANSITION";

    private static final Map<BookingStatus, Set<BookingStatus>> NEXT = Map.of(
            PENDING, Set.of(CONFIRMED, CANCELLED, PAYMENT_FAILED),
            // CONFIRMED -> PAYMENT_FAILED is taken only by the payment workflow: a confirmed lesson whose card still
            // fails at 12 h before the start becomes PAYMENT_FAILED with no charge (reference §11), not CANCELLED,
            // which would apply the cancellation policy.
            CONFIRMED, Set.of(COMPLETED, CANCELLED, NO_SHOW, PAYMENT_FAILED),
            COMPLETED, Set.of(),
            CANCELLED, Set.of(),
            PAYMENT_FAILED, Set.of(),
            NO_SHOW, Set.of());

    /**
     * Only the resolution of a no-show report takes these moves: a dispute upheld means the lesson was held
     * (COMPLETED), a cancelled report puts the booking back where it was (CONFIRMED). They are kept apart from
     * {@link #NEXT} so that no ordinary action, such as an instructor marking the lesson complete, can leave
     * NO_SHOW while the report is open.
     */
    private static final Map<BookingStatus, Set<BookingStatus>> NO_SHOW_RESOLUTION = Map.of(
            NO_SHOW, Set.of(COMPLETED, CONFIRMED));

    /** Whether an ordinary action (not a no-show resolution) may move a booking from this status to {@code next}. */
    public boolean canBecome(BookingStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** Whether resolving a no-show report may move a booking from this status to {@code next}. */
    public boolean canBecomeByNoShowResolution(BookingStatus next) {
        return NO_SHOW_RESOLUTION.getOrDefault(this, Set.of()).contains(next);
    }

    /** Cancellable iff PENDING or CONFIRMED (reference §9). */
    public boolean isCancellable() {
        return canBecome(CANCELLED);
    }

    /** No transition leaves it, not even a no-show resolution. */
    public boolean isFinal() {
        return NEXT.get(this).isEmpty() && !NO_SHOW_RESOLUTION.containsKey(this);
    }

    /** Whether the booking still holds its time (the statuses the two EXCLUDE constraints of V6 cover). */
    public boolean holdsItsTime() {
        return this != CANCELLED && this != PAYMENT_FAILED;
    }

    /**
     * Checks the move and returns {@code next}; an illegal one is a 409 {@value #INVALID_TRANSITION} naming
     * both statuses (members {@code from} and {@code to}).
     */
    public BookingStatus transitionTo(BookingStatus next) {
        if (!canBecome(next)) {
            throw invalid(next);
        }
        return next;
    }

    /** Like {@link #transitionTo}, for the moves a no-show resolution takes (and only those). */
    public BookingStatus resolveNoShowTo(BookingStatus next) {
        if (!canBecomeByNoShowResolution(next)) {
            throw invalid(next);
        }
        return next;
    }

    private ConflictException invalid(BookingStatus next) {
        return new ConflictException(INVALID_TRANSITION, "A " + name() + " booking cannot become " + next.name(),
                Map.of("from", name(), "to", next.name()));
    }
}
