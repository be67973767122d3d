package com.instainstru.pricing;

import java.math.BigDecimal;
import java.util.List;

/**
 * The instructor commission tiers of reference §10, by lessons completed in the last 30 days: up to 4 -> 15 %
 * (entry), 5-10 -> 12 % (growth), 11 or more -> 10 % (pro). Founding instructors always pay 8 %. Without a
 * completed lesson in 90 days an instructor falls back to the entry rate. A cheaper tier applies at once; a more
 * expensive one at most one step per evaluation, so one slow month costs one tier, not two.
 */
public final class CommissionTiers {

    public static final BigDecimal ENTRY = new BigDecimal("15.00");
    public static final BigDecimal GROWTH = new BigDecimal("12.00");
    public static final BigDecimal PRO = new BigDecimal("10.00");
    public static final int GROWTH_FROM = 5;
    public static final int PRO_FROM = 11;

    /** From the most expensive to the cheapest. */
    private static final List<BigDecimal> LADDER = List.of(ENTRY, GROWTH, PRO);

    private CommissionTiers() {
    }

    /** The tier that {@code completedLast30Days} lessons earn. */
    public static BigDecimal earned(int completedLast30Days) {
        if (completedLast30Days >= PRO_FROM) {
            return PRO;
        }
        return completedLast30Days >= GROWTH_FROM ? GROWTH : ENTRY;
    }

    /** The tier after an evaluation, from the current one and the instructor's recent activity. */
    public static BigDecimal next(BigDecimal current, boolean founding, int completedLast30Days,
            int completedLast90Days) {
        if (founding) {
            return FeeRates.FOUNDING_TIER_PCT;
        }
        if (completedLast90Days == 0) {
            return ENTRY;
        }
        BigDecimal earned = earned(completedLast30Days);
        int currentStep = step(current);
        int earnedStep = LADDER.indexOf(earned);
        if (earnedStep >= currentStep) {
            return earned;
        }
        return LADDER.get(currentStep - 1);
    }

    /** Lessons still to complete in the window for the next cheaper tier; 0 at the cheapest. */
    public static int lessonsToNextTier(int completedLast30Days) {
        if (completedLast30Days >= PRO_FROM) {
            return 0;
        }
        return (completedLast30Days >= GROWTH_FROM ? PRO_FROM : GROWTH_FROM) - completedLast30Days;
    }

    /** The ladder position of a stored rate; a rate off the ladder (e.g. a past founding rate) counts as pro. */
    private static int step(BigDecimal pct) {
        for (int i = 0; i < LADDER.size(); i++) {
            if (LADDER.get(i).compareTo(pct) == 0) {
                return i;
            }
        }
        return LADDER.size() - 1;
    }
}
