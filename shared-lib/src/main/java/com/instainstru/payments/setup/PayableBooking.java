package com.instainstru.payments.setup;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What a booking's payment is computed from: the lesson price, the instructor's commission inputs and Connect
 * account ({@code destinationAccountId} null when the instructor has none).
 */
record PayableBooking(String bookingId, String status, String studentId, String instructorId, Instant startAt,
        int lessonPriceCents, boolean foundingInstructor, BigDecimal currentTierPct, String destinationAccountId,
        boolean paymentExists) {
}
