package com.instainstru.bookings.cancellation;

import com.instainstru.pricing.FeeRates;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/**
 * The cancellation and refund policy of reference §12, pure. Worked example (LP $120, tier 12 %): SF = IF =
 * $14.40; a student cancel 12-24 h ahead charges $134.40 and credits $120.00; under 12 h it charges $134.40,
 * credits $60.00 and pays the instructor round(50 % x ($120 - $14.40)) = $52.80.
 */
public final class CancellationPolicy {

    private static final BigDecimal HALF = new BigDecimal("50");
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    private CancellationPolicy() {
    }

    public static CancellationDecision decide(CancellationCase cancellation) {
        Duration untilStart = Duration.between(cancellation.now(), cancellation.startAt());
        CancellationWindow window = CancellationWindow.of(untilStart);
        int lessonPrice = cancellation.lessonPriceCents();
        int studentFee = FeeRates.percentOf(lessonPrice, FeeRates.STUDENT_FEE_PCT);
        int instructorFee = FeeRates.percentOf(lessonPrice, cancellation.instructorTierPct());
        Amounts amounts = amounts(cancellation, window, lessonPrice, studentFee, instructorFee);
        return new CancellationDecision(window, amounts.outcome, hours(untilStart), lessonPrice, studentFee,
                cancellation.instructorTierPct(), instructorFee, amounts.charge, amounts.credit, amounts.refund,
                amounts.payout);
    }

    private static Amounts amounts(CancellationCase cancellation, CancellationWindow window, int lessonPrice,
            int studentFee, int instructorFee) {
        if (cancellation.cancelledBy() == CancelledBy.INSTRUCTOR) {
            int refund = cancellation.paymentHeld() ? lessonPrice + studentFee : 0;
            return new Amounts(CancellationOutcome.INSTRUCTOR_CANCEL_FULL_REFUND, 0, 0, refund, 0);
        }
        if (!cancellation.paymentHeld()) {
            return new Amounts(CancellationOutcome.STUDENT_CANCEL_GT24_NO_CHARGE, 0, 0, 0, 0);
        }
        int charge = lessonPrice + studentFee;
        if (cancellation.locked()) {
            // the payment was captured at the late reschedule: the student's card has paid LP + SF already
            return window == CancellationWindow.LT_12H
                    ? new Amounts(CancellationOutcome.LOCKED_CANCEL_LT12_SPLIT_50_50, charge,
                            FeeRates.percentOf(lessonPrice, HALF), 0,
                            FeeRates.percentOf(lessonPrice - instructorFee, HALF))
                    : new Amounts(CancellationOutcome.LOCKED_CANCEL_GE12_FULL_CREDIT, charge, lessonPrice, 0, 0);
        }
        return switch (window) {
            case GE_24H -> cancellation.gamingReschedule()
                    ? new Amounts(CancellationOutcome.STUDENT_CANCEL_12_24_FULL_CREDIT, charge, lessonPrice, 0, 0)
                    : new Amounts(CancellationOutcome.STUDENT_CANCEL_GT24_NO_CHARGE, 0, 0, 0, 0);
            case BETWEEN_12_24H ->
                    new Amounts(CancellationOutcome.STUDENT_CANCEL_12_24_FULL_CREDIT, charge, lessonPrice, 0, 0);
            case LT_12H -> new Amounts(CancellationOutcome.STUDENT_CANCEL_LT12_SPLIT_50_50, charge,
                    FeeRates.percentOf(lessonPrice, HALF), 0, FeeRates.percentOf(lessonPrice - instructorFee, HALF));
        };
    }

    private static BigDecimal hours(Duration untilStart) {
        BigDecimal seconds = BigDecimal.valueOf(untilStart.getSeconds())
                .add(BigDecimal.valueOf(untilStart.getNano(), 9));
        return seconds.divide(SECONDS_PER_HOUR, 3, RoundingMode.DOWN);
    }

    private record Amounts(CancellationOutcome outcome, int charge, int credit, int refund, int payout) {
    }
}
