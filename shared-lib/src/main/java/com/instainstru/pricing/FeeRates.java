package com.instainstru.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The fee percentages and the one rounding rule for money (reference §10): every amount is whole cents, rounded
 * half up. These are the reference's defaults; an admin-editable pricing config is not built.
 */
public final class FeeRates {

    /** Reference §10: {@code student_fee_pct} 0.12, the "Booking Protection Fee" on top of the lesson price. */
    public static final BigDecimal STUDENT_FEE_PCT = new BigDecimal("12.00");

    /** Reference §10: founding instructors always pay 8 %, whatever {@code current_tier_pct} says. */
    public static final BigDecimal FOUNDING_TIER_PCT = new BigDecimal("8.00");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private FeeRates() {
    }

    /** {@code pct} % of {@code cents}, rounded half up to the cent. */
    public static int percentOf(int cents, BigDecimal pct) {
        return BigDecimal.valueOf(cents).multiply(pct).divide(HUNDRED, 0, RoundingMode.HALF_UP).intValueExact();
    }

    /** The commission an instructor pays: the founding rate for founding instructors, else their current tier. */
    public static BigDecimal instructorTierPct(boolean founding, BigDecimal currentTierPct) {
        return founding ? FOUNDING_TIER_PCT : currentTierPct;
    }
}
