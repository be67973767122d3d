package com.instainstru.payments.credits;

import java.util.Optional;

/**
 * Reference §15: on a student's lifetime completed lessons, number % 11 == 5 earns $10 ({@code milestone_s5}) and
 * number % 11 == 0 earns $20 ({@code milestone_s11}): lessons 5, 11, 16, 22, 27, 33 ...
 */
public final class LoyaltyMilestones {

    static final int S5_CENTS = 1_000;
    static final int S11_CENTS = 2_000;

    private LoyaltyMilestones() {
    }

    public static Optional<CreditSource> reachedAt(int lessonNumber) {
        if (lessonNumber <= 0) {
            return Optional.empty();
        }
        return switch (lessonNumber % 11) {
            case 5 -> Optional.of(CreditSource.MILESTONE_S5);
            case 0 -> Optional.of(CreditSource.MILESTONE_S11);
            default -> Optional.empty();
        };
    }

    public static int amountCents(CreditSource milestone) {
        return switch (milestone) {
            case MILESTONE_S5 -> S5_CENTS;
            case MILESTONE_S11 -> S11_CENTS;
            default -> throw new IllegalArgumentException(milestone + " is no loyalty milestone");
        };
    }
}
