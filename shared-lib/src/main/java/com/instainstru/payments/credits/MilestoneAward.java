package com.instainstru.payments.credits;

/**
 * The loyalty milestone a completed booking reached: {@code lessonNumber} is the booking's place among the
 * student's completed lessons; {@code source} is null when that number is no milestone. {@code newlyAwarded}
 * is false on a repeated award for the same booking.
 */
public record MilestoneAward(int lessonNumber, CreditSource source, int amountCents, boolean newlyAwarded) {

    static MilestoneAward none(int lessonNumber) {
        return new MilestoneAward(lessonNumber, null, 0, false);
    }

    public boolean milestone() {
        return source != null;
    }
}
