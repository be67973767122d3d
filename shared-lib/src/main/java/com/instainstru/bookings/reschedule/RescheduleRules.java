package com.instainstru.bookings.reschedule;

import com.instainstru.bookings.cancellation.CancellationWindow;
import com.instainstru.platform.errors.BusinessRuleException;
import java.time.Duration;
import java.time.Instant;

/**
 * When a lesson may move (reference §13), measured from the current lesson start in UTC with the cancellation
 * windows' boundaries: 24 h or more ahead, as often as wanted; 12-24 h ahead once (a late reschedule, which LOCKs
 * the payment); under 12 h never. A booking whose payment is LOCKed cannot move again.
 */
final class RescheduleRules {

    private RescheduleRules() {
    }

    /** Throws a 422 when the booking may not move now; answers whether this is a late reschedule. */
    static boolean requireAllowed(ReschedulableBooking booking, Instant now) {
        CancellationWindow window = CancellationWindow.of(Duration.between(now, booking.startAt()));
        if (window == CancellationWindow.LT_12H) {
            throw new BusinessRuleException("RESCHEDULE_WINDOW_CLOSED",
                    "Lessons less than 12 hours away cannot be rescheduled; you can still cancel");
        }
        if (booking.lockedAt() != null) {
            throw new BusinessRuleException("RESCHEDULE_LOCKED",
                    "This lesson was already rescheduled late and its payment is locked; it cannot move again");
        }
        if (window == CancellationWindow.BETWEEN_12_24H && booking.lateRescheduleUsed()) {
            throw new BusinessRuleException("RESCHEDULE_LIMIT_REACHED",
                    "A lesson can be rescheduled less than 24 hours ahead only once");
        }
        return window == CancellationWindow.BETWEEN_12_24H;
    }
}
