package com.instainstru.payments.credits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LoyaltyMilestonesTest {

    @Test
    void lessonsFiveElevenSixteenTwentyTwoAndSoOnAreMilestones() {
        assertThat(IntStream.rangeClosed(0, 34).filter(n -> LoyaltyMilestones.reachedAt(n).isPresent()).boxed())
                .containsExactly(5, 11, 16, 22, 27, 33);
    }

    @Test
    void eachSideOfAMilestoneIsNone() {
        assertThat(LoyaltyMilestones.reachedAt(4)).isEmpty();
        assertThat(LoyaltyMilestones.reachedAt(5)).contains(CreditSource.MILESTONE_S5);
        assertThat(LoyaltyMilestones.reachedAt(6)).isEmpty();
        assertThat(LoyaltyMilestones.reachedAt(10)).isEmpty();
        assertThat(LoyaltyMilestones.reachedAt(11)).contains(CreditSource.MILESTONE_S11);
        assertThat(LoyaltyMilestones.reachedAt(12)).isEmpty();
        assertThat(LoyaltyMilestones.reachedAt(0)).isEmpty();
    }

    @Test
    void theFifthIsWorthTenDollarsAndTheEleventhTwenty() {
        assertThat(LoyaltyMilestones.amountCents(CreditSource.MILESTONE_S5)).isEqualTo(1_000);
        assertThat(LoyaltyMilestones.amountCents(CreditSource.MILESTONE_S11)).isEqualTo(2_000);
    }
}
