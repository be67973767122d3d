package com.instainstru.bookings.reschedule.schema;

import com.instainstru.bookings.creation.schema.BookingResponse;

/**
 * The booking that replaces the rescheduled one.
 *
 * @param rescheduleCount how many times this lesson has been rescheduled, this time included
 * @param lateReschedule  moved 12-24 h before the previous start: the one late reschedule, now used
 * @param locked          the payment is LOCKed (captured and held until the new lesson resolves, §13)
 */
public record RescheduleResponse(BookingResponse booking, String previousBookingId, int rescheduleCount,
        boolean lateReschedule, boolean locked) {
}
