package com.instainstru.bookings.status;

import com.instainstru.platform.errors.ConflictException;
import java.util.Map;
import java.util.Set;

/**
 * The life of a booking (reference §9): PENDING -> CONFIRMED -> COMPLETED; PENDING or CONFIRMED -> CANCELLED;
 * PENDING -> PAYMENT_FAILED; CONFIRMED -> NO_SHOW. Every other move, including staying put, is illegal.
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
            CONFIRMED, Set.of(COMPLETED, CANCELLED, NO_SHOW),
            COMPLETED, Set.of(),
            CANCELLED, Set.of(),
            PAYMENT_FAILED, Set.of(),
            NO_SHOW, Set.of());

    public boolean canBecome(BookingStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** Cancellable iff PENDING or CONFIRMED (reference §9). */
    public boolean isCancellable() {
        return canBecome(CANCELLED);
    }

    /** No transition leaves it. */
    public boolean isFinal() {
        return NEXT.get(this).isEmpty();
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
            throw new ConflictException(INVALID_TRANSITION,
                    "A " + name() + " booking cannot become " + next.name(),
                    Map.of("from", name(), "to", next.name()));
        }
        return next;
    }
}
