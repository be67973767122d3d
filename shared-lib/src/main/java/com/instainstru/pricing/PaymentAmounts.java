package com.instainstru.pricing;

import java.math.BigDecimal;

/**
 * What one lesson's payment moves, in cents (reference §10). With LP the lesson price, SF the student fee and IF
 * the instructor's commission: credits pay part of LP only, never SF; the card pays (LP - credit) + SF; Stripe's
 * destination charge keeps {@code applicationFeeCents} = max(0, SF + IF - credit) for the platform and transfers
 * the rest; when credits exceed the platform's take, a separate top-up transfer brings the instructor to LP - IF.
 * Worked example: LP $120, tier 12 % -> SF $14.40, IF $14.40, card $134.40, fee $28.80, payout $105.60.
 */
public record PaymentAmounts(
        int lessonPriceCents,
        int studentFeeCents,
        BigDecimal instructorFeePct,
        int instructorFeeCents,
        int creditAppliedCents,
        int cardChargeCents,
        int applicationFeeCents,
        int instructorPayoutCents,
        int topUpTransferCents) {

    /** {@code requestedCreditCents} is capped at the lesson price; the caller caps it at the student's balance. */
    public static PaymentAmounts of(int lessonPriceCents, BigDecimal instructorFeePct, int requestedCreditCents) {
        if (lessonPriceCents < 0 || requestedCreditCents < 0) {
            throw new IllegalArgumentException("amounts must not be negative");
        }
        int studentFee = FeeRates.percentOf(lessonPriceCents, FeeRates.STUDENT_FEE_PCT);
        int instructorFee = FeeRates.percentOf(lessonPriceCents, instructorFeePct);
        int credit = Math.min(requestedCreditCents, lessonPriceCents);
        int platformTake = studentFee + instructorFee - credit;
        return new PaymentAmounts(lessonPriceCents, studentFee, instructorFeePct, instructorFee, credit,
                lessonPriceCents - credit + studentFee, Math.max(0, platformTake), lessonPriceCents - instructorFee,
                Math.max(0, -platformTake));
    }
}
